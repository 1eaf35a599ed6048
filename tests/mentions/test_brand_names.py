"""Names a story writes as brands (mentions/brand_names.py): read on the words around the name, never the story's
main company, never the target of the company's short form, and tied to their maker. Sentences written for these
tests, invented names."""

import pytest
from spacy.tokens import Span

from extractor.header import find_header
from extractor.mentions.brand_names import brand_frame, names_no_company
from extractor.mentions.entities import index_entities
from tests.facts.surface_facts import subject_of


def frame_of(nlp, sentence: str, name: str) -> str | None:
    """The frame noun of `name` in `sentence` (the span set by hand: the test does not hang on NER)."""
    doc = nlp(sentence)
    start = sentence.index(name)
    span = doc.char_span(start, start + len(name), label="ORG")
    assert isinstance(span, Span)
    noun = brand_frame(span)
    return noun.lower_ if noun is not None else None


@pytest.mark.parametrize(
    ("sentence", "name", "frame"),
    [
        ("The airline will fly the Pellow Air brand to three more cities.", "Pellow Air", "brand"),
        ("Buyers shunned the maker of Quorra Crisp and Delmont crackers after the recall.", "Delmont", "maker"),
        ("Volumes slipped at the brewer of Halvik Pale lager in the spring.", "Halvik Pale", "brewer"),
        ("Its labels, such as Brindle Reserve and Oster Gin, gained share.", "Oster Gin", "labels"),
        ("The retailer runs brands like Tamsin Home, Perrow and Kell Outdoor.", "Perrow", "brands"),
        ("Demand for the Arlo Fizz, Pondar and Wexley Cola brands held up.", "Pondar", "brands"),
        ("Analysts praised the manufacturer of the Venta Nine phone.", "Venta Nine", "manufacturer"),
    ],
)
def test_a_name_in_a_brand_frame_is_a_brand(nlp, sentence, name, frame):
    assert frame_of(nlp, sentence, name) == frame


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The majority owner of Varlow Motors said it would inject cash.", "Varlow Motors"),  # owner: a company
        ("The maker of Quillby said revenue fell.", "Quillby"),  # no product noun after the name
        ("Quillby, a maker of crackers, reported higher profit.", "Quillby"),  # the maker itself, no list
        ("Osgood, which makes Tennet crackers, lifted its outlook.", "Tennet"),  # a verb, not a maker noun
        ("The maker of the deal, Ramsay Group, declined to comment.", "Ramsay Group"),  # set beside, not listed
        ("Shares of Pellam Corp, like Harrow Mills, fell sharply.", "Harrow Mills"),  # "like" after no brand noun
        ("Brands grew, said Delia Marks, an analyst at Tavish Capital.", "Tavish Capital"),  # an employer
        ("Brindle is not the maker of Quillby crackers, its rival said.", "Quillby"),  # denied
        ("Brindle could become the maker of Quillby crackers next year.", "Quillby"),  # only supposed
    ],
)
def test_a_name_outside_a_brand_frame_is_no_brand(nlp, sentence, name):
    assert frame_of(nlp, sentence, name) is None


STORIES = [
    (
        "Marlow Confections sales climb",
        "CHICAGO (Reuters) - Marlow Confections Inc ( MRLW.N ) said on Monday quarterly sales climbed.\n\nDemand rose"
        " at the maker of Marlow Bites candy and Pemberton Mints, and Marlow raised its forecast. Marlow now expects"
        " sales of $2.1 billion this year.",
        "Marlow Confections",
        "Marlow",
    ),
    (
        "Tarvik Brewing profit drops",
        "NEW YORK (Reuters) - Tarvik Brewing Co ( TRVK.N ) posted a lower quarterly profit on Tuesday as drinkers cut"
        " back.\n\nShoppers resisted higher prices for the brewer of Tarvik Blonde and Osten Dark lagers. Tarvik's"
        " third-quarter net income dropped 12 percent to $41 million. Tarvik shares lost 3 percent.",
        "Tarvik Brewing",  # the headline opens with the name: canonical over the body's short form (names26)
        "Tarvik",
    ),
    (
        "Olvera Spirits posts loss",
        "LONDON (Reuters) - Olvera Spirits Plc ( OLV.L ) swung to a loss in its first half, it said on Wednesday."
        "\n\nThe distiller sells labels such as Olvera Reserve, Kestrel Rum and Dray Gin. Olvera said revenue slipped"
        " 5 percent to 800 million pounds, and Olvera expects margins to recover.",
        "Olvera Spirits",
        "Olvera",
    ),
]


