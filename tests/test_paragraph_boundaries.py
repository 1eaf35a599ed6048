"""`paragraph_boundaries` starts a sentence after a blank line or a line break, and nowhere else."""

from __future__ import annotations

import pytest
import spacy

from extractor.component import paragraph_boundaries


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Tarvel posts record\n\nProfit rose at Tarvel.", ["Profit"]),  # a blank line after a headline
        ("Orvex results\nSales were flat in May.", ["Sales"]),  # a single line break
        ("Brosk AG said so.\n \n\nIt added more.", ["It"]),  # a blank line holding a space
        ("Kelmont grew 4 percent, its best year.", []),  # one line: no boundary set
        ("Heading\n\n\n  \nNorvale fell.", ["Norvale"]),  # a run of space tokens: the word after them
    ],
)
def test_line_breaks_start_sentences(text: str, starts: list[str]) -> None:
    doc = paragraph_boundaries(spacy.blank("en").make_doc(text))
    assert [t.text for t in doc if t.i > 0 and t.is_sent_start and not t.is_space] == starts
