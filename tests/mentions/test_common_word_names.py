"""The story's main subject: a capitalised common word the tagger read as an organization is no party
(mentions/common_word_names.py), and a country acting in the lead whose nationality the title writes is the
story's country (salience._title_names). Stories written for these tests, with invented company names."""

import pytest

from extractor.mentions.entities import index_entities

HEADER = " date 2012-05-01 {title}\n\n"


def entities_of(nlp, title, text):
    header = HEADER.format(title=title)
    return index_entities(nlp(header + text), title=title, body_start=len(header))


@pytest.mark.parametrize(
    ("title", "text", "word"),
    [
        (  # the title's first word, written in lower case with the same noun in the body
            "Hedge funds sue over bond ruling",
            "NEW YORK (Reuters) - A group of hedge funds asked a court on Monday to reverse a ruling on bonds "
            "worth $2 billion. The hedge funds said the ruling was wrong.",
            "Hedge",
        ),
        (
            "Hedge fund assets shrink",
            "LONDON (Reuters) - Assets managed by hedge fund firms shrank 9 percent in the first quarter, a "
            "survey showed on Tuesday.",
            "Hedge",
        ),
        (  # a title noun after the word: the body writes both words in lower case
            "Trade Minister sees exports rising",
            "COPENHAGEN (Reuters) - Exports will grow 4 percent this year, Trade Minister Lars Holm said on "
            "Monday. The trade minister said imports would slow.",
            "Trade",
        ),
        (
            "Danish minister upbeat on budget",
            "COPENHAGEN (Reuters) - Denmark is confident it will cut its deficit to 4 percent this year, its "
            "Finance Minister said on Monday. The finance minister said revenue rose 6 percent.",
            "Finance",
        ),
    ],
)
def test_capitalised_common_word_is_no_organization(nlp, title, text, word):
    entities = entities_of(nlp, title, text)
    assert word not in {c.name for c in entities.clusters}
    assert entities.main_org is None or entities.main_org.name != word


@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        (  # named mid-sentence too: a company, though "harvest" is also a common word of the story
            "Harvest profit falls",
            "CHICAGO (Reuters) - Shares of Harvest fell 4 percent on Monday after the grain trader said a poor "
            "harvest cut its profit by 10 percent.",
            "Harvest",
        ),
        (  # a legislature a common noun names stays a body: its country takes the figures
            "Parliament backs spending plan",
            "OSLO (Reuters) - Norway's parliament on Tuesday backed a plan to cut spending by 2 percent. "
            "Lawmakers said the plan would save money.",
            "Parliament",
        ),
        (  # never written in lower case: the capitals may be a name
            "Venture funding dries up",
            "SAN FRANCISCO (Reuters) - Venture funding for start-ups fell 20 percent in the quarter, a report "
            "said. Venture funding may pick up later in the year, analysts said.",
            "Venture",
        ),
    ],
)
def test_name_that_is_also_a_word_stays(nlp, title, text, name):
    assert name in {c.name for c in entities_of(nlp, title, text).clusters}


@pytest.mark.parametrize(
    ("title", "text", "country"),
    [
        (
            "Danish minister upbeat on budget",
            "COPENHAGEN (Reuters) - Denmark is confident it will cut its deficit to 4 percent this year, its "
            "Finance Minister said on Monday. The finance minister said revenue rose 6 percent.",
            "Denmark",
        ),
        (
            "Dutch minister sees growth pick up",
            "AMSTERDAM (Reuters) - The Netherlands expects its economy to grow 2 percent next year, its finance "
            "minister said on Tuesday, as exports recover.",
            "Netherlands",
        ),
        (
            "Swedish premier vows to cut debt",
            "STOCKHOLM (Reuters) - Sweden will cut its public debt to 30 percent of output by 2015, the prime "
            "minister said on Friday.",
            "Sweden",
        ),
        (
            "Polish officials see deficit narrowing",
            "WARSAW (Reuters) - Poland is on track to bring its deficit below 3 percent of GDP next year, "
            "officials said on Thursday.",
            "Poland",
        ),
    ],
)
def test_country_acting_in_lead_under_its_nationality_is_the_story(nlp, title, text, country):
    place = entities_of(nlp, title, text).main_place
    assert place is not None and place.name == country


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (  # the company acts in the lead; the country is only named later
            "Danish exports fall",
            "COPENHAGEN (Reuters) - Velmora Shipping said on Monday its profit fell 5 percent, as Denmark cut "
            "spending.",
        ),
        (  # the title writes no nationality and no country
            "Budget outlook brightens",
            "WARSAW (Reuters) - Poland is on track to bring its deficit below 3 percent of GDP next year, "
            "officials said on Thursday.",
        ),
        (  # the title's nationality is another country's
            "Swedish lenders eye Baltic markets",
            "WARSAW (Reuters) - Poland is on track to bring its deficit below 3 percent of GDP next year, "
            "officials said on Thursday.",
        ),
    ],
)
def test_country_not_the_story_without_its_title(nlp, title, text):
    place = entities_of(nlp, title, text).main_place
    assert place is None or place.name not in ("Denmark", "Poland")
