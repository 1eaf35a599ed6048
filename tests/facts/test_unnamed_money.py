"""Money whose sentence names no measured noun before it: the noun after a bracketed equivalent, and the
verb that says what the money is. Sentences written for these tests with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2019, 8, 14)


def predicate_of(nlp, text, surface):
    facts = [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value is not None]
    matches = [f for f in facts if f.value.surface == surface]
    assert matches, f"no fact for {surface!r} in {[(f.predicate, f.value.surface) for f in facts]}"
    return matches[0].predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Norvale Corp agreed to pay 300 million euros ($410 million) in penalties.", "300 million euros", "penalties"),
        ("The Kestrel Group received 80 million yuan ($12.6 million) in grants.", "80 million yuan", "grants"),
        ("Oskarsson booked 2.2 billion crowns (£190 million) in writedowns.", "2.2 billion crowns", "writedowns"),
    ],
)
def test_noun_after_a_bracketed_equivalent(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("The government will inject $4 billion into Harlow Bank, officials said.", "$4 billion", "capital injection"),
        ("Regulators ordered Polder Bank to pay $30 million.", "$30 million", "payment"),
        ("Pell Energy paid $1.2 billion for the oil fields last year.", "$1.2 billion", "price paid for oil fields"),
        ("Brightwater returned $2.1 billion to its shareholders in 2018.", "$2.1 billion", "cash returned"),
        ("Harwick Bank will repay $700 million to the treasury next month.", "$700 million", "repayment"),
        (
            "Since June, Halvex Corp has repurchased $3 billion of stock.",
            "$3 billion",
            "share repurchases",
        ),
        ("Tamsin Foods will repurchase up to $500 million of stock this year.", "$500 million", "share repurchases"),
    ],
)
def test_money_named_by_its_verb(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate", "direction"),
    [
        (
            "Dunmore Insurance kept its forecast with net profit of 900 million euros ($1.2 billion) in the third "
            "quarter, down 8 percent on the year when one-off items had inflated it.",
            "8 percent",
            "net profit",
            "down",
        ),
        (
            "Tarrant Mills sees a better second half after revenue of 820 million pounds ($1.3 billion) in the "
            "first half, up 11 percent from a year ago when floods hit its plants.",
            "11 percent",
            "revenue",
            "up",
        ),
        (
            "Hollis Air missed forecasts with an operating profit of 45 million euros in 2009, down 4 percent, "
            "as fuel costs climbed.",
            "4 percent",
            "operating profit",
            "down",
        ),
    ],
)
def test_verbless_change_after_a_level_is_its_change(nlp, text, surface, predicate, direction):
    facts = [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value is not None]
    change = next(f for f in facts if f.value.surface == surface)
    assert (change.predicate, change.kind, change.value.direction) == (predicate, "change", direction)


@pytest.mark.parametrize(
    ("text", "surface", "predicate", "direction"),
    [
        (
            "In 2015 Orwell Foods made profit of $640 million, a 5.5 percent increase, despite dearer grain.",
            "5.5 percent",
            "profit",
            "up",
        ),
        (
            "Lisle Motors posted revenue of 5 billion euros ($6.8 billion) for the year, a 3 percent decline, on weak "
            "demand.",
            "3 percent",
            "revenue",
            "down",
        ),
        (
            "Bramble Shipping posted operating income of $900 million in the quarter, a 12 percent rise on the year.",
            "12 percent",
            "operating income",
            "up",
        ),
    ],
)
def test_appositive_change_noun_after_a_level_is_its_change(nlp, text, surface, predicate, direction):
    facts = [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value is not None]
    change = next(f for f in facts if f.value.surface == surface)
    assert (change.predicate, change.kind, change.value.direction) == (predicate, "change", direction)


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Torvik Audio said its turnover was 410 million euros in 2016. That marks a fall of 3.5 percent.",
            "3.5 percent",
            "turnover",
        ),
        (
            "Pinecrest Mills said output was worth 80 million pounds. It was a drop of 5 percent, the company said.",
            "5 percent",
            "output",
        ),
        (
            "Kessling Group reported sales of $700 million in 2016. This represents an increase of 6 percent.",
            "6 percent",
            "sales",
        ),
    ],
)
def test_bare_change_continues_the_paragraphs_level(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Brisa Telecom expects its net income tripled in 2015 as roaming fees climbed.",
            "tripled",
            "net income",
        ),
        ("Hallam Steel said its export orders have quadrupled since 2010.", "quadrupled", "export orders"),
        ("Carrow Bank said that its bad loans halved last year.", "halved", "bad loans"),
    ],
)
def test_multiplying_verb_measures_its_subject(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Torna Mobility Ltd said its EBITDA rose to $40 million in 2022.", "$40 million", "ebitda"),
        ("Brenner Bank said its NII fell to $2 billion in the quarter.", "$2 billion", "nii"),
        ("Kasmir Air said the carrier's RASK rose 4 percent in May.", "4 percent", "rask"),
    ],
)
def test_possessed_acronym_is_a_measure(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The Varsex fell 35 points on Monday as banks rallied.", "35 points"),
        ("The Halvo Composite slid 18 points in early trade.", "18 points"),
        ("The Belvo gained 22 points on Wednesday, dealers said.", "22 points"),
    ],
)
def test_name_moving_by_points_is_an_index(nlp, text, surface):
    assert predicate_of(nlp, text, surface) == "index"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Marlow Foods said quarterly profit rose 8 percent. Marlow Foods also said sales grew. Kelso Partners "
            "had $5 billion tied up in the venture last year, a person briefed on the matter said.",
            "$5 billion",
        ),
        (
            "Dunmore Bank cut 300 jobs on Monday. Dunmore Bank said margins would recover. The Ashby Trust, which "
            "rescued Corvel Group with $18 billion in 2009, declined to comment.",
            "$18 billion",
        ),
        (
            "Pellow Steel said output rose. Pellow Steel expects demand to recover. Rival Brandt Metals had "
            "tens of millions of dollars riding on the contract, a lawyer said.",
            "tens of millions of dollars",
        ),
    ],
)
def test_nothing_measured_of_another_company_is_no_fact(nlp, text, surface):
    facts = [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value is not None]
    assert all(f.value.surface != surface for f in facts), [(f.predicate, f.value.surface) for f in facts]
    assert all(f.predicate != "amount" for f in facts)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Pellow Steel said output rose. Pellow Steel expects demand to recover. Its rival, the Ostrow Institute "
            "said, had seen cuts of 50 basis points twice.",
            "50 basis points",
        ),
        (
            "Dunmore Bank cut 300 jobs on Monday. Dunmore Bank said margins would recover. Quillby Partners, a "
            "consultancy, said it saw a 12 percent jump, citing its own survey.",
            "12 percent",
        ),
        (
            "Tarrant Mills reported higher revenue. Tarrant Mills said costs fell. Harlow Capital, a fund, said it "
            "recorded a 9 percent slide, blaming the weather.",
            "9 percent",
        ),
    ],
)
def test_unnamed_change_of_a_holder_found_by_discourse_is_no_fact(nlp, text, surface):
    facts = [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value is not None]
    assert all(f.value.surface != surface for f in facts), [(f.predicate, f.value.surface) for f in facts]
