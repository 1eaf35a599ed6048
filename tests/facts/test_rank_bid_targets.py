"""rankbids37: a rank stated of what a bid is for ("a bid for the world's largest X", "an offer for the No. 2 X")
is the target's, named elsewhere in the story as what a bid is for or what a buyer acquires, never the bidder's;
with no target named, no rank is given. Sentences written for these tests, with invented names."""

import pytest

from tests.facts.rank_facts import ranks_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kestrel Holdings Inc launched a hostile bid for Brimley Corp in March. On Tuesday Kestrel raised its "
            "offer for the world's largest cement maker by 10 percent.",
            ("Brimley", "cement makers", 1.0),
        ),
        (
            "Halvern Group said on Monday it wants to acquire Tessaly Foods Inc for cash. Halvern's $3 billion "
            "proposal for Freedonia's second-biggest food company was rejected on Friday.",
            ("Tessaly Foods", "food companies", 2.0),
        ),
        (
            "Varrow Resources Ltd sweetened its bid for Quillby Mining Corp on Monday, a week after its first "
            "takeover offer for the third-largest Canadian copper miner was turned down.",
            ("Quillby Mining", "copper miners", 3.0),
        ),
        (
            "Tarrow Glass Co agreed on Monday to buy Orvane Ceramics Inc for $4 billion. The takeover of the world's "
            "second-largest tile maker is expected to close in June.",
            ("Orvane Ceramics", "tile makers", 2.0),
        ),
    ],
)
def test_the_rank_of_a_bid_target_is_the_targets(nlp, text, expected):
    ranks = ranks_of(nlp, text)
    assert _has_rank(ranks, *expected), ranks
    assert not any(s.startswith(("Kestrel", "Halvern", "Varrow", "Tarrow")) for s, _, _ in ranks), ranks


@pytest.mark.parametrize(
    "text",
    [
        # no target named anywhere: whose rank it is goes unsaid
        "Kestrel Holdings Inc made a bid for the world's largest cement maker on Monday.",
        "Halvern Group's offer for Freedonia's No. 2 food company was rejected on Friday.",
        "Varrow Resources Ltd is preparing a takeover bid for the world's third-biggest copper miner, people said.",
    ],
)
def test_no_rank_for_the_bidder_when_no_target_is_named(nlp, text):
    assert ranks_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bidder's own rank, set beside its name, stays the bidder's
        (
            "Kestrel Holdings Inc, the world's largest cement maker, made a bid for Brimley Corp on Monday.",
            ("Kestrel Holdings", "cement makers", 1.0),
        ),
        # a ranked target with its name beside it is ranked by that name, as before
        (
            "Halvern Group made an offer for Freedonia's second-biggest food company, Tessaly Foods Inc, on Monday.",
            ("Tessaly Foods", "food companies", 2.0),
        ),
    ],
)
def test_ranks_beside_names_are_unchanged(nlp, text, expected):
    assert _has_rank(ranks_of(nlp, text), *expected)


def _has_rank(ranks: list[tuple], subject: str, predicate: str, position: float) -> bool:
    return any(s.startswith(subject) and p.startswith(predicate) and a == position for s, p, a in ranks)
