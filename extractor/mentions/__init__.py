"""Mentions: the numbers, periods and names a text contains, each with its character offsets."""
