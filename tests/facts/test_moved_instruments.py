"""A commodity or bond that a verb takes to a figure is the subject of that figure (FACTS.md: a commodity price takes
the commodity, a bond yield the bond): the verb's direct object when the figure is where the verb took it ("<cause>
drove <crude> futures to $N", "<bank> cut its gold price forecast to $N from $M"), and a quote noun's on-phrase that
the parser hung on the verb instead of the noun ("push the yield on the 10-year note to N percent"). Sentences written
for these tests; the company names are invented."""

import pytest

from tests.facts.surface_facts import fact_with_surface

PUBLISHED = "2019-08-14"


def holder(nlp, text: str, surface: str) -> str | None:
    return fact_with_surface(nlp, text, surface, title="Markets story", published=PUBLISHED).subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (
            "LONDON (Reuters) - Oil climbed again. Worry about tight supplies sent Brent crude futures to "
            "$95 a barrel on Tuesday, said Harrow Energy.",
            "$95 a barrel",
            "Brent crude",
        ),
        (
            "LONDON (Reuters) - Metals rose on Monday. Strong demand from China lifted copper futures to $6,800 a "
            "tonne, Norvale Metals said.",
            "$6,800 a tonne",
            "copper",
        ),
        (
            "NEW YORK (Reuters) - Oil rose on Monday. Harrow Securities raised its 2020 oil price forecast to $62 a "
            "barrel from $58.",
            "$58",
            "oil",
        ),
        (
            "NEW YORK (Reuters) - Gold rose on Monday. Quillby Bank cut its gold price forecast for next year to "
            "$1,300 an ounce from $1,450.",
            "$1,300 an ounce",
            "gold",
        ),
    ],
)
def test_the_object_moved_to_a_figure_holds_it(nlp, text, surface, subject):
    assert holder(nlp, text, surface) == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (
            "NEW YORK (Reuters) - Bonds fell on Monday. A surprise rate cut could push the yield on the 10-year "
            "Treasury note to 2.1 percent, said Quillby Bank.",
            "2.1 percent",
            "10-year Treasury note",
        ),
        (
            "NEW YORK (Reuters) - Bonds fell on Monday. The sell-off sent the yield on the 30-year bond to 3.4 "
            "percent, Harrow Capital said.",
            "3.4 percent",
            "30-year bond",
        ),
        (
            "FRANKFURT (Reuters) - Bonds fell on Monday. Heavy selling drove the yield on the 10-year Bund to 1.2 "
            "percent on Friday, Quillby Bank said.",
            "1.2 percent",
            "10-year Bund",
        ),
    ],
)
def test_a_yield_reads_the_bond_of_its_on_phrase(nlp, text, surface, subject):
    assert holder(nlp, text, surface) == subject


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (  # a company's own payout moved to a figure: no instrument
            "NEW YORK (Reuters) - Harrow Energy posted higher profit. Harrow Energy raised its dividend to $1.20 a "
            "share from $1.10.",
            "$1.20",
        ),
        (  # a company's own forecast of its earnings
            "NEW YORK (Reuters) - Harrow Energy posted higher profit. Harrow Energy raised its profit forecast to $2 "
            "a share from $1.80.",
            "$1.80",
        ),
        (  # the price of a product, not of a traded instrument
            "NEW YORK (Reuters) - Harrow Energy posted higher profit. Harrow Energy pushed the price on its new model "
            "to $30,000.",
            "$30,000",
        ),
    ],
)
def test_a_company_figure_moved_by_a_verb_stays_the_companys(nlp, text, surface):
    assert holder(nlp, text, surface) == "Harrow Energy"
