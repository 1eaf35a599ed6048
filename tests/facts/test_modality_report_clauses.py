"""Who tells a prediction, three corrections (`modality_tellers.told_by_forecaster`): a verb of the reporting
list that takes the figure in its own object ("will write down $5 billion", "will add 600 jobs") acts, it reports
nothing, so the teller above it decides; a clause that a press report's noun governs ("on press reports that it
will cut ...") is the report's forecast, and so is what a newspaper "reported". The company's own statement stays
its target. Sentences written for these tests, invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2015, 2, 11)


def modality_of(nlp, text: str, amount: float) -> str:
    facts = extract("Company news\n\n" + text, published=PUBLISHED, nlp=nlp)
    found = [f.modality for f in facts if f.value is not None and f.value.amount == amount]
    assert found, [f.value.amount for f in facts if f.value]
    return found[0]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a phrasal "write down" under the teller: the report above decides
        ("Press reports said Ostrander Bank would write off a further $2 billion of property loans.", 2e9),
        ("Hollis Bank may write down up to 900 million euros of bonds, according to a report, the story said.", 9e8),
        # the report's "that" clause, told without a reporting verb
        ("Velmont Steel stock slid on news reports that it will shed 1,200 workers at two mills.", 1200),
        ("Investors fretted over press reports that Brask Foods would shut 14 bakeries this spring.", 14),
        # a newspaper with the verb "report" tells what it has learned
        ("Ostrander Bank may sell about $3 billion of its office towers, the Halden Gazette reported.", 3e9),
        ("Several newspapers have reported that Tarnby Air could order 40 jets from Corvel.", 40),
    ],
)
def test_what_a_press_report_says_will_happen_is_a_forecast(nlp, text, amount):
    assert modality_of(nlp, text, amount) == "forecast"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # the company tells its own plan: its target, whatever the verb of the figure
        ("Ostrander Bank said it would write off a further $2 billion of property loans.", 2e9),
        ("Velmont Steel will add 600 workers at its Ohio mill, the company said on Tuesday.", 600),
        # a report of the company's own ("its annual report") is the company telling
        ("Brask Foods will shut 14 bakeries this spring, its annual report says.", 14),
        ("Norvale Corp reported on Monday that it will cut 500 jobs next year.", 500),
    ],
)
def test_the_company_telling_its_own_plan_keeps_a_target(nlp, text, amount):
    assert modality_of(nlp, text, amount) == "target"
