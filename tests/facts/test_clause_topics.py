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
OSTBY_LAST = (
    "DENVER (Reuters) - Valdor Corp said on Wednesday its first-quarter profit more than doubled. "
    "Rival Ostby Stores Inc opened 30 stores in May. "
)


# the last subject is Valdor, the story's company; a sentence whose subject is Ostby's people or peers is about
# them, so "its" after it still means Valdor
VALDOR_LAST = (
    "DENVER (Reuters) - Valdor Corp said on Wednesday its first-quarter profit more than doubled. "
    "Valdor expects to open 40 stores this year. "
)
HOLDER_TAKES_ITS = [  # each fails without the rule: "its" went to Ostby
    ("Valdor shares rose 3 percent on Thursday. Its debt stood at $900 million.", "$900 million"),
    ("Valdor stock fell 2 percent in early trade. Its order backlog reached $1.4 billion.", "$1.4 billion"),
    ("Shares of Valdor slipped in New York. Its order backlog reached $1.4 billion.", "$1.4 billion"),
    ("Valdor's revenue climbed 8 percent in the quarter. Its margin widened to 11 percent.", "11 percent"),
    ("Valdor's costs rose sharply in the period. Its headcount grew to 5,200 in March.", "5,200"),
    ("The company's stock slid 5 percent after the report. Its debt stood at $900 million.", "$900 million"),
]
PEOPLE_OR_PEERS = [  # near misses: the thread stays with Valdor
    ("Ostby's rivals cut prices by 10 percent last month. Its debt stood at $900 million.", "$900 million"),
    ("Ostby's executives met investors on Tuesday. Its order backlog reached $1.4 billion.", "$1.4 billion"),
    ("Ostby analysts see little change this year. Its headcount grew to 5,200 in March.", "5,200"),
    ("Shares in rival Ostby Stores fell 2 percent. Its debt stood at $900 million.", "$900 million"),
    ("Shares of its rival Ostby Stores slid. Its order backlog reached $1.4 billion.", "$1.4 billion"),
]
NO_NAMED_HOLDER = [  # near misses: a pronoun possessive or no organization names nobody new, Ostby stays
    ("Its shares rose 3 percent on Thursday. Its order backlog reached $1.4 billion.", "$1.4 billion"),
    ("Retail sales rose 3 percent in May. Its debt stood at $900 million.", "$900 million"),
]


@pytest.mark.parametrize(
    ("lead", "text", "surface", "subject"),
    [(OSTBY_LAST, text, surface, "Valdor") for text, surface in HOLDER_TAKES_ITS]
    + [(VALDOR_LAST, text, surface, "Valdor") for text, surface in PEOPLE_OR_PEERS]
    + [(OSTBY_LAST, text, surface, "Ostby Stores") for text, surface in NO_NAMED_HOLDER],
)
def test_its_goes_on_with_the_holder_of_the_last_main_clause_subject(nlp, lead, text, surface, subject):
    assert surface_facts.subjects_of(nlp, lead + text, surface, title=TITLE, published=PUBLISHED) == {subject}