def index(nlp, title: str, body: str):
    text = f" date 2013-03-05 {title}\n\n{body}"
    doc = nlp(text)
    header = find_header(text)
    return index_entities(doc, title=header.title, body_start=header.end)


@pytest.mark.parametrize(("title", "body", "company", "short"), STORIES)
def test_the_short_name_is_the_company_not_the_brand_that_shares_it(nlp, title, body, company, short):
    entities = index(nlp, title, body)
    assert entities.main_org is not None and entities.main_org.name == company
    assert short in entities.main_org.aliases


@pytest.mark.parametrize(
    ("title", "body", "surface", "company"),
    [
        (
            "Dunmore sales slow",
            "ZURICH (Reuters) - Dunmore Foods AG said on Tuesday its sales growth slowed in the third quarter.\n\n"
            "Organic growth at the maker of MaxiCrunch cereal bars and Velda sauces eased to 4.1 percent.",
            "4.1 percent",
            "Dunmore Foods",
        ),
        (
            "Brandt Toys profit falls",
            "NEW YORK (Reuters) - Brandt Toys Inc said on Tuesday its quarterly profit fell.\n\n"
            "For the manufacturer of RoboKid robots, net sales fell 6 percent to $1.2 billion.",
            "6 percent",
            "Brandt Toys",
        ),
        (
            "Orlan Foods sales rise",
            "NEW YORK (Reuters) - Orlan Foods Corp said on Tuesday its sales rose.\n\n"
            "Volume at the producer of SunHarvest cereal grew 2.5 percent in the quarter.",
            "2.5 percent",
            "Orlan Foods",
        ),
        (  # a brand that carries its maker's name is the maker's own, though written outside the frame too
            "Kestle Brands sales rise",
            "CHICAGO (Reuters) - Kestle Brands Inc said on Monday its quarterly sales rose 3 percent.\n\n"
            "Kestle, the maker of Kestle Gold crackers, said Kestle Gold sales rose 8 percent.",
            "8 percent",
            "Kestle Brands",
        ),
    ],
)
def test_a_figure_of_the_maker_of_a_brand_is_the_makers(nlp, title, body, surface, company):
    assert subject_of(nlp, title, body, surface, "2013-03-05") == company


