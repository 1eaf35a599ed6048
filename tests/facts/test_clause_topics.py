"""A main clause whose subject an organization holds ("Valdor shares rose", "shares of Valdor fell", "Valdor's
revenue climbed", "the company's stock slid") is about that organization: the next sentence's "its" goes on with
it, not with a party named as a subject sentences before (facts/clause_topics.py). People or peers as the subject
("Ostby's rivals", "Ostby's executives") are what their own sentence is about and leave the thread as it was.
Sentences written for these tests, invented names."""

import pytest

from tests.facts import surface_facts

PUBLISHED = "2014-03-12"
TITLE = "Valdor profit more than doubles"
# the last organization a main clause names as its subject is Ostby, a rival: "its" would go to it
LEAD = (
    "DENVER (Reuters) - Valdor Corp said on Wednesday its first-quarter profit more than doubled. "
    "Rival Ostby Stores Inc opened 30 stores in May. "
)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Valdor shares rose 3 percent on Thursday. Its debt stood at $900 million.", "$900 million"),
        ("Valdor stock fell 2 percent in early trade. Its order backlog reached $1.4 billion.", "$1.4 billion"),
        ("Shares of Valdor slipped in New York. Its order backlog reached $1.4 billion.", "$1.4 billion"),
        ("Valdor's revenue climbed 8 percent in the quarter. Its margin widened to 11 percent.", "11 percent"),
        ("Valdor's costs rose sharply in the period. Its headcount grew to 5,200 in March.", "5,200"),
    ],
)
def test_the_holder_of_a_main_clause_subject_takes_the_next_its(nlp, text, surface):
    found = surface_facts.subjects_of(nlp, LEAD + text, surface, title=TITLE, published=PUBLISHED)
    assert found == {"Valdor"}


# the last subject is Valdor, the story's company; a sentence whose subject is Ostby's people or peers is about
# them, so "its" after it still means Valdor
VALDOR_LAST = (
    "DENVER (Reuters) - Valdor Corp said on Wednesday its first-quarter profit more than doubled. "
    "Valdor expects to open 40 stores this year. "
)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Ostby's rivals cut prices by 10 percent last month. Its debt stood at $900 million.", "$900 million"),
        ("Ostby's executives met investors on Tuesday. Its order backlog reached $1.4 billion.", "$1.4 billion"),
        ("Ostby analysts see little change this year. Its headcount grew to 5,200 in March.", "5,200"),
        ("Shares in rival Ostby Stores fell 2 percent. Its debt stood at $900 million.", "$900 million"),
        ("Shares of its rival Ostby Stores slid. Its order backlog reached $1.4 billion.", "$1.4 billion"),
    ],
)
def test_people_or_peers_as_subject_leave_the_thread(nlp, text, surface):
    found = surface_facts.subjects_of(nlp, VALDOR_LAST + text, surface, title=TITLE, published=PUBLISHED)
    assert found == {"Valdor"}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a pronoun possessive names nobody new
        ("Its shares rose 3 percent on Thursday. Its order backlog reached $1.4 billion.", "$1.4 billion"),
        # a thing with no organization on it
        ("Retail sales rose 3 percent in May. Its debt stood at $900 million.", "$900 million"),
    ],
)
def test_no_named_holder_keeps_the_last_subject(nlp, text, surface):
    found = surface_facts.subjects_of(nlp, LEAD + text, surface, title=TITLE, published=PUBLISHED)
    assert found == {"Ostby Stores"}
