"""A figure's clause subject written as a company's name that the tagger did not read as one (a name opening
with a digit read as a number or a noun, an unknown word read as an adjective) holds the figure, not the story's
company (`untagged_subjects`, the "untagged_subject" candidate). Sentences written for these tests, with
invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2019, 8, 14)


def subjects_of(nlp, text, predicate_word):
    facts = extract(text, published=PUBLISHED, nlp=nlp)
    return [f.subject for f in facts if f.kind in ("metric", "change") and predicate_word in f.predicate]


@pytest.mark.parametrize(
    ("text", "predicate_word", "holder"),
    [
        (
            "Ostrava Group will buy router maker 2Line for $2 billion. Ostrava expects 2Line to lift its sales. "
            "2Line has about 40 percent of its revenue from Asia.",
            "revenue",
            "2Line",
        ),
        (
            "Ostrava Group will buy chip designer 4Sight for $900 million. Analysts said 4Sight has a 5 percent "
            "share of the sensor market.",
            "market",
            "4Sight",
        ),
        (
            "Ostrava Group will buy router maker 8Wave, the companies said. 8Wave has about 30 percent of its "
            "revenue from Europe, analysts said.",
            "revenue",
            "8Wave",
        ),
        (
            "Ostrava Group said it would partner with the social site Zumble. The deal gives Ostrava access to "
            "Zumble users, a spokesman said. Zumble has 20 million active users, he said.",
            "users",
            "Zumble",
        ),
    ],
)
def test_an_untagged_company_subject_holds_its_figure(nlp, text, predicate_word, holder):
    assert holder in subjects_of(nlp, text, predicate_word)


@pytest.mark.parametrize(
    ("text", "predicate_word", "not_holder"),
    [
        (  # who forecasts is no holder
            "Ostrava Group reported quarterly results on Tuesday. Wall Street had expected revenue of $2 billion, "
            "and Wall Street analysts were pleased.",
            "revenue",
            "Wall Street",
        ),
        (  # a capitalised first word that the story never writes as a name
            "Ostrava Group said sales rose. Domestic accounted for 40 percent of revenue.",
            "revenue",
            "Domestic",
        ),
        (  # a person's surname, written after a title elsewhere
            "Ostrava Group named Chief Executive Dana Kell in May. Kell has a 5 percent stake in the company, "
            "Ostrava said.",
            "stake",
            "Kell",
        ),
        (  # a code word in capitals
            "Ostrava Group plans an IPO of its Quorvex unit. The IPO could raise $500 million, sources said.",
            "ipo",
            "IPO",
        ),
    ],
)
def test_no_untagged_holder_for_a_forecaster_a_common_word_a_person_or_a_code(nlp, text, predicate_word, not_holder):
    assert not_holder not in subjects_of(nlp, text, predicate_word)