@pytest.mark.parametrize(
    ("title", "body", "surface", "holder"),
    [
        (  # the maker set beside another company: that company's brand, not the story's company's
            "Osgood profit rises",
            "(Reuters) - Osgood Holdings Inc said on Monday its quarterly profit rose 5 percent.\n\n"
            "Rival Pellam Corp, the maker of Zesto crackers, said Zesto sales fell 3 percent in the quarter.",
            "3 percent",
            "Pellam",
        ),
        (  # a company's own name before "brand": still the company
            "Tamsin Telecom plans expansion",
            "LONDON (Reuters) - Tamsin Telecom plans to take the Tamsin Telecom brand into four more countries next"
            " year, a newspaper said.\n\nTamsin Telecom, owned by the Orrin Group, said revenue rose 9 percent in"
            " the first half.",
            "9 percent",
            "Tamsin Telecom",
        ),
        (
            "Pellow Air adds routes",
            "LONDON (Reuters) - Pellow Air said on Monday it would fly the Pellow Air brand to three more cities.\n\n"
            "Pellow Air said passenger numbers rose 6 percent in May.",
            "6 percent",
            "Pellow Air",
        ),
        (  # the maker's own name in its list, written alone elsewhere: still the company
            "Tarvik profit falls",
            "AMSTERDAM (Reuters) - Tarvik, the brewer of Tarvik lager and Osten ale, said on Tuesday its quarterly"
            " profit fell 5 percent.\n\nRival Pellam Breweries said its own profit rose 2 percent. Tarvik said"
            " volumes slipped 3 percent.",
            "3 percent",
            "Tarvik",
        ),
        (  # denied: the brand's figure stays where it was
            "Brindle sales rise",
            "NEW YORK (Reuters) - Brindle Foods Inc said on Tuesday its sales rose.\n\nBrindle is not the maker of"
            " Quillby crackers, and Quillby's sales fell 6 percent, the company said.",
            "6 percent",
            "Quillby",
        ),
        (  # "a maker of" with no name listed: the company itself
            "Osgood profit rises",
            "(Reuters) - Osgood Holdings Inc said on Monday its quarterly profit rose 5 percent.\n\n"
            "Quillby, a maker of crackers, said its profit rose 4 percent.",
            "4 percent",
            "Quillby",
        ),
    ],
)
def test_a_maker_noun_that_lists_no_brand_of_the_story_company_changes_nothing(nlp, title, body, surface, holder):
    assert subject_of(nlp, title, body, surface, "2013-03-05") == holder


@pytest.mark.parametrize(
    ("sentence", "name", "no_company"),
    [
        ("The airline will fly the Pellow Air brand to three more cities.", "Pellow Air", False),  # its own name
        ("Demand for the Arlo Fizz and Wexley Cola brands held up.", "Wexley Cola", True),  # several names
        ("Buyers shunned the maker of Delmont crackers after the recall.", "Delmont", True),  # a maker's list
        ("Its labels, such as Oster Gin, gained share.", "Oster Gin", True),  # a "such as" list
    ],
)
def test_only_a_list_or_a_maker_says_the_name_is_no_company(nlp, sentence, name, no_company):
    doc = nlp(sentence)
    start = sentence.index(name)
    assert names_no_company(doc.char_span(start, start + len(name), label="ORG")) is no_company


