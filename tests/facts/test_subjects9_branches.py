"""Branches subjects9 added in round 10 without a test of their own (mend15): each table fails when its
branch is taken out. Stories written for these tests with invented company names."""

import pytest

from extractor.mentions.entities import _evidence_label
from tests.facts.test_subject_holders import run, subject_of


def _param(branch: str, main: str, title: str, text: str, amount: float, row: int):
    return pytest.param(main, title, text, amount, id=f"{branch}-{row}")


# Three branches, three stories each; a row's id names its branch (`-k plural-org-noun` runs one table):
# - "main-name", org_anaphors.as_main_name: an organization that reports "the company ..." through its officer,
#   or that the previous sentence was about, and is a longer form of the main organization's name (the full
#   name beside a short one, a subheading glued before it) is the main organization under its own name;
# - "plural-org-noun", discourse.resolve_subject: a plural "the insurers" is many firms, not the organization
#   the previous sentence was about: the story's company keeps the figure;
# - "listed-appositive", org_anaphors.named_appositive: a plural org noun with names beside it is a list
#   ("its peers -- X and Y"), not the first name of it.
ROWS = [
    _param(
        "main-name",
        "Halvard",
        "Halvard sales rise",
        "Halvard reported higher sales on Monday. Halvard Capital Management spokesman Tom Reed said the "
        "company would buy back $200 million of stock.",
        200e6,
        1,
    ),
    _param(
        "main-name",
        "Halvard",
        "Halvard sales rise",
        "Halvard reported higher sales on Monday. Halvard Capital Management Inc, its parent, said output "
        "rose. The company expects revenue of $3 billion next year.",
        3e9,
        2,
    ),
    _param(
        "main-name",
        "Pellam Bank",
        "Pellam profit falls",
        "Pellam Bank posted lower profit. RESULTS Pellam Bank finance chief Bo Chen said the bank would cut 400 jobs.",
        400,
        3,
    ),
    _param(
        "plural-org-noun",
        "Halden Insurance",
        "Halden Insurance results",
        "Halden Insurance posted higher profit. Marlow Re said claims rose. The insurers paid $350 million "
        "in claims last year.",
        350e6,
        1,
    ),
    _param(
        "plural-org-noun",
        "Gantry Telecom",
        "Gantry Telecom subscribers",
        "Gantry Telecom added subscribers. Trevane Mobile said prices fell sharply. The carriers' revenue "
        "fell 3 percent.",
        3,
        2,
    ),
    _param(
        "plural-org-noun",
        "Osgood Air",
        "Osgood Air traffic",
        "Osgood Air said traffic rose. Larch Airways cut fares again on Tuesday. The airlines carried "
        "9 million passengers in May.",
        9e6,
        3,
    ),
    _param(
        "listed-appositive",
        "Halden Bank",
        "Halden Bank earnings",
        "Halden Bank posted higher earnings. Its peers -- Wexford Capital and Saxby Financial -- earned "
        "$800 million together.",
        800e6,
        1,
    ),
    _param(
        "listed-appositive",
        "Brindle Foods",
        "Brindle Foods sales",
        "Brindle Foods said sales rose. The two suppliers, Kestrel Ltd and Quillby Farms, said they would "
        "cut 500 jobs.",
        500,
        2,
    ),
    _param(
        "listed-appositive",
        "Ombrelle Motors",
        "Ombrelle Motors sales",
        "Ombrelle Motors said sales fell. The carmakers Larch Motors and Dunmore Motors sold 30,000 cars between them.",
        30000,
        3,
    ),
]


@pytest.mark.parametrize(("main", "title", "text", "amount"), ROWS)
def test_the_figure_stays_with_the_main_organization(nlp, main, title, text, amount):
    assert subject_of(run(nlp, text, title=title), amount) == {main}


# entities._evidence_label: a dateline city in capitals followed by its comma is not a name set off before an
# organization appositive ("MILAN, Italy (Reuters) - Italian lender X"): no ORG evidence for the city
@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "STUTTGART, Germany (Reuters) - German carmaker Brandt ( BRD.DE ) will cut 900 jobs at two plants.",
            "STUTTGART",
        ),
        ("MILAN, Italy (Reuters) - Italian lender Pellam ( PLM.MI ) posted a loss on Thursday.", "MILAN"),
        ("ZURICH, Switzerland (Reuters) - Swiss insurer Halden ( HAL.S ) reported higher premiums.", "ZURICH"),
    ],
)
def test_a_capitals_dateline_is_no_appositive_evidence(nlp, text, city):
    doc = nlp(text)
    span = next(e for e in doc.ents if e.text == city)
    assert _evidence_label(span) != "ORG"
