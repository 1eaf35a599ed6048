"""The measure noun on a figure's own dependency path wins over a noun it would inherit from another clause
(facts/path_measures.py, docs/DECISIONS.md "Predicates, round 28"): a verb the parse left without a subject takes
the noun phrase right before it when a report's verb found it or when what it would inherit reports, frames or
times the figure ("data", "report", "mood"), and a subject the parse took from before a report loses to what the
report's verb found. Near misses keep
today's predicate: a verb with a measure noun as its own subject, a copular sentence, passives, a reporting noun
that qualifies a measure, a share of a whole. Sentences written for these tests, invented names and figures."""

import pytest

from tests.facts.surface_facts import fact_with_surface

OPENING = "Corvane Tools Inc said on Tuesday its quarterly revenue rose 6 percent to $1.3 billion.\n"


def predicate_of(nlp, text, surface):
    fact = fact_with_surface(nlp, OPENING + text, surface, title="Corvane results", published="2012-06-12")
    return fact.predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        # a count's verb found the phrase; the parse took the aside between commas for the verb's subject
        (
            "Glassmakers were downbeat because a trade group's count suggested deliveries of float glass, the "
            "sector's biggest line, slid 8 percent in March.",
            "8 percent",
            "deliveries",
        ),
        # the aside names what the phrase gauges: the phrase before the aside is measured, not a noun of the aside
        (
            "Stocks rallied after a survey had shown orders for heavy trucks, a gauge of freight demand, jumped 9 "
            "percent in May.",
            "9 percent",
            "orders",
        ),
        # the parse made the release the verb's subject: what its verb found is measured
        (
            "The mood on the floor improved after a release from the bureau that showed exports of wheat rose "
            "11 percent.",
            "11 percent",
            "exports",
        ),
        # a verb joined to a clause about a mood: the count a bulletin shows, not "buoyant mood"
        (
            "The buoyant mood got support from a bulletin by the board showing grain exports slid to 4.2 million "
            "tonnes.",
            "4.2 million tonnes",
            "grain exports",
        ),
        # a participle of time inside the phrase before the verb
        (
            "According to the chain, its count found orders over the 13 weeks ended in late October grew 3.5 percent.",
            "3.5 percent",
            "orders",
        ),
        # a bare infinitive after "watched": its object is what moved
        (
            "Farmers cut back at the mill, which watched its flour shipments drop 7 percent over the summer.",
            "7 percent",
            "flour shipments",
        ),
    ],
)
def test_a_figure_measures_the_noun_on_its_own_path(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        # the measured noun far from the figure, but the verb's own subject
        ("Revenue, which the company had forecast would grow, rose 5 percent.", "5 percent", "revenue"),
        # a copular sentence
        ("The gain in deliveries was 5 percent.", "5 percent", "deliveries"),
        # a reporting word that qualifies a measure
        ("The report's sales estimate was $2 billion.", "$2 billion", "sales"),
        # passives: a conjoined verb inherits a measure noun; a sale's price after a finding verb
        ("Sales were hurt by a strike and fell 4 percent.", "4 percent", "sales"),
        ("The study found that the plant was sold for $40 million.", "$40 million", "sale price"),
        # a share of a whole
        ("Exports accounted for 30 percent of sales.", "30 percent", "exports share of sales"),
        # an aside after the verb's own subject
        ("Exports, a key gauge of demand, fell 2 percent as imports rose.", "2 percent", "exports"),
        # a prepositional phrase hangs off the finding verb: the verb's object is measured, not the place
        (
            "Court data showed bankruptcy filings in the state jumped 12 percent in the quarter.",
            "12 percent",
            "bankruptcy filings",
        ),
        (
            "Court records showed patent filings from universities in the region rose 7 percent in 2011.",
            "7 percent",
            "patent filings",
        ),
        (
            "A county report showed foreclosure filings in the northern districts fell 20 percent in May.",
            "20 percent",
            "foreclosure filings",
        ),
        ("The data showed output at factories in the region rose 2 percent in May.", "2 percent", "output"),
        # people before an aside: a noun inside the aside is never what the figure measures
        ("A survey found consumers, worried about jobs, spent 3 percent less in June.", "3 percent", "spending"),
        ("Data showed shoppers, hit by higher fuel prices, spent 2 percent less in May.", "2 percent", "spending"),
        (
            "The poll found nurses at the clinic, most of them part-timers, earned 12 percent less than doctors.",
            "12 percent",
            "earnings",
        ),
        # people who react, then a measure with its own subject
        (
            "The company said it ended the year with 3,000 stores, and investors cheered as sales rose 9 percent.",
            "9 percent",
            "sales",
        ),
    ],
)
def test_near_misses_keep_their_predicate(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate


def test_a_list_of_verbs_keeps_each_object_its_own(nlp):
    # "granted" follows the object of "cut": that object is not its subject, so the sum stays a level
    text = (
        "In its first half the co-op cut 40 million crowns in fees for bakers, granted 7 million crowns in "
        "fee waivers and wrote off 2 million crowns of old debts."
    )
    fact = fact_with_surface(nlp, OPENING + text, "7 million crowns", title="Corvane results", published="2012-06-12")
    assert (fact.kind, fact.predicate) == ("metric", "fee waivers")
