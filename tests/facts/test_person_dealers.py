"""Whose deal figure it is. A person who offers, bids, buys or holds is the subject of that deal's figures (FACTS.md:
a deal's price is the bidder's), not the company the story is about (facts/person_dealers.py); the sender of a bid
("an offer from X") is its bidder, a person or a company (figure_phrases.deal_maker). Stories written for these
tests, with invented people and companies."""

import pytest

from tests.facts.surface_facts import subject_in

TARGET = "Harlow Mills Inc said on Tuesday its directors would study any approach for the flour miller. "


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (  # the person is the subject of the verb of offering
            TARGET
            + "Ralston Kemp, who made his fortune in shipping, offered roughly $31 a share in cash for the whole "
            "company.",
            "$31",
            "Ralston Kemp",
        ),
        (  # the sender of a bid, a person
            TARGET + "The miller's board spurned a $2.7 billion offer from Grace Ibarra, a former commodities trader, "
            "on Sunday.",
            "$2.7 billion",
            "Grace Ibarra",
        ),
        (  # the person's own deal noun, "her", with the person as the clause's subject
            TARGET + "Grace Ibarra secured the backing of lenders on Friday for her $3.1 billion bid for the miller.",
            "$3.1 billion",
            "Grace Ibarra",
        ),
        (  # a raised bid: a verb of raising whose object is a bid
            TARGET + "Grace Ibarra sweetened her proposal to $33.25 a share late on Wednesday.",
            "$33.25",
            "Grace Ibarra",
        ),
        (  # a verb of owning
            TARGET + "Buyout financier Anders Holm already holds about 6.2 percent of Harlow Mills, he said.",
            "6.2 percent",
            "Anders Holm",
        ),
        (  # an indefinite title naming no employer tells a trade, not a post: the person pays for himself
            TARGET + "Oskar Brandt, a shipping executive and keen yachtsman, paid $4 million for a 3 percent slice of "
            "the miller.",
            "$4 million",
            "Oskar Brandt",
        ),
    ],
)
def test_a_person_who_deals_holds_the_figure(nlp, text: str, surface: str, subject: str) -> None:
    assert subject_in(nlp, text, surface) == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (  # the company offers; its chief only speaks
            TARGET + "Chief Executive Nora Pike said Brackwell Foods offered $27 a share for Harlow Mills.",
            "$27",
            "Brackwell Foods",
        ),
        (  # a company's own offer ("its") stays the company's after a person was named
            TARGET + "Tobias Wren has long pushed for a sale. Brackwell Foods told its bankers on Monday that its "
            "$2.6 billion offer for Harlow Mills was final.",
            "$2.6 billion",
            "Brackwell Foods",
        ),
        (  # a proposal named by another noun ("highway proposal") is no bid: its sponsor does not hold it
            "WASHINGTON (Reuters) - Senators take up Senator Ralston Kemp's $640 billion highway "
            "proposal, which the White House backs, aides said on Tuesday.",
            "$640 billion",
            "United States",
        ),
    ],
)
def test_a_company_that_deals_keeps_the_figure(nlp, text: str, surface: str, subject: str) -> None:
    assert subject_in(nlp, text, surface) == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (  # an officer paying for a purchase speaks for his company
            TARGET + "Harlow chairman Piet Osterhout will pay $120 million for a rival bakery chain, the company "
            "told reporters.",
            "$120 million",
            "Harlow Mills",
        ),
        (  # an officer's investment: no deal, and the company's plan
            TARGET + "Over the next three years Chief Operating Officer Lena Morrow intends to invest $75 million "
            "in upgrading its oldest mills.",
            "$75 million",
            "Harlow Mills",
        ),
        (  # a buyback ("buy back") by an officer: no stake, and the company's
            TARGET + "Treasurer Ivo Santangelo means to buy back $250 million or so of its own shares by 2021.",
            "$250 million",
            "Harlow Mills",
        ),
        (  # an analyst's price target is no holding of the analyst
            TARGET + "Elsa Thorn, an analyst at Brightwater Securities, holds a target of $52 for the stock.",
            "$52",
            "Harlow Mills",
        ),
    ],
)
def test_a_person_who_speaks_for_a_firm_holds_no_deal_figure(nlp, text: str, surface: str, subject: str) -> None:
    assert subject_in(nlp, text, surface) == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (  # "offer from" a company, the target's directors as the clause's subject
            TARGET + "Directors of the miller are weighing a $4.4 billion offer from Brackwell Foods, people familiar "
            "with the talks said.",
            "$4.4 billion",
            "Brackwell Foods",
        ),
        (  # a "bid from" a company, the legal suffix dropped but "Group" kept (written only with it)
            TARGET + "The miller confirmed it had received an unsolicited 2.1 billion euro bid from Quillby Group over "
            "the weekend.",
            "2.1 billion euro",
            "Quillby Group",
        ),
        (  # "approach", a bid noun that is no deal noun of its own
            TARGET + "The board snubbed a $2.9 billion approach from Pellworth Partners in June.",
            "$2.9 billion",
            "Pellworth Partners",
        ),
        (  # "from" on a purchase names the seller: the buyer keeps the price
            TARGET + "Harlow Mills completed a $300 million purchase from Brackwell Foods of two of its grain "
            "terminals.",
            "$300 million",
            "Harlow Mills",
        ),
    ],
)
def test_the_sender_of_a_bid_is_its_bidder(nlp, text: str, surface: str, subject: str) -> None:
    assert subject_in(nlp, text, surface) == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (  # every clause above the pronoun has only pronouns: the person named just before
            TARGET
            + "Grace Ibarra has courted the miller for months. On Thursday she offered $31 a share, all in cash.",
            "$31",
            "Grace Ibarra",
        ),
        (  # a raised bid told by a pronoun
            TARGET + "Rupert Lindqvist first approached the board in March. He has since raised his bid to $36.50 a "
            "share.",
            "$36.50",
            "Rupert Lindqvist",
        ),
        (  # a stake told by a pronoun: the person's, read before the company the story is about
            TARGET + "Tomas Reinholt left the miller's board in 2015. He still holds 7.4 percent of the miller.",
            "7.4 percent",
            "Tomas Reinholt",
        ),
        (  # a firm that bears a person's name is the named subject above the pronoun: never the person
            TARGET + "Mara Kessel, a retired banker, backs the deal. Kessel Brothers told directors on Monday that he "
            "would offer $29 a share.",
            "$29",
            "Kessel Brothers",
        ),
    ],
)
def test_a_pronoun_takes_the_person_named_before(nlp, text: str, surface: str, subject: str) -> None:
    assert subject_in(nlp, text, surface) == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (  # a compound of payment keeps a proposal a bid
            TARGET + "Its board turned down a $3.4 billion all-cash proposal from Brackwell Foods late on Friday.",
            "$3.4 billion",
            "Brackwell Foods",
        ),
        (  # a compound of the kind of deal
            TARGET + "A $2.2 billion buyout proposal from Pellworth Partners lapsed without a vote.",
            "$2.2 billion",
            "Pellworth Partners",
        ),
        (  # the currency word, which the parser hangs on the proposal as a compound
            TARGET + "A 1.9 billion euro proposal from Quillby Group was put to investors on Monday.",
            "1.9 billion euro",
            "Quillby Group",
        ),
        (  # a deal noun as compound, from a person
            TARGET + "The miller is still studying a 700 million pound takeover approach from Tamsin Hale, its former "
            "owner.",
            "700 million pound",
            "Tamsin Hale",
        ),
        (  # the parser hangs "from" on the verb whose object the bid is: its object is still the bidder
            TARGET + "Shareholders weighed a $2 billion buyout proposal from Grace Ibarra.",
            "$2 billion",
            "Grace Ibarra",
        ),
    ],
)
def test_a_proposal_compounded_with_words_of_a_deal_is_a_bid(nlp, text: str, surface: str, subject: str) -> None:
    assert subject_in(nlp, text, surface) == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (  # a proposal of prices: its sender makes no bid
            TARGET + "Harlow Mills said it shelved a $90 million pricing proposal from its own consultants, Dunmore "
            "Advisory.",
            "$90 million",
            "Harlow Mills",
        ),
        (  # a proposal of public money
            TARGET + "Farm groups attacked a $4 billion subsidy proposal from Senator Ada Linde on Monday.",
            "$4 billion",
            "Harlow Mills",
        ),
        (  # "approach" compounded with what is settled
            TARGET + "Regulators weighed a $25 million settlement approach from Harlow's insurer, Granby Mutual.",
            "$25 million",
            "Harlow Mills",
        ),
        (  # guard: "from" on the verb of a contract (no bid noun) names the customer, not a bidder
            TARGET + "Harlow Mills won a $45 million contract from the city of Tolleby.",
            "$45 million",
            "Harlow Mills",
        ),
    ],
)
def test_a_proposal_compounded_with_another_noun_is_no_bid(nlp, text: str, surface: str, subject: str) -> None:
    assert subject_in(nlp, text, surface) == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (  # "lift" (bid_raising_verbs) with a bid as object
            TARGET + "Grace Ibarra lifted her bid to $35 a share after a week of talks.",
            "$35",
            "Grace Ibarra",
        ),
        (  # "grow" with a stake as object
            TARGET + "Anders Holm will grow his stake to 12 percent before the spring, according to a filing.",
            "12 percent",
            "Anders Holm",
        ),
        (  # "boost" with an offer as object
            TARGET + "Bastian Crole boosted his offer to $38 a share in a note sent to directors.",
            "$38",
            "Bastian Crole",
        ),
        (  # a holding (holding_nouns) raised by a verb of bid_making_verbs
            TARGET + "Shipping heir Bastian Crole plans to raise his holding to 9.5 percent before the vote.",
            "9.5 percent",
            "Bastian Crole",
        ),
        (  # guard: a company raising its dividend keeps it; no bid or holding is raised
            TARGET + "Harlow Mills lifted its quarterly payout to 40 cents per share.",
            "40 cents",
            "Harlow Mills",
        ),
    ],
)
def test_a_person_who_raises_a_bid_or_stake_holds_the_figure(nlp, text: str, surface: str, subject: str) -> None:
    assert subject_in(nlp, text, surface) == subject
