"""Round 41 (subjname41): a name cut at its "of". NER often leaves out the company word that heads a name built
with "of" ("Bank of [Norvale Corp]"), so the name came out as its tail alone ("Norvale"), which then named the
facts of the sentence (name_bounds.of_phrase_head_start, from extend_left). Sentences written for this test,
invented company names."""

import datetime as dt

import pytest

from extractor import extract
from tests.mentions.entity_sets import entities


@pytest.mark.parametrize(
    ("text", "name", "tail"),
    [
        (
            "LONDON (Reuters) - Bank of Norvale Corp will close 40 branches in Scotland next year.",
            "Bank of Norvale",
            "Norvale",
        ),
        (
            "TORONTO (Reuters) - Bank of Tarvania Corp said on Tuesday it would cut 500 jobs.",
            "Bank of Tarvania",
            "Tarvania",
        ),
        (
            "NEW YORK (Reuters) - Bank of Halden Securities cut its rating on three retailers on Wednesday.",
            "Bank of Halden Securities",
            "Halden Securities",
        ),
    ],
)
def test_a_company_word_before_of_heads_the_name(nlp, text, name, tail):
    found = entities(nlp, text)
    assert ("ORG", name) in found
    assert ("ORG", tail) not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a common word before "of" is no part of the name
        ("LONDON (Reuters) - Shares of Norvale Corp rose 3 percent on Monday.", "Norvale"),
        ("Two of Tarvania Group's units were sold last year.", "Tarvania Group"),
        # NER took the whole name already: nothing to add
        ("Analysts at Bank of Carrow Securities expect copper to average $8,000 a tonne.", "Bank of Carrow Securities"),
    ],
)
def test_near_misses_keep_their_name(nlp, text, name):
    found = entities(nlp, text)
    assert ("ORG", name) in found
    assert not any(n.startswith(("Shares", "Two")) for _, n in found)


def test_the_whole_name_is_the_subject_of_the_lead_figure(nlp):
    text = "TORONTO (Reuters) - Bank of Tarvania Corp said on Tuesday it would cut 500 jobs."
    facts = extract(text, published=dt.date(2009, 3, 2), nlp=nlp)
    assert {f.subject for f in facts if f.value is not None} == {"Bank of Tarvania"}


# A body named by the members it gathers keeps its head word: "group" and "board" are title words too, and the
# title trim read "<Group> of <Seven>" as a title before an organization, keeping only the number or the plural
# (entities._collective_body_name, lexicon collective_body_heads).
@pytest.mark.parametrize(
    ("text", "name", "tail"),
    [
        ("Finance ministers from the Group of Seven will meet in Washington next week.", "Group of Seven", "Seven"),
        ("The Board of Governors voted to keep rates steady.", "Board of Governors", "Governors"),
        ("A spokesman for the Board of Regents said tuition would rise 5 percent.", "Board of Regents", "Regents"),
    ],
)
def test_a_body_named_by_its_members_keeps_its_head(nlp, text, name, tail):
    found = entities(nlp, text)
    assert ("ORG", name) in found
    assert ("ORG", tail) not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a company's board or a title before "of": the company is the name
        ("The Board of Norvale Holdings ousted its chairman.", "Norvale Holdings"),
        ("The Chairman of Halden Corp said profit rose.", "Halden"),
    ],
)
def test_a_title_or_board_before_a_company_still_names_the_company(nlp, text, name):
    found = entities(nlp, text)
    assert ("ORG", name) in found
    assert not any(n.startswith(("Board", "Chairman")) for _, n in found)