@pytest.mark.parametrize(
    ("title", "body", "surface", "holder"),
    [
        (  # an agency's clients called "brands such as": the client speaks for its own figures
            "Thorne Digital sales climb",
            "NEW YORK (Reuters) - Thorne Digital reported on Wednesday that first-quarter sales climbed 4 percent.\n\n"
            "Its customers are mostly big consumer brands such as Delvin Foods and Marrick. Delvin Foods said on"
            " Thursday its annual revenue grew 7 percent.",
            "7 percent",
            "Delvin Foods",
        ),
        (  # record companies called "labels such as", with no owner written: rivals, not the story's units
            "Ashcombe Music profit dips",
            "LONDON (Reuters) - Ashcombe Music Group posted a 2 percent drop in annual profit on Friday.\n\n"
            "It faces rivals among smaller labels such as Brightwater Records and Tolland Audio. Brightwater Records"
            " said its profit slipped 9 percent last year.",
            "9 percent",
            "Brightwater Records",
        ),
        (  # a contract maker of a client's handsets: the client reports its own sales
            "Garrow Components sales rise",
            "SEOUL (Reuters) - Garrow Components said quarterly sales rose 6 percent on Wednesday.\n\n"
            "Garrow is the biggest maker of Lindell handsets under contract. Lindell said in April that its handset"
            " sales slid 11 percent.",
            "11 percent",
            "Lindell",
        ),
        (  # a brand the story also writes speaking: a company of its own
            "Amberly Group profit up",
            "PARIS (Reuters) - Amberly Group said on Monday that quarterly profit rose 2 percent.\n\n"
            "The group will sell the Fenwick brand to a rival next year. Fenwick said its sales rose 5 percent in the"
            " quarter.",
            "5 percent",
            "Fenwick",
        ),
        (  # "brands like" with no owner written: the advertisers' own spending
            "Lindquist Media ad revenue falls",
            "NEW YORK (Reuters) - Lindquist Media said on Friday that ad revenue fell 1 percent.\n\n"
            "Big brands like Ferro and Lumo cut their budgets. Ferro's ad spending fell 10 percent in the quarter.",
            "10 percent",
            "Ferro",
        ),
        (  # a brand noun beside the name, the brand acting but never speaking: still the carmaker's
            "Valden Motors swings to loss",
            "FRANKFURT (Reuters) - Valden Motors swung to a loss in the fourth quarter, it said on Thursday.\n\n"
            "Stocks of unsold cars rose at the Sorrel brand. Valden said sales at Sorrel fell 4 percent in the year."
            " Sorrel benefited from cheap lease offers in Europe.",
            "4 percent",
            "Valden Motors",
        ),
        (  # a maker's client written outside the frame ("Pico's tablet sales"): the client's own figure
            "Tarn Electronics revenue rises",
            "TAIPEI (Reuters) - Tarn Electronics Co said on Monday its March revenue rose 4 percent.\n\n"
            "Tarn, the largest maker of Pico tablets, relies heavily on that customer. Pico's tablet sales grew 12"
            " percent in the quarter.",
            "12 percent",
            "Pico",
        ),
        (  # the client's shares, the maker's frame in another sentence
            "Holm Devices profit falls",
            "SEOUL (Reuters) - Holm Devices Inc said on Thursday its quarterly profit fell 6 percent.\n\n"
            "Holm is the main producer of Vexa handsets. Shares of Vexa dropped 3 percent on Friday after a weak"
            " outlook.",
            "3 percent",
            "Vexa",
        ),
        (  # a brand noun with its owner written ("the Nimbus brand of Halvard Inc"): the rival's, not the subject's
            "Corvin Apparel sales slip",
            "NEW YORK (Reuters) - Corvin Apparel Inc said on Monday its quarterly sales slipped 2 percent.\n\n"
            "Corvin trails the Nimbus brand of Halvard Inc in the market. Nimbus revenue rose 7 percent.",
            "7 percent",
            "Halvard",
        ),
    ],
)
def test_a_name_that_speaks_or_has_no_written_owner_keeps_its_own_figures(nlp, title, body, surface, holder):
    assert subject_of(nlp, title, body, surface, "2013-03-05") == holder


@pytest.mark.parametrize(
    ("title", "body", "short", "kept_apart"),
    [
        (  # the longer body name is the carmaker's lending arm: "Pardo" stays the parent
            "Pardo Motors sales rise",
            "DETROIT (Reuters) - Pardo said on Tuesday its U.S. sales rose 9 percent in April.\n\nPardo Motors Credit,"
            " the carmaker's lending arm, said loan volume fell 2 percent. Pardo shares rose 3 percent.",
            "Pardo",
            True,
        ),
        (  # no unit: the short form joins the full name of the body
            "Rival buys Corlan XM bonds",
            "(Reuters) - Halvard Capital has bought bonds of Corlan XM Broadcast Inc ( CXM.O ), a newspaper said.\n\n"
            "Corlan has $200 million of notes due in March, and Corlan said it could repay them.",
            "Corlan",
            False,
        ),
        (
            "Investor eyes Tamber Net stake",
            "(Reuters) - Brisco Partners is building a stake in Tamber Net Services Corp, people familiar with the"
            " matter said.\n\nTamber would not comment, and Tamber stock gained 4 percent on Monday.",
            "Tamber",
            False,
        ),
    ],
)
def test_a_short_form_keeps_apart_from_a_longer_name_written_as_a_unit(nlp, title, body, short, kept_apart):
    names = {c.name for c in index(nlp, title, body).clusters if c.label == "ORG"}
    assert (short in names) is kept_apart
