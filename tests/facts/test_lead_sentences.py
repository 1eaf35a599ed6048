"""The first sentence of a story's body skips a dateline the parser cut off on its own ("LONDON (Reuters) -"):
no sentence ends on a dash (`lead_sentences`). Docs built with fixed sentence starts, so the rows do not depend on
where the parser happens to split; sentences written for these tests."""

import pytest
from spacy.tokens import Doc

from extractor.facts.lead_sentences import first_sentence


def _doc(nlp, sentences: list[str]) -> Doc:
    words, starts = [], []
    for sentence in sentences:
        tokens = sentence.split()
        words += tokens
        starts += [True] + [False] * (len(tokens) - 1)
    return Doc(nlp.vocab, words=words, sent_starts=starts)


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # a dateline of six tokens or more, cut at its dash: only `_cut_at_dash` skips it
        (
            ["NEW YORK ( Wirepost ) -", "Retail sales in Norway slipped in March , the statistics office said ."],
            "Retail sales in Norway slipped in March , the statistics office said .",
        ),
        (
            ["CAPE TOWN ( Reuters ) --", "Mine output in the region climbed in May on the year ."],
            "Mine output in the region climbed in May on the year .",
        ),
        (
            ["SAN FRANCISCO ( Reuters ) --", "Orders at chip toolmakers cooled in April , a trade group reported ."],
            "Orders at chip toolmakers cooled in April , a trade group reported .",
        ),
        (
            ["BUENOS AIRES , June 3 ( Wirepost ) \u2014", "Cement shipments fell for a second month in May ."],
            "Cement shipments fell for a second month in May .",
        ),
        # a sentence that ends otherwise opens the story
        (
            ["Orders for machine tools climbed in October , an industry group said .", "Exports led the gain ."],
            "Orders for machine tools climbed in October , an industry group said .",
        ),
        # a short byline is skipped by its length, as before
        (
            ["By Ann Lee", "Freight volumes at the port rose for a third month in June ."],
            "Freight volumes at the port rose for a third month in June .",
        ),
    ],
)
def test_first_sentence_skips_a_dateline_cut_at_its_dash(nlp, sentences, expected):
    first = first_sentence(_doc(nlp, sentences), 0)
    assert first is not None and first.text == expected
