"""A company whose name the text always writes with "Group" or "Holdings" keeps that word in its canonical name;
where the text also writes the name alone, the short name is canonical. Stories written for this test, with
invented names."""

import pytest

from extractor.api import make_doc
from extractor.io.documents import document_from_text


def org_names(nlp, text):
    doc = nlp(make_doc(nlp, document_from_text(text, doc_id="t")))
    return {e.name for e in doc._.entities if e.label == "ORG"}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "LONDON (Reuters) - Quillon Foods will hand its dairy arm to buyout firm Harwood Group for 300 "
            "million pounds, the two firms announced on Monday.",
            "Harwood Group",
            "Harwood",
        ),
        (
            "TOKYO (Reuters) - Shares of Velmora Holdings Inc rose 6 percent after the hospital operator raised "
            "its full-year outlook.",
            "Velmora Holdings",
            "Velmora",
        ),
        (
            "NEW YORK (Reuters) - Brixham Group LP will lead the 2 billion dollar buyout, people familiar with "
            "the talks said. Brixham declined to comment, and Brixham's partners were not available.",
            "Brixham",
            "Brixham Group",
        ),
    ],
)
def test_group_word_kept_only_where_never_left_off(nlp, text, expected, absent):
    found = org_names(nlp, text)
    assert expected in found
    assert absent not in found


# an abbreviation of a name with a group word ("WPR" of "Western Pacific Rail Group") is that company, no other
@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "LONDON (Reuters) - Western Pacific Rail Group lifted its dividend on Tuesday. WPR said freight volumes "
            "rose 3 percent in the quarter.",
            "Western Pacific Rail Group",
            "WPR",
        ),
        (
            "OSLO (Reuters) - Nordvik Sea Farms Holdings cut its salmon harvest forecast. Analysts said NSF had been "
            "hit by lice.",
            "Nordvik Sea Farms Holdings",
            "NSF",
        ),
        (
            "SYDNEY (Reuters) - Coastal Mineral Sands Group will shut a mine in June, and CMS expects 200 jobs to go.",
            "Coastal Mineral Sands Group",
            "CMS",
        ),
    ],
)
def test_abbreviation_of_a_group_name(nlp, text, name, code):
    found = org_names(nlp, text)
    assert name in found
    assert code not in found


# the name inside another name ("Oliver Tamsin", "the Quigley Foundation") is not the company's name written bare
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "LONDON (Reuters) - Tamsin Group Plc raised its outlook on Thursday. Its founder, Oliver Tamsin, still "
            "owns a third of the shares.",
            "Tamsin Group",
            "Tamsin",
        ),
        (
            "OSLO (Reuters) - Ferrand Holdings ASA sold two tankers, said chief executive Lise Ferrand, whose family "
            "controls the company.",
            "Ferrand Holdings",
            "Ferrand",
        ),
        (
            "TORONTO (Reuters) - Quigley Group Inc will close 12 stores. The Quigley Foundation, a charity, owns 8 "
            "percent of it.",
            "Quigley Group",
            "Quigley",
        ),
    ],
)
def test_name_inside_another_name_is_not_written_bare(nlp, text, expected, absent):
    found = org_names(nlp, text)
    assert expected in found
    assert absent not in found


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Tarrow Group cut its outlook on Friday. Tarrow Chief Executive Ann Wells said demand had weakened.",
            "Tarrow",
            "Tarrow Group",
        ),
        (
            "Selby Holdings posted a loss. In March Selby sold its two coastal hotels to a local investor.",
            "Selby",
            "Selby Holdings",
        ),
        (
            "Drummond Group raised its dividend. The board of Drummond President Lars Eik said little more.",
            "Drummond",
            "Drummond Group",
        ),
    ],
)
def test_a_title_or_month_beside_the_short_name_leaves_it_written_bare(nlp, text, expected, absent):
    names = org_names(nlp, text)
    assert expected in names and absent not in names
