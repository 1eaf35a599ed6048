"""A description names a kind of body (facts/anaphor_kinds.py): "the central bank" in a company's story stands
for the central bank named before it, and "the company" or "the Ohio-based firm" in a story led by a regulator,
a legislature or a central bank stands for the business named before it, never for the body the story is
about. Where the main organization is of the described kind, the old reading (the main organization) stands.
Stories written for these tests, invented names."""

import pytest

from tests.facts.surface_facts import subject_of as story_subject


def subject_of(nlp, title, body, surface):
    return story_subject(nlp, title, body, surface, "2012-05-14")


@pytest.mark.parametrize(
    ("title", "body", "surface", "subject"),
    [
        (
            "Regulators say Tarvik collapse exposed gaps",
            "WASHINGTON (Reuters) - The collapse of broker Tarvik Securities exposed weak oversight, regulators said "
            "on Thursday. The rescue, led by the Federal Reserve with the Treasury Department, drew criticism in "
            "Congress. The central bank agreed to lend $12 billion to back Tarvik assets.",
            "$12 billion",
            "Federal Reserve",
        ),
        (
            "Pellow Foods sales slow as rates bite",
            "(Reuters) - Pellow Foods said on Monday its sales fell 8 percent. Analysts said the Bank of England's "
            "rate rise had hurt shoppers. The central bank has also bought 200 billion pounds of bonds since March.",
            "200 billion pounds",
            "Bank of England",
        ),
        (
            "Dunmore Mining shares slide",
            "(Reuters) - Shares in Dunmore Mining fell on Tuesday after the Bank of Japan held its policy steady. "
            "Traders had expected more. The U.S.-listed miner's peers also fell, and the Japanese central bank "
            "later bought 3 trillion yen of bonds.",
            "3 trillion yen",
            "Bank of Japan",
        ),
    ],
)
def test_the_central_bank_in_a_companys_story_is_the_central_bank_named_before(nlp, title, body, surface, subject):
    assert subject_of(nlp, title, body, surface) == subject


@pytest.mark.parametrize(
    ("title", "body", "surface", "subject"),
    [
        (
            "Trade commission fines parts supplier",
            "(Reuters) - The Federal Trade Commission on Monday fined Orrin Parts Inc $2 million for misleading "
            "buyers. The company earned $310 million in 2011.",
            "$310 million",
            "Orrin Parts",
        ),
        (
            "Senators press refiners over tax breaks",
            "WASHINGTON (Reuters) - The Senate Energy Committee on Tuesday questioned oil executives about tax "
            "breaks. Senator Ann Lowe pressed a Brandvik Oil vice president on why the largest U.S. refiner paid "
            "only $2 billion in tax last year.",
            "$2 billion",
            "Brandvik Oil",
        ),
        (
            "Markets authority probes trading firm",
            "(Reuters) - The Financial Markets Authority said on Friday it had opened an inquiry into trading at "
            "Selwick Capital. Selwick's chief said it would cooperate. The London-based firm manages about "
            "$4 billion.",
            "$4 billion",
            "Selwick Capital",
        ),
    ],
)
def test_a_business_description_in_a_public_bodys_story_is_the_business_named_before(
    nlp, title, body, surface, subject
):
    assert subject_of(nlp, title, body, surface) == subject


@pytest.mark.parametrize(
    ("title", "body", "surface", "subject"),
    [
        (  # the central bank leads: the description is its own
            "Norland central bank holds rates",
            "(Reuters) - The Bank of Norland kept its main rate at 2 percent on Thursday, a week after the Federal "
            "Reserve held its own. The central bank said it would buy 40 billion crowns of bonds.",
            "40 billion crowns",
            "Bank of Norland",
        ),
        (  # a company leads: "the company" stays the company though a central bank is named before
            "Halvard profit rises",
            "(Reuters) - Halvard Corp said on Monday its quarterly profit rose 12 percent, helped by the Federal "
            "Reserve's low rates. The company said revenue climbed to $4.1 billion.",
            "$4.1 billion",
            "Halvard",
        ),
        (  # a bank leads: "the bank" is its own, though a central bank is named before
            "Kestrel Bank lending climbs",
            "(Reuters) - Kestrel Bank said on Tuesday its lending grew after the Federal Reserve cut rates. The bank "
            "said its loans rose to $40 billion in the quarter.",
            "$40 billion",
            "Kestrel Bank",
        ),
    ],
)
def test_a_description_that_fits_the_main_organization_keeps_it(nlp, title, body, surface, subject):
    assert subject_of(nlp, title, body, surface) == subject


@pytest.mark.parametrize(
    ("title", "body", "surface", "subject"),
    [
        (
            "Trade commission clears lender merger",
            "(Reuters) - The Federal Trade Commission on Monday cleared the merger of Kestrel Bank and a rival "
            "lender. The bank had deposits of $80 billion at the end of June.",
            "$80 billion",
            "Kestrel Bank",
        ),
        (  # through "its": the clause's subject is the description
            "Commission weighs rescue fund",
            "(Reuters) - The European Commission said on Tuesday it would discuss a rescue fund. The Halden "
            "Central Bank's governor told reporters rates would stay low. The bank kept its main rate unchanged at "
            "1.5 percent on Thursday.",
            "1.5 percent",
            "Halden Central Bank",
        ),
        (
            "Senate panel questions lender over fees",
            "WASHINGTON (Reuters) - The Senate Banking Committee on Wednesday questioned executives of Dorrit "
            "Bank over overdraft fees. The bank collected about $1.2 billion in such fees last year.",
            "$1.2 billion",
            "Dorrit Bank",
        ),
    ],
)
def test_the_bank_in_a_public_bodys_story_is_the_bank_named_before(nlp, title, body, surface, subject):
    assert subject_of(nlp, title, body, surface) == subject
