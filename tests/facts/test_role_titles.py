"""Roles: newsroom titles, former titles, and an analyst named through the employer's possessive.
Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2019, 8, 14)


def roles_of(nlp, text):
    return [(f.subject, f.predicate, f.object) for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "role"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            'Harbor Gazette Inc cut 50 jobs. "This is a sad day," Editor Mark Fenn wrote to the newsroom.',
            ("Harbor Gazette", "editor", "Mark Fenn"),
        ),
        (
            "Harbor Gazette Inc cut 50 jobs. Publisher Dana Rolf said the paper must shrink to survive.",
            ("Harbor Gazette", "publisher", "Dana Rolf"),
        ),
        (
            "Harbor Gazette Inc cut 50 jobs. Former publisher Ann Kolb and former editor Ray Dunn quit in 2004.",
            ("Harbor Gazette", "former editor", "Ray Dunn"),
        ),
    ],
)
def test_newsroom_and_former_titles_before_a_name(nlp, text, role):
    assert role in roles_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Pollard Inc shares fell. Another analyst, Hadley Securities' Omar Vance, called the price steep.",
            ("Hadley Securities", "analyst", "Omar Vance"),
        ),
        (
            "Pollard Inc shares fell. One senior analyst, Brixton Capital's Jo Marr, expects thinner margins.",
            ("Brixton Capital", "senior analyst", "Jo Marr"),
        ),
        (
            "A strategist, Quorra Bank's Lin Hale, told clients that Pollard Inc looked cheap.",
            ("Quorra Bank", "strategist", "Lin Hale"),
        ),
    ],
)
def test_a_role_noun_with_a_person_named_through_the_employer(nlp, text, role):
    assert role in roles_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Pollard Inc shares fell 3 percent, said analyst Todd Brin of Hallow Research.",
            ("Hallow Research", "analyst", "Todd Brin"),
        ),
        (
            "Pollard Inc shares slipped, economist Jo Park at Kestrel Bank said on Monday.",
            ("Kestrel Bank", "economist", "Jo Park"),
        ),
        (
            '"Guidance looks too rosy," said strategist Ines Moya from Tollard Partners, speaking of Pollard Inc.',
            ("Tollard Partners", "strategist", "Ines Moya"),
        ),
    ],
)
def test_a_title_before_the_name_belongs_to_the_organization_named_after_it(nlp, text, role):
    assert role in roles_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Traders said Pollard Inc might try to buy Dutch publisher Halden Verlag ( HAL.AS ).",
        "Pollard Inc is in talks with rival publisher Marbury Books about a merger.",
        "Pollard Inc said German publisher Kessler Haus would distribute its titles.",
    ],
)
def test_a_described_company_kind_before_a_name_is_no_title(nlp, text):
    assert [r for r in roles_of(nlp, text) if r[1] == "publisher"] == []


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Pollard Inc has named company veteran Tom Berg as its new president.", ("Pollard", "president", "Tom Berg")),
        (
            "Ostler Corp hired Mia Reyes as its new chief financial officer.",
            ("Ostler", "chief financial officer", "Mia Reyes"),
        ),
        ("Varden Bank Corp picked Lou Amari as the next chairman.", ("Varden Bank", "chairman", "Lou Amari")),
    ],
)
def test_a_new_or_next_post_after_as_is_the_title(nlp, text, role):
    assert role in roles_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            'Pollard Inc shares fell. "Margins will thin," Hadley Securities credit analyst Omar Vance said.',
            ("Hadley Securities", "credit analyst", "Omar Vance"),
        ),
        (
            "Pollard Inc rose after Brixton Capital senior bank economist Jo Marr raised her forecast.",
            ("Brixton Capital", "senior bank economist", "Jo Marr"),
        ),
        (
            "Quorra Partners equities strategist Lin Hale told clients on Monday that Pollard Inc looked cheap.",
            ("Quorra Partners", "equities strategist", "Lin Hale"),
        ),
    ],
)
def test_an_analysts_area_stands_between_the_firm_and_the_title(nlp, text, role):
    """ "<Firm> credit analyst <Name>": lower-case words of the analyst's field belong to the title, and the
    firm before them is still the employer."""
    assert role in roles_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ('Pollard Inc shares fell. "The price is steep," Varnholt analyst Omar Vance wrote in a note.', "Varnholt"),
        ('"Demand is soft," Quillmark economist Jo Marr said, after Pollard Inc cut its outlook.', "Quillmark"),
        ("The cut at Pollard Inc was overdue, Dresmund analyst Lin Hale said on Monday.", "Dresmund"),
    ],
)
def test_a_firm_before_an_analyst_title_whatever_its_tag(nlp, text, role):
    """An employer's one-word name before analyst, economist or strategist, which the tagger may read as an
    adjective, a common noun or a group of people, is the employer."""
    assert role in {subject for subject, _, _ in roles_of(nlp, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Pollard Inc shares fell. Independent analyst Omar Vance said the cut was overdue.",
        'Pollard Inc shares fell. "The price is steep," German economist Jo Marr said.',
        "Pollard Inc shares fell. Leading strategist Lin Hale said the cut was overdue.",
    ],
)
def test_no_firm_from_a_nationality_or_an_adjective_before_the_title(nlp, text):
    subjects = {subject for subject, _, _ in roles_of(nlp, text)}
    assert not subjects & {"Independent", "German", "Leading"}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            '"We want scale," said Tomas Greer, Pollard Inc\'s international operations chief, in Lisbon.',
            ("Pollard", "international operations chief", "Tomas Greer"),
        ),
        (
            "Susan Miller, Brixton Capital's acting chief executive, said the sale would close in June.",
            ("Brixton Capital", "acting chief executive", "Susan Miller"),
        ),
        (
            "Ratings may fall, said Owen Pike, Hadley Ratings' lead sovereign credit analyst, on Monday.",
            ("Hadley Ratings", "lead sovereign credit analyst", "Owen Pike"),
        ),
    ],
)
def test_describing_words_of_a_post_after_an_organizations_possessive(nlp, text, role):
    """ "<Name>, <Org>'s global sales chief": lower-case words before the title word belong to the post when
    the organization's possessive writes whose post it is."""
    assert role in roles_of(nlp, text)
