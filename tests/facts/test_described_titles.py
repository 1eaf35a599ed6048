"""Titles written after a name as a description, with the employer right after the preposition whatever the
recognizer called it; a firm's analyst named before the title; a surname alone before a description; a
title followed by another person's name. Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2013, 6, 12)


def roles_of(nlp, text):
    return [(f.subject, f.predicate, f.object) for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "role"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            'Tovar Mills Inc fell. "Demand is soft," said Sarah Mitchell, a Denver-based analyst with Quill Dane.',
            ("Quill Dane", "analyst"),
        ),
        (
            "Tovar Mills Inc shares fell, said Sarah Mitchell, fixed-income strategist at Harwood Securities.",
            ("Harwood Securities", "fixed-income strategist"),
        ),
        (
            "Tovar Mills Inc was sued, said Sarah Mitchell, a partner at Kessler Bryant who advises Pellam Alliance.",
            ("Kessler Bryant", "partner"),
        ),
        (
            "Tovar Mills Inc shares fell, said Sarah Mitchell, a currency analyst at TradeLens in Chicago.",
            ("TradeLens", "currency analyst"),
        ),
        (
            "Tovar Mills Inc shares fell, said Sarah Mitchell, a senior partner at U.S. law firm Kessler Bryant LLP.",
            ("Kessler Bryant", "senior partner"),
        ),
    ],
)
def test_the_employer_is_the_name_right_after_the_preposition(nlp, text, role):
    subjects = {(s.removesuffix(" LLP"), p) for s, p, o in roles_of(nlp, text) if o == "Sarah Mitchell"}
    assert role in subjects


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ('Tovar Mills Inc rose. "It is cheap," Whitfield analyst Omar Reyes said.', "Whitfield"),
        ("Tovar Mills Inc rose 3 percent, Whitfield economist Omar Reyes wrote in a note.", "Whitfield"),
        ("Tovar Mills Inc rose, but Whitfield strategist Omar Reyes urged caution.", "Whitfield"),
    ],
)
def test_a_name_tagged_as_a_person_before_an_analyst_title_is_the_employer(nlp, text, employer):
    """Only firms have analysts, economists and strategists, whatever the recognizer called the name."""
    assert any(s == employer for s, _, o in roles_of(nlp, text) if o == "Omar Reyes")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Tovar Mills Inc named Lena Kraus to its board. Kraus, former chief executive at Pellam Foods, joins soon.",
            ("Pellam Foods", "former chief executive", "Lena Kraus"),
        ),
        (
            "Tovar Mills Inc hired Lena Kraus. Kraus, a senior economist at Brisk Harbor Bank, starts on Monday.",
            ("Brisk Harbor Bank", "senior economist", "Lena Kraus"),
        ),
        (
            "Lena Kraus left Tovar Mills Inc. Kraus, a managing director at Quill Dane Capital, declined to comment.",
            ("Quill Dane Capital", "managing director", "Lena Kraus"),
        ),
    ],
)
def test_a_surname_alone_before_a_description_is_the_known_person(nlp, text, role):
    assert role in roles_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Protesters demanded the end of the rule of Marek Tull, Tovar Mills Inc Chief Executive Lena Kraus said.",
        "The move hurt Marek Tull, Tovar Mills Inc Chairman Lena Kraus told reporters.",
        "Voters turned against Marek Tull, Tovar Mills Inc President Lena Kraus said on Friday.",
    ],
)
def test_a_title_followed_by_another_name_is_not_the_title_of_the_name_before(nlp, text):
    holders = [o for _, _, o in roles_of(nlp, text)]
    assert "Lena Kraus" in holders
    assert "Marek Tull" not in holders


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        (
            "Tovar Mills Inc slowed, said Sarah Mitchell, research director for Latin America at Harwood Securities.",
            "Harwood Securities",
        ),
        (
            "Tovar Mills Inc rose, said Sarah Mitchell, chief economist for Europe with Brandt Research in London.",
            "Brandt Research",
        ),
        (
            "Tovar Mills Inc fell, said Sarah Mitchell, senior analyst for retailers at consultancy Kessler Bryant.",
            "Kessler Bryant",
        ),
    ],
)
def test_a_for_phrase_names_the_area_covered_and_the_employer_follows(nlp, text, employer):
    assert any(s == employer for s, _, o in roles_of(nlp, text) if o == "Sarah Mitchell")


@pytest.mark.parametrize(
    "text",
    [
        "Tovar Mills Inc raised the pay of Sarah Mitchell, vice president for retail, and Omar Reyes, its treasurer.",
        "Tovar Mills Inc named Sarah Mitchell, head of sales for Asia, and Omar Reyes, its treasurer, to the board.",
        "Tovar Mills Inc thanked Sarah Mitchell, director for new markets, and Omar Reyes, who retires in June.",
    ],
)
def test_the_next_person_in_a_list_is_never_the_employer(nlp, text):
    assert all(s != "Omar Reyes" for s, _, o in roles_of(nlp, text) if o == "Sarah Mitchell")


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ('Tovar Mills Inc rose. "It is cheap," Quillan analyst Omar Reyes told Reuters.', "Quillan"),
        ("Tovar Mills Inc rose 2 percent, Kellen economist Omar Reyes wrote in a note.", "Kellen"),
        ('"Buy the dip," Varnell strategist Omar Reyes said of Tovar Mills Inc.', "Varnell"),
    ],
)
def test_an_untagged_name_before_an_analyst_title_is_the_employer(nlp, text, employer):
    assert any(s == employer for s, _, o in roles_of(nlp, text) if o == "Omar Reyes")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Tovar Mills Inc fell 4 percent, said Sarah Mitchell, senior economist at the Halden Center for Economic"
            " and Policy Research in Washington.",
            ("Halden Center for Economic and Policy Research", "senior economist"),
        ),
        (
            "Tovar Mills Inc fell 4 percent, said Sarah Mitchell, director of research at the Oberlin Foundation for"
            " Trade Studies.",
            ("Oberlin Foundation for Trade Studies", "director"),
        ),
        (
            "Sarah Mitchell, chief economist at the Brisbane Institute of Applied Economics, expects Tovar Mills Inc"
            " to cut jobs.",
            ("Brisbane Institute of Applied Economics", "chief economist"),
        ),
    ],
)
def test_a_long_institute_name_after_the_title_is_the_employer(nlp, text, role):
    """The recognizer often takes a long institute name for a facility: it is still where the person works."""
    assert (*role, "Sarah Mitchell") in roles_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ann Ruiz quit over links to Sarah Mitchell, a former editor at the Dane Pell-owned tabloid, the Daily Lark.",
        "Tovar Mills Inc hired Sarah Mitchell, a former editor at the Ivo Kask-run weekly, the Harbor Ledger.",
        "Tovar Mills Inc hired Sarah Mitchell, a producer at the Lena Voss-founded studio, the Pell Works.",
    ],
)
def test_a_descriptor_is_never_the_employer(nlp, text):
    """A lower-case descriptor ("the X-owned tabloid") the recognizer took for a facility names no employer."""
    assert all(not subject.lower().endswith(("tabloid", "weekly", "studio")) for subject, _, _ in roles_of(nlp, text))
