"""Person or organization, decided by the cues of all of a name's mentions (mentions/person_or_org.py): a post's
firm ("analyst at X", "X equities analyst"), a ticker after a possessive, shares of X; a post or person noun
before a name, a post with its firm after it. Sentences written for this test, with invented names."""

import pytest

from extractor.api import make_doc
from extractor.io.documents import document_from_text

LEAD = "ZURICH (Reuters) - Tarvik Freight said on Monday its orders slipped 4 percent in May.\n\n"


def labels(nlp, text):
    doc = nlp(make_doc(nlp, document_from_text(LEAD + text, doc_id="t")))
    return {e.name: e.label for e in doc._.entities}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The order book looked thin, said Ilse Marrow, an analyst at Walter Dunne in Basel.", "Walter Dunne"),
        ("Margins will recover, said Tom Brackley, an economist with Hollis Maitland in London.", "Hollis Maitland"),
        ("Harriet Lowe's ( HLW.N ) chief executive resigned on Friday.", "Harriet Lowe"),
        ("Truls Eide, a partner at Vinter Holm, said the claim would fail.", "Vinter Holm"),
        ("Ingvar Lykke, chief executive of Marka Rederi, will step down.", "Marka Rederi"),
    ],
)
def test_firm_cues_make_an_organization(nlp, text, name):
    assert labels(nlp, text).get(name) == "ORG"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The yard has enough work, spokeswoman Gunnhild Aas said.", "Gunnhild Aas"),
        ("Retail entrepreneur Sunniva Eklund paid 30 million crowns for the block.", "Sunniva Eklund"),
        ("The bakery's founder Hanne Rygg still chairs its board.", "Hanne Rygg"),
        ("Dorrit Haakonsen, chief economist at Selvik Bank, sees rates on hold.", "Dorrit Haakonsen"),
        ("She will vote against the chairman of the pay committee Lasse Wemmer in June.", "Lasse Wemmer"),
    ],
)
def test_person_cues_make_a_person(nlp, text, name):
    assert labels(nlp, text).get(name) == "PERSON"


# the recognizer reads a surname that is also a plural noun ("Banks") as a firm: the post before or after it
# makes the name a person's (these rows fail without the ORG -> PERSON half of settle_person_or_org)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Spokesman Sterling Banks said the talks had stalled.", "Sterling Banks"),
        ("The results were mixed, spokeswoman Carys Banks said.", "Carys Banks"),
        ("Orsolya Banks, head of research at Pellam Bank, expects a cut.", "Orsolya Banks"),
    ],
)
def test_person_cues_outvote_an_organization_reading(nlp, text, name):
    assert labels(nlp, text).get(name) == "PERSON"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The bid was backed by fund manager Aldous Peake Capital, which holds 7 percent.", "Aldous Peake Capital"),
        ("Its largest holder, asset manager Brenna Lusk Partners, voted for the merger.", "Brenna Lusk Partners"),
        ("Pension fund manager Ilsa Varn Investments opposed both nominees.", "Ilsa Varn Investments"),
    ],
)
def test_a_company_word_keeps_a_firm_after_a_post(nlp, text, name):
    """ "asset manager X Partners": the post before the name describes the firm, whose name ends in a company
    word; the recognizer reads these names as people's."""
    assert labels(nlp, text).get(name) == "ORG"


# "N-member" before a body's name is the body's size, not a member's title ("member" is a post since round 29);
# a member's title without the size still names a person
@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Delegates of the 14-member Corran Growers Association met in Oslo.", "Corran Growers Association", "ORG"),
        ("The nine-member Halvard Pension Council rejected the bid on Friday.", "Halvard Pension Council", "ORG"),
        ("Board member Ragnhild Sove said the bid was too low.", "Ragnhild Sove", "PERSON"),
    ],
)
def test_a_size_before_a_body_is_no_title(nlp, text, name, label):
    assert labels(nlp, text).get(name) == label
