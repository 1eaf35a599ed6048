"""An organization's "'s" whose noun the text leaves out ("Kestrel's shares rose 5 percent while Dunmore's rose
6 percent") is a possessive, not part of the name, when the story writes the name elsewhere without it
("Dunmore said"): the figures and the entity take the bare name (mentions/name_bounds.name_ends_in_s). A name
written with its "'s" every time (a store, a founder's firm) keeps it. Sentences written for these tests, with
invented names."""

import pytest

from tests.facts import surface_facts

PUBLISHED = "2015-04-21"


def subjects_of(nlp, text, surface):
    return surface_facts.subjects_of(nlp, text, surface, title="Oil firms report", published=PUBLISHED)


def entity_names(nlp, text):
    from extractor.api import extract_documents
    from extractor.io.documents import document_from_text

    document = document_from_text(f" date {PUBLISHED} Oil firms report\n\n" + text, doc_id="t")
    return {e.name for e in next(extract_documents([document], nlp=nlp)).entities}


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (
            "LONDON (Reuters) - Pellham Oil and Dunmore Energy both beat forecasts on Tuesday. Dunmore Energy said "
            "output held steady. Pellham Oil's shares gained 2.4 percent, while Dunmore Energy's slipped 0.8 percent.",
            "0.8 percent",
            "Dunmore Energy",
        ),
        (
            "Kelmont Brewing said volumes grew in the quarter. Kelmont Brewing's gained 5 percent, outpacing a "
            "2 percent rise in the sector.",
            "5 percent",
            "Kelmont Brewing",
        ),
        (
            "Ashby Chemicals missed estimates on Monday. Ashby Chemicals's fell 7 percent to 31.20 euros, its "
            "lowest in a year.",
            "31.20 euros",
            "Ashby Chemicals",
        ),
    ],
)
def test_an_elided_possessive_takes_the_bare_name(nlp, text, surface, subject):
    assert subjects_of(nlp, text, surface) == {subject}


def test_the_entity_is_the_bare_name(nlp):
    text = (
        "LONDON (Reuters) - Pellham Oil and Dunmore Energy both beat forecasts on Tuesday. Dunmore Energy said "
        "output held steady. Pellham Oil's shares gained 2.4 percent, while Dunmore Energy's slipped 0.8 percent."
    )
    names = entity_names(nlp, text)
    assert "Dunmore Energy" in names and "Dunmore Energy's" not in names


def test_a_name_written_with_its_s_every_time_keeps_it(nlp):
    text = (
        "NEW YORK (Reuters) - Department store chain Tollander's said on Thursday it would close 14 stores. "
        "Tollander's also cut its forecast."
    )
    assert subjects_of(nlp, text, "14") == {"Tollander's"}
