"""A company named in full once and by a shorter form of its name afterwards takes the short form the story uses as
its canonical name (FACTS.md: short canonical names); where the body never shortens it, shortens it only once, or
the short form is another company's own name, the full name without its suffix stays. Stories written for this
test, with invented names."""

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
            "DETROIT (Reuters) - Carrowby Motor Co said on Thursday it would build a second plant in Ohio. "
            "Carrowby expects the plant to employ 2,000 people by 2015, and Carrowby shares rose 3 percent.",
            "Carrowby",
            "Carrowby Motor",
        ),
        (
            "HOUSTON (Reuters) - Pellworth Air Lines Inc cut 600 jobs on Monday. The cuts follow a weak summer for "
            "Pellworth, whose fuel bill rose by a third. Pellworth said it would also retire 20 older jets.",
            "Pellworth",
            "Pellworth Air Lines",
        ),
        (
            "CHICAGO (Reuters) - Corvel Foods Co reported lower quarterly profit as shoppers bought cheaper "
            "brands. Corvel said sales fell 4 percent. Analysts had expected Corvel to hold its forecast.",
            "Corvel",
            "Corvel Foods",
        ),
    ],
)
def test_short_form_written_after_the_full_name_is_canonical(nlp, text, expected, absent):
    found = org_names(nlp, text)
    assert expected in found
    assert absent not in found


# near misses: the full name without its suffix stays canonical
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (  # the body never shortens the name
            "ZURICH (Reuters) - Ostrava Vending Systems AG won a contract worth 40 million francs. Ostrava Vending "
            "Systems said deliveries start in May.",
            "Ostrava Vending Systems",
            "Ostrava",
        ),
        (  # shortened once only, the full name written twice: not the form the story uses
            "SYDNEY (Reuters) - Corvel Mining Ltd raised its copper output target on Wednesday. Corvel said the new "
            "mine would open in June, and Corvel Mining's shares gained 2 percent.",
            "Corvel Mining",
            "Corvel",
        ),
        (  # "Royal Bank" of "Royal Bank of Corvel" stops before "of": a fragment, not the name
            "LONDON (Reuters) - Royal Bank of Corvel Plc posted a loss of 80 million pounds on Friday. Royal Bank "
            "blamed bad loans, and Royal Bank said more provisions would follow.",
            "Royal Bank of Corvel",
            "Royal Bank",
        ),
        (  # "Corvel Co" is the parent's own legal name: "Corvel" is another company, not a short form
            "ATLANTA (Reuters) - Corvel Enterprises Inc, the largest bottler of Corvel Co drinks, said profit rose 5 "
            "percent. Corvel owns a third of the bottler, and Corvel shares were flat.",
            "Corvel Enterprises",
            "Corvel",
        ),
        (  # the short form is a nationality, a word for the place: the full name stays
            "DUBLIN (Reuters) - Irish Airlines Ltd carried 8 percent more passengers in May. Irish said fares held "
            "up, and Irish expects a busy summer.",
            "Irish Airlines",
            "Irish",
        ),
        (  # "Harlan" after "Ned" is a person's surname, the first name opening a sentence: one short form only
            "Harlan Foods rejected a takeover offer on Friday. Ned Harlan, a baker, started the company. Harlan "
            "holds 15 percent of Pine Mills, it said.",
            "Harlan Foods",
            "Harlan",
        ),
    ],
)
def test_full_name_kept_where_the_story_does_not_shorten_it(nlp, text, expected, absent):
    found = org_names(nlp, text)
    assert expected in found
    assert absent not in found


# the short form is also the surname of a person in the story: written alone it may mean the person, so the full
# name stays (a company named after its founder, chief executive or chairman)
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (  # founder, then his surname alone with an age and "said he"
            "OMAHA (Reuters) - Pettigrew Seeds Inc agreed to sell its corn unit for $90 million. The deal was "
            "backed by founder Ada Pettigrew's family. Pettigrew, 74, keeps a stake, and Pettigrew said she "
            "would stay on the board.",
            "Pettigrew Seeds",
            "Pettigrew",
        ),
        (  # chief executive bearing the family name, then the surname alone twice
            "MILAN (Reuters) - Ferraro Textiles SpA lifted its dividend on Monday. Chief Executive Luca Ferraro "
            "expects exports to grow. Ferraro owns 40 percent of the shares, and Ferraro told analysts margins "
            "would widen.",
            "Ferraro Textiles",
            "Ferraro",
        ),
        (  # chairman, the surname alone in a quote and as a holder of shares
            'TORONTO (Reuters) - Lindqvist Shipping Ltd posted a wider loss for the year. "We ordered too many '
            'ships," Chairman Oskar Lindqvist said. Lindqvist and his brother hold half the company, and '
            "Lindqvist declined to comment on a sale.",
            "Lindqvist Shipping",
            "Lindqvist",
        ),
    ],
)
def test_short_form_that_is_a_persons_surname_does_not_count(nlp, text, expected, absent):
    found = org_names(nlp, text)
    assert expected in found
    assert absent not in found


def test_all_capitals_heading_run_into_the_name_is_no_person(nlp):
    """A story opening with a heading in capitals ("RESTRUCTURING Carrowby ...") may be tagged as a person; that is
    no person's surname, so the story's short form still names the company."""
    text = (
        "RESTRUCTURING Carrowby Motor Co said on Thursday it would close two plants in Ohio. Carrowby expects to "
        "save $300 million a year, and Carrowby shares rose 3 percent."
    )
    assert "Carrowby" in org_names(nlp, text)
