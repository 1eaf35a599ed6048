"""ranks42: a bare superlative whose noun takes "after" or "behind" with named parties ("the largest holder after
the state") ranks its party right behind those parties: second behind one, third behind two. Seen in two readable
stories (a shareholder after a government; a shopping day after a named holiday). Sentences written for these
tests, with invented names."""

import pytest

from tests.facts.rank_facts import ranks_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Harrow Capital added to its holding in Pellam Corp and is now the largest shareholder in the "
            "toolmaker after the Freedonian government.",
            ("Harrow Capital", "shareholders", 2.0),
        ),
        (
            "Quillby Bank is now the biggest lender in Freedonia behind Brixton Bank and Dorne Financial, the "
            "central bank said.",
            ("Quillby Bank", "lenders", 3.0),
        ),
        (
            "Tessaly Motors, the top carmaker in Ostria behind Kestrel Auto, said sales rose in March.",
            ("Tessaly Motors", "carmakers", 2.0),
        ),
    ],
)
def test_named_parties_ahead_push_the_rank_back(nlp, text, expected):
    ranks = ranks_of(nlp, text)
    assert any(s.startswith(expected[0]) and p.startswith(expected[1]) and a == expected[2] for s, p, a in ranks), ranks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "after" a time or a clause names no party ahead: the superlative stays first
        (
            "Varrow Steel became the largest steelmaker in Freedonia after the merger, the company said.",
            ("Varrow Steel", 1.0),
        ),
        (
            "Brimley Foods, the biggest food group in Ostria after Pellam failed to close its deal, said profit rose.",
            ("Brimley Foods", 1.0),
        ),
        # an ordinal already states the position: the party behind it is not counted again
        (
            "Dorne Air, the second-largest airline in Freedonia behind Kestrel Airways, said traffic rose.",
            ("Dorne Air", 2.0),
        ),
    ],
)
def test_no_party_ahead_keeps_the_position(nlp, text, expected):
    ranks = ranks_of(nlp, text)
    assert any(s.startswith(expected[0]) and a == expected[1] for s, _, a in ranks), ranks
