"""A figure under a passive verb of predicting ("is expected to", "are forecast to", "a group seen swinging to a loss")
(`modality_expectations`): a measure's move, a state or an outcome met is someone else's forecast; the company
telling its own course gives a target, and so does a deal, an offering or a plan; an actor's act nobody on the
company's side tells is a forecast;
a past verb joined to the passive is a result; what a release "is expected to show" is a forecast. Sentences
written for these tests."""

import pytest

from extractor import extract
from tests.facts.outlook_facts import PUBLISHED, fact_with_amount

LEAD = "Quillmore Textiles gave an update on Wednesday. "  # the story's company, for "it" and "the company"


def _fact(nlp, text: str, amount: float):
    return fact_with_amount(nlp, LEAD + text, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a measure that moves or holds: predicted by someone else
        ("Copper cathode premiums are expected to climb to $95 a tonne next quarter.", 95),
        ("Rubber prices were forecast to slip 6 percent over the winter.", 6),
        ("Freight volumes on the northern corridor are projected to reach 41 million tonnes in 2016.", 41e6),
        ("Hill-station hotel bookings were projected to run some 12 percent under last season's.", 12),
        ("Tin output is predicted to stay near 8,000 tonnes a month.", 8000),
        ("Yarn sales are expected to grow 7 percent this year.", 7),  # sales, plural: a measure, not a sale
        # an outcome the subject meets, in the passive or on a noun
        ("Paper mills are expected to report a combined loss of 300 million rupees.", 3e8),
        ("Dairy cooperatives, widely seen swinging to a loss of 40 million rupees, slipped in early trade.", 4e7),
        # an actor's act that nobody on the company's side tells: someone else's expectation
        ("The finance ministry is forecast to lift the fuel levy to 12 rupees a litre.", 12),
        ("Rival weaver Brellin is forecast to open 30 outlets next year, two people close to the plan said.", 30),
        # the story's company meeting an outcome, untold or sourced to forecasters: someone else's expectation
        ("Quillmore is expected to earn 14 rupees a share in the half.", 14),
        ("The company is projected to report revenue of 6 billion rupees, according to Halden Estimates.", 6e9),
        ("The company was projected to book revenue of 9 billion rupees in the half.", 9e9),
        # "it" before a move or a state stands for a measure, not for the company acting
        ("The cotton index slipped in May. It is expected to rise 3 percent in June.", 3),
        ("Its order book shrank. It is projected to stay near 40 million rupees this quarter.", 4e7),
        ("The dye price gauge eased. It is forecast to fall 2 percent next month.", 2),
    ],
)
def test_a_measure_an_outcome_or_an_untold_act_under_a_passive_prediction_is_a_forecast(nlp, text, amount):
    assert _fact(nlp, text, amount).modality == "forecast"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The company said spending on cotton is projected to absorb 4 percent of revenue.", 4),
        ("Its third-quarter freight bill is forecast to rise to 60 million rupees, it said.", 6e7),
        ("Dye costs are projected to fall 5 percent next year, Chief Executive Ravi Menon said.", 5),
    ],
)
def test_the_company_telling_its_own_course_gives_a_target(nlp, text, amount):
    assert _fact(nlp, text, amount).modality == "target"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The rights issue, projected to net the group 700 million rupees, opens on Monday.", 7e8),
        ("The buyback programme is expected to cover 9 percent of the shares.", 9),
        ("The acquisition is expected to add 3 percent to earnings per share next year.", 3),
        # a sale, a disposal, a spin-off, an order won or a new site: the company's own undertaking
        ("The sale of its towel arm is expected to fetch 900 million rupees.", 9e8),
        ("The disposal, projected to bring in 45 million rupees, should close by June.", 4.5e7),
        ("The planned spin-off is forecast to carry 1.2 billion rupees of debt.", 1.2e9),
        ("The supply order is expected to be worth 70 million rupees a year.", 7e7),
        ("The new dye plant is projected to cost 2.5 billion rupees.", 2.5e9),
        ("The warehouse near the port is expected to create 350 jobs.", 350),
    ],
)
def test_a_deal_an_offering_or_a_plan_keeps_its_target(nlp, text, amount):
    assert _fact(nlp, text, amount).modality == "target"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Its spinning arm was forecast to shrink its margin but widened it to 9 percent.", 9),
        ("The towel unit was forecast to lose money yet earned 12 million rupees in the half.", 1.2e7),
        ("Its yarn arm was forecast to sink into the red yet cleared $4 million in operating profit.", 4e6),
        ("The dye arm was expected to break even but cut its loss to 2 million rupees.", 2e6),
    ],
)
def test_a_past_verb_joined_to_the_prediction_is_a_result(nlp, text, amount):
    assert _fact(nlp, text, amount).modality == "actual"


