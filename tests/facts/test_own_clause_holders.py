"""A figure whose own clause names its holder is that holder's, even where the tagger did not read the name
there as an organization (discourse: `_stock_owner`, `_modifier_names`, the compared party, the possessor and
`_relative_antecedent`): the stock of a description set beside a name ("shares of its smaller rival X"), a
hyphenated name the parser split into modifiers ("X-Y shares"), a compared party the tagger left untagged, a
possessor written as a short name, "X, which said it ..." Precision probes: the story's main company keeps the
figures it holds although another organization stands in the clause (a customer, a rival compared with, an
adviser, analysts at a broker, a regulator that tells the company's figure, its stake in another company, a
unit whose figures are the parent's). Stories written for these tests, invented names."""

import pytest

from tests.facts.surface_facts import subject_of as story_subject

TITLE = "Calder Foods profit rises 8 percent"
LEAD = (
    "NEW YORK (Reuters) - Calder Foods Inc ( CLD.N ) said on Thursday its first-quarter profit rose 8 percent to "
    "$210 million as it raised prices. Calder shares rose 3.1 percent. "
)


def subject_of(nlp, body, surface):
    return story_subject(nlp, TITLE, LEAD + body, surface, "2012-05-03")


@pytest.mark.parametrize(
    ("body", "surface", "subject"),
    [
        # the stock of a description noun with a name set beside it
        (
            "The shares of Calder's nearest competitor Norvex Inc closed 3.15 percent weaker on Friday.",
            "3.15 percent",
            "Norvex",
        ),
        ("Shares of rival Brambly Inc were 4.4 percent lower in early trade.", "4.4 percent", "Brambly"),
        ("Shares in its peer Ostwick Co ( OWK.N ) gained 1.2 percent.", "1.2 percent", "Ostwick"),
        # a hyphenated name the parser split into modifiers of "shares"
        # (the pieces all read as adjectives: main gave these to the story's company)
        ("Pro-Lux shares were up 7.5 percent, their best day this year.", "7.5 percent", "Pro-Lux"),
        ("Pro-Mart shares were down 1.6 percent.", "1.6 percent", "Pro-Mart"),
        (
            "Shares of Calder's suppliers were mixed: Pro-Star shares were down 3.05 percent.",
            "3.05 percent",
            "Pro-Star",
        ),
        ("Shares of Calder's rivals slipped, and Marr-Epson shares lost 3.3 percent.", "3.3 percent", "Marr-Epson"),
        # "X, which said it ...": the organization the relative clause is on
        ("Tariffs also hurt Norvex Corp, which said last week that it would close 14 plants.", "14", "Norvex"),
        ("The news was worse for Brambly, which said it expects a charge of $40 million.", "$40 million", "Brambly"),
        ("Traders also watched Ostwick, which said it would sell 300 stores.", "300", "Ostwick"),
        ("Freedonia, which said it would trim its deficit to 3 percent, sold bonds.", "3 percent", "Freedonia"),
    ],
)
def test_the_holder_its_own_clause_names(nlp, body, surface, subject):
    assert subject_of(nlp, body, surface) == subject


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        ("Calder sells about 30 percent of its output to Ostwick Co, its largest customer.", "30 percent"),
        ("Revenue at Calder rose 5.5 percent, compared with 2 percent at Brambly Inc.", "5.5 percent"),
        ("Calder, advised by Brambly Securities, said it would sell $300 million of bonds.", "$300 million"),
        ("Analysts at Brambly Securities said Calder would earn $1.50 a share this year.", "$1.50"),
        ("Calder's 20 percent stake in Norvex Corp is worth about $90 million.", "20 percent"),
        ("Calder said its Ostwick unit increased sales by 9 percent.", "9 percent"),
        ("Calder, which bought Norvex Corp last year, said it would cut 450 jobs.", "450"),
        ("Shares of the company have gained 14 percent this year.", "14 percent"),
        # "X, which it said ...": the relative clause has its own teller, and a customer's share of the
        # company's output or sales is the company's figure
        ("Calder said Freedonia, which it said buys 12 percent of its output, raised import duties.", "12 percent"),
        (
            "Calder listed Ostwick Stores Inc, which it said accounts for 18 percent of its sales, "
            "as its top customer.",
            "18 percent",
        ),
        ("Calder warned about Freedonia, which it said buys 12 percent of its output.", "12 percent"),
        (
            "Calder said Tamsin Stores Inc, which the company said takes 22 percent of its output, cut orders.",
            "22 percent",
        ),
    ],
)
def test_the_main_company_keeps_its_own_figures_beside_another_organization(nlp, body, surface):
    assert subject_of(nlp, body, surface) == "Calder Foods"
