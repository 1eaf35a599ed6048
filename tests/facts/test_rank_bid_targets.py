"""rankbids37: a rank stated of what a bid is for ("a bid for the world's largest X", "an offer for the No. 2 X")
is the target's, named elsewhere in the story as what a bid is for or what a buyer acquires, never the bidder's;
with no target named, no rank is given. buyranks37: the same for what a verb of buying takes ("agreed to buy the
world's largest X", "took over the No. 2 X"). Sentences written for these tests, with invented names."""

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
        # buyranks37: what a verb of buying takes is the company bought, named elsewhere as the target
        (
            "Kestrel Holdings Inc agreed on Monday to buy Brimley Corp for $4 billion in cash. Buying the world's "
            "largest cement maker gives Kestrel a foothold in Asia.",
            ("Brimley", "cement makers", 1.0),
        ),
        (
            "Halvern Group said it had acquired Tessaly Foods Inc for $900 million. Halvern took over Freedonia's "
            "second-biggest food company after a long fight with regulators.",
            ("Tessaly Foods", "food companies", 2.0),
        ),
        (
            "Varrow Resources Ltd completed its acquisition of Quillby Mining Corp on Monday and said it would merge "
            "its own mines with the third-largest Canadian copper miner next year.",
            ("Quillby Mining", "copper miners", 3.0),
        ),
        (
            "Tarrow Glass Co's acquisition of Orvane Ceramics Inc closed on Monday. Tarrow bought the world's "
            "second-largest tile maker to expand in Asia.",
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
        # buyranks37: nor when a verb of buying takes the description
        "Kestrel Holdings Inc agreed on Monday to buy the world's largest cement maker for $4 billion.",
        "Halvern Group will acquire Freedonia's No. 2 food company by the end of the year, people said.",
        "Varrow Resources Ltd took over the world's third-biggest copper miner last year.",
        "Halvern Group's acquisition of the world's largest toolmaker was cleared by regulators on Friday.",
        "Tarrow Glass Co plans to purchase the No. 3 tile maker in a deal worth $2 billion, a source said.",
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
        # buyranks37 near-misses: the buyer's own rank beside its name, a named bought company, a rank the buyer
        # becomes
        (
            "Kestrel Holdings Inc, the world's largest cement maker, agreed to buy Brimley Corp on Monday.",
            ("Kestrel Holdings", "cement makers", 1.0),
        ),
        (
            "Halvern Group agreed to buy Freedonia's second-biggest food company, Tessaly Foods Inc, on Monday.",
            ("Tessaly Foods", "food companies", 2.0),
        ),
        (
            "Varrow Resources Ltd became the world's third-biggest copper miner after it bought Quillby Mining Corp.",
            ("Varrow Resources", "copper miners", 3.0),
        ),
    ],
)
def test_ranks_beside_names_are_unchanged(nlp, text, expected):
    assert _has_rank(ranks_of(nlp, text), *expected)


def _has_rank(ranks: list[tuple], subject: str, predicate: str, position: float) -> bool:
    return any(s.startswith(subject) and p.startswith(predicate) and a == position for s, p, a in ranks)
