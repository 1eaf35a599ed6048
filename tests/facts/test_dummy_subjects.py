"""A subject "it" that stands for an extraposed clause ("it's hard to get costs below $2 billion") names nobody: the
figure of such a sentence goes to the story's default subject, not to the organization the sentence before was
about (facts/dummy_subjects.py, read in discourse.resolve_subject). A real "it" after a party ("it is expected to
post a loss") still continues that party. Stories written for these tests, invented names."""

import pytest

from extractor.facts.dummy_subjects import is_dummy_it
from tests.facts.surface_facts import subject_of

PUBLISHED = "2012-10-04"
TITLE = "Ostwick Motors signs new labor deal"
OPENING = (
    "DETROIT (Reuters) - Ostwick Motors Co on Tuesday signed a four-year labor deal with its union that includes "
    "bonuses and new hiring at its plants. Brannock Capital, which owns a stake in the carmaker, said it backed "
    "the plan. "
)


def story_subject(nlp, text, surface):
    return subject_of(nlp, TITLE, OPENING + text, surface, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ('"It\'s hard to get costs below $2 billion this year," one analyst said.', "$2 billion"),
        ("It will be difficult to hold capital spending to $4 billion next year.", "$4 billion"),
        ("It is not possible to lift annual savings above $300 million without closing a plant.", "$300 million"),
        ("It would be better to keep the dividend at 40 cents a share, the union argued.", "40 cents"),
    ],
)
def test_an_it_standing_for_a_clause_is_no_party(nlp, text, surface):
    assert story_subject(nlp, text, surface) == "Ostwick Motors"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a verb of predicting in the passive with a to-clause raises a real subject: the party before
        ("It is expected to post a loss of $30 million in the quarter.", "$30 million"),
        # an adjective that raises its subject is no extraposition
        ("It is likely to report a loss of $45 million.", "$45 million"),
        # an adjective of the subject's own mind with a that-clause
        ("It is confident that it can raise $200 million.", "$200 million"),
    ],
)
def test_a_real_it_still_continues_the_party_before(nlp, text, surface):
    assert story_subject(nlp, text, surface) == "Brannock Capital"


@pytest.mark.parametrize(
    ("text", "dummy"),
    [
        ("It was not clear whether sales would reach $5 billion.", True),
        ("It is anticipated that the assets will increase by $7 billion.", True),
        ("It should climb 0.4 percent next month, the firm said.", False),
        ("It also hopes to enlarge its $2 billion revolving loan.", False),
    ],
)
def test_which_it_stands_for_a_clause(nlp, text, dummy):
    doc = nlp(text)
    assert is_dummy_it(doc[0]) is dummy
