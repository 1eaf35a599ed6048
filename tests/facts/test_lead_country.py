"""A country that acts as the lead's subject and is named in the title is what a story is about: its figures
with no named holder take the country, not a company named further down (salience._lead_country); in such a
story a nationality on a figure's noun names another country ("German loan guarantees"). A company in the
title and the lead keeps its story, and a country written only inside a body's name acts for nothing.
Stories written for these tests, invented company names."""

import pytest

from tests.facts.surface_facts import subject_of as story_subject


def subject_of(nlp, title, body, surface):
    return story_subject(nlp, title, body, surface, "2012-05-14")


@pytest.mark.parametrize(
    ("title", "body", "surface", "subject"),
    [
        (
            "Factbox: Key terms of Kazakhstan's new mining licences",
            "(Reuters) - Kazakhstan on Monday opened its copper deposits to foreign miners. ** Bidders must commit "
            "to invest at least $300 million over five years. ** Talks with Brantley Resources and Osprey Metals "
            "are under way, and Osprey said it would bid.",
            "$300 million",
            "Kazakhstan",
        ),
        (
            "Chile approves lithium rules, miners wary",
            "SANTIAGO (Reuters) - Chile approved new rules for lithium on Tuesday. The rules set a royalty of up to "
            "12 percent on sales. Torres Quimica, the biggest producer, said it was studying the rules, and Torres "
            "said it would keep its plans.",
            "12 percent",
            "Chile",
        ),
        (
            "Vietnam to cut fuel subsidies next year",
            "HANOI (Reuters) - Vietnam will cut fuel subsidies next year, state media reported on Friday. Subsidies "
            "will fall by about 40 percent, and importer Saigon Petro Trading said it would raise prices.",
            "40 percent",
            "Vietnam",
        ),
    ],
)
def test_a_country_acting_in_the_lead_and_title_holds_the_unheld_figures(nlp, title, body, surface, subject):
    assert subject_of(nlp, title, body, surface) == subject


@pytest.mark.parametrize(
    ("title", "body", "surface", "subject"),
    [
        (
            "Hungary needs no bailout, says premier",
            "BUDAPEST (Reuters) - Hungary needs support from its partners but no rescue money, the prime minister "
            "said on Sunday. German loan guarantees for the region total about 90 billion euros.",
            "90 billion euros",
            "Germany",
        ),
        (
            "Portugal rules out rescue, premier says",
            "LISBON (Reuters) - Portugal needs support from its partners but no rescue money, the prime minister "
            "said on Sunday. Austrian bank loans to the region total about 200 billion euros.",
            "200 billion euros",
            "Austria",
        ),
        (
            "Poland needs no credit line, premier says",
            "WARSAW (Reuters) - Poland needs support from its partners but no credit line, the prime minister said "
            "on Sunday. Swedish bank loans to the region total about 60 billion euros.",
            "60 billion euros",
            "Sweden",
        ),
    ],
)
def test_a_nationality_in_a_country_story_names_its_own_country(nlp, title, body, surface, subject):
    assert subject_of(nlp, title, body, surface) == subject


@pytest.mark.parametrize(
    ("title", "body", "surface", "subject"),
    [
        (
            "Brantley Resources wins Mongolia licence",
            "(Reuters) - Brantley Resources said on Monday it had won a licence in Mongolia. Brantley said it "
            "would invest $450 million over five years.",
            "$450 million",
            "Brantley Resources",
        ),
        (
            "U.S. miners cut jobs as metal prices slide",
            "(Reuters) - U.S. miner Halvane Resources said on Monday it would cut 300 jobs at its copper mines. "
            "Rival Osprey Metals said it had no plans to cut staff.",
            "300",
            "Halvane Resources",
        ),
        (
            "Norway's Fjellstad posts higher profit",
            "OSLO (Reuters) - Fjellstad Drilling posted a 9 percent rise in profit on Thursday as Norway raised its "
            "gas exports.",
            "9 percent",
            "Fjellstad",
        ),
    ],
)
def test_a_company_story_keeps_its_company(nlp, title, body, surface, subject):
    assert subject_of(nlp, title, body, surface) == subject


@pytest.mark.parametrize(
    ("sentence", "surface", "subject"),
    [
        (
            "The European Central Bank bought 20 billion euros of Italian bonds last week.",
            "20 billion euros",
            "European Central Bank",
        ),
        ("Halvane Capital bought 300 million euros of Greek bonds in May.", "300 million euros", "Halvane Capital"),
        (
            "Osprey Insurance sold 400 million euros of Spanish bonds in the quarter.",
            "400 million euros",
            "Osprey Insurance",
        ),
    ],
)
def test_bonds_bought_by_a_party_in_a_country_story_stay_the_buyers(nlp, sentence, surface, subject):
    body = "LISBON (Reuters) - Portugal needs support from its partners but no rescue money, the prime minister said. "
    assert subject_of(nlp, "Portugal rules out rescue, premier says", body + sentence, surface) == subject
