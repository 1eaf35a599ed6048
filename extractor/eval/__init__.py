"""Evaluation: scoring against gold files and the reports (terminal and HTML) of a run or a score."""