@pytest.mark.parametrize(
    ("text", "amount", "modality"),
    [
        # a second infinitive whose base form the tagger may read as past: still ahead, no result
        ("Quillmore is expected to shut six dye houses and cut 250 posts this year, it said.", 250, "target"),
        (
            "The weaving arm is expected to sell two sheds and put 80 million rupees into new looms, the company said.",
            8e7,
            "target",
        ),
        ("Cloth output is projected to climb and hit 9,000 bales a week by March.", 9000, "forecast"),
    ],
)
def test_a_second_infinitive_joined_by_and_is_no_result(nlp, text, amount, modality):
    assert _fact(nlp, text, amount).modality == modality


@pytest.mark.parametrize(
    ("text", "amount", "modality"),
    [
        ("The mill federation's monthly tally is predicted to show spindle use climbed 2.4 percent.", 2.4, "forecast"),
        ("Monday's survey is forecast to show retail sales grew 1.1 percent last month.", 1.1, "forecast"),
        (
            "The port authority's tally is projected to show that box traffic climbed to 410,000 in July, up from "
            "380,000 in June.",
            410000,
            "forecast",
        ),
        (
            "The port authority's tally is projected to show that box traffic climbed to 410,000 in July, up from "
            "380,000 in June.",
            380000,
            "actual",
        ),
    ],
)
def test_what_a_release_is_expected_to_show_is_a_forecast(nlp, text, amount, modality):
    assert _fact(nlp, text, amount).modality == modality


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a speaker for the company
        ("Quillmore is expected to open 14 showrooms in the north, a company spokesman said.", 14),
        ("The group is projected to hire 600 weavers by spring, a spokeswoman for Quillmore said.", 600),
        ("The company is forecast to add 9 looms a month, a company official said.", 9),
        # an "according to" phrase with the company's own document or name
        ("The company is expected to add 22 dye lines next year, according to a statement.", 22),
        ("Quillmore is projected to open 18 outlets abroad, according to its annual report.", 18),
        ("The group is forecast to hire 350 graduates in 2015, according to the company.", 350),
        # no teller: the story's own company as the actor is left to the rules of plans
        ("Quillmore, which is expected to open 27 showrooms this year, said cloth sales rose 4 percent.", 27),
        ("Quillmore Textiles is expected to close 12 spinning sheds before March.", 12),
        ("The company is projected to take on 800 seasonal staff.", 800),
        ("It is expected to cut 140 posts at its dye works.", 140),  # a move verb with an object: an act
    ],
)
def test_the_story_company_s_own_plan_stays_a_target(nlp, text, amount):
    assert _fact(nlp, text, amount).modality == "target"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "PUNE (Reuters) - Quillmore Textiles Ltd said on Tuesday it is expected to open 35 showrooms in the second "
            "half.",
            35,
        ),
        ("LEEDS (Reuters) - Brantley Yarns Plc said on Friday it was projected to shut 4 depots next year.", 4),
        ("BRISTOL (Reuters) - Harwick Looms Plc said on Monday that it is forecast to open 120 kiosks in 2015.", 120),
    ],
)
def test_a_dateline_lead_s_company_telling_its_plan_gives_a_target(nlp, text, amount):
    facts = extract("Plans for the year\n\n" + text, published=PUBLISHED, nlp=nlp)
    found = [f for f in facts if f.value and f.value.amount == amount]
    assert found and found[0].modality == "target"


# review20m3: a speaker, a pronoun, a document or a noun that is not the company's side leaves the prediction a
# forecast
@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Rice exports are expected to climb 6 percent this year, a farm ministry official said.", 6),
        ("Steel demand is expected to grow 3 percent, an industry executive told reporters.", 3),
        ("Chip sales are expected to fall 8 percent, a government official said on Monday.", 8),
        ("The central bank meets on Thursday. It is expected to cut its main rate to 1.5 percent.", 1.5),
        ("Oil demand is expected to rise 2 percent next year, according to the agency's monthly report.", 2),
        ("The benchmark 10-year bond is expected to yield 4.2 percent by December.", 4.2),
        ("The economic expansion is expected to slow to 1.8 percent next year.", 1.8),
        ("The March wheat contract is expected to trade near $7 a bushel.", 7),
    ],
)
def test_a_prediction_told_by_another_side_stays_a_forecast(nlp, text, amount):
    assert _fact(nlp, text, amount).modality == "forecast"
