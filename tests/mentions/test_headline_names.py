"""The name a headline gives a company, when it is two or more words long and is the full name or a word prefix of
it that leaves off only words of business, is the canonical name (the readable gold names such a company as its
headline does; the body's shorter form is an alias). A headline of one word, a cut of other words, a fragment
before "of" or "&", or a form another company's name also begins leaves the choice to the body
(test_short_canonical_names.py). Stories written for this test, with invented names; the first line is the header
with the headline."""

import pytest

from extractor.api import make_doc
from extractor.io.documents import document_from_text


def org_names(nlp, text):
    doc = nlp(make_doc(nlp, document_from_text(text, doc_id="t")))
    return {e.name for e in doc._.entities if e.label == "ORG"}


def story(headline, body):
    return f" date 2011-05-03 {headline}\n\n{body}"


@pytest.mark.parametrize(
    ("headline", "body", "expected", "absent"),
    [
        (  # the headline leaves off a word of reach and the legal form; the body shortens it to one word
            "Tarvik Home Goods quarterly profit jumps",
            "OSLO (Reuters) - Tarvik Home Goods International ASA said on Tuesday its profit rose 12 percent. "
            "Tarvik said demand for kitchenware held up, and Tarvik expects a busy autumn.",
            "Tarvik Home Goods",
            "Tarvik Home Goods International",
        ),
        (  # the headline writes the full name; the body's "Dunmere" leaves off a word of business
            "Dunmere Mining cuts copper output goal",
            "PERTH (Reuters) - Dunmere Mining Ltd lowered its copper target for the year on Wednesday. Dunmere "
            "blamed floods at two pits, and Dunmere said it would ship 8 percent less ore.",
            "Dunmere Mining",
            "Dunmere",
        ),
        (  # after a wire tag: a two-word form of a four-word name, in a headline about a deal
            "UPDATE 2-Quillon Brewers to buy Danish rival",
            "LONDON (Reuters) - Quillon Brewers International Holdings Plc agreed to pay 300 million pounds for a "
            "Danish brewer. Quillon will fund the purchase with debt, Quillon's finance chief told reporters.",
            "Quillon Brewers",
            "Quillon Brewers International",
        ),
    ],
)
def test_headline_form_of_two_or_more_words_is_canonical(nlp, headline, body, expected, absent):
    found = org_names(nlp, story(headline, body))
    assert expected in found
    assert absent not in found


# near misses: the headline's writing is not taken
@pytest.mark.parametrize(
    ("headline", "body", "expected", "absent"),
    [
        (  # one word in the headline: the proper name's half is no name of its own
            "Halden warns on costs",
            "STOCKHOLM (Reuters) - Halden Vess AB said on Monday higher steel prices would cut its margin. Halden "
            "Vess shares fell 4 percent.",
            "Halden Vess",
            "Halden",
        ),
        (  # "Royal Bank" stops before "of": a fragment of the name
            "Royal Bank to shed 900 jobs",
            "EDINBURGH (Reuters) - Royal Bank of Corvel Plc will cut 900 jobs in its branches. Royal Bank of Corvel "
            "said the cuts would save 60 million pounds a year.",
            "Royal Bank of Corvel",
            "Royal Bank",
        ),
        (  # the headline leaves off a word that is no word of business: a name's own part
            "Halden Ports wins Red Sea terminal deal",
            "DUBAI (Reuters) - Halden Ports World said on Sunday it won a 30-year contract to run a container "
            "terminal. Halden Ports World will invest $400 million in the site.",
            "Halden Ports World",
            "Halden Ports",
        ),
        (  # a city's department: the headline's city is no short form of it
            "Tarnwell City cuts budget again",
            "LOS ANGELES (Reuters) - The Tarnwell City Police Department will lose 40 officers under a budget the "
            "council passed on Tuesday. The Tarnwell City Police Department said response times would suffer.",
            "Tarnwell City Police Department",
            "Tarnwell City",
        ),
        (  # named later in the headline, as a deal's target: the body's name stays
            "Orrin to buy clinic operator Vessel Care Health",
            "CHICAGO (Reuters) - Orrin Drug Stores Inc agreed to buy Vessel Care Health Systems Inc for an "
            "undisclosed sum. Vessel Care runs 60 clinics, and Vessel Care will keep its brand.",
            "Vessel Care Health Systems",
            "Vessel Care Health",
        ),
        (  # a line of business left off: the shorter form may be the parent, so the body's name stays
            "Corran Shipping profit rises on premiums",
            "OSLO (Reuters) - Corran Shipping Insurance Co said its profit rose 6 percent. Corran Shipping Insurance "
            "plans to write more cargo policies.",
            "Corran Shipping Insurance",
            "Corran Shipping",
        ),
        (  # a partnership's word is no legal form: the body's name stays
            "Millbeck Gas not for sale, chairman says",
            "TULSA (Reuters) - Millbeck Gas Partners LP will stay independent, its chairman said. Millbeck Gas "
            "Partners earned $90 million in the quarter.",
            "Millbeck Gas Partners",
            "Millbeck Gas",
        ),
        (  # the headline writes the shorter form with "'s": the parent, whose listed arm the story is about
            "Pelham Steel's tube maker returns to profit",
            "LONDON (Reuters) - Pelham Steel Global Ltd posted a first-half profit of 40 million pounds. Pelham Steel "
            "Global expects orders to stay firm.",
            "Pelham Steel Global",
            "Pelham Steel",
        ),
        (  # a unit word after the headline's form: the parent's name, not the unit's
            "Marrow Cement arm to cut 300 jobs",
            "MADRID (Reuters) - Marrow Cement International SA will cut 300 jobs at two kilns, it said on Monday. "
            "Marrow Cement International blamed weak building demand.",
            "Marrow Cement International",
            "Marrow Cement",
        ),
        (  # the body names an owner by the headline's form: a company of its own
            "Ludgate Freight sees slower cargo growth",
            "HONG KONG (Reuters) - Ludgate Freight Worldwide Ltd expects volumes to grow 2 percent this year. The "
            "carrier, half owned by Ludgate Freight, will add ten ships.",
            "Ludgate Freight Worldwide",
            "Ludgate Freight",
        ),
        (  # the body writes the headline's form with a legal suffix of its own: the parent company
            "Fenwick Tools trims forecast",
            "BOSTON (Reuters) - Fenwick Tools Global Inc lowered its sales forecast by 5 percent. Its parent, Fenwick "
            "Tools Corp, said it would not sell the stake.",
            "Fenwick Tools Global",
            "Fenwick Tools",
        ),
        (  # the words before "&" of a partnership's name are a fragment of it
            "Pell Hardy plans bond sale",
            "NEW YORK (Reuters) - Pell Hardy & Sons Inc plans to sell $200 million of bonds, the toolmaker said on "
            "Tuesday. Pell Hardy & Sons will use the money to repay loans.",
            "Pell Hardy & Sons",
            "Pell Hardy",
        ),
    ],
)
def test_headline_form_not_taken(nlp, headline, body, expected, absent):
    found = org_names(nlp, story(headline, body))
    assert expected in found
    assert absent not in found


def test_headline_form_that_two_companies_begin_with_renames_neither(nlp):
    """A parent's units with names of one stem: the headline's stem names neither of them."""
    text = story(
        "Brell Capital units to merge",
        "NEW YORK (Reuters) - Brell Capital Advisers LLC and Brell Capital Lending Corp will combine next year, the "
        "firms said. Brell Capital Advisers manages $4 billion, and Brell Capital Lending has 30 branches.",
    )
    found = org_names(nlp, text)
    assert {"Brell Capital Advisers", "Brell Capital Lending"} <= found


def test_headline_only_name_does_not_keep_the_body_short_form_apart(nlp):
    """The headline's "Norvale Foods" and the body's "Norvale Foods International Corp" both begin with "Norvale": the
    headline-only name is no second company, so the body's "Norvale" joins the company and no "Norvale" entity of
    its own is left."""
    text = story(
        "Norvale Foods profit falls as grain costs bite",
        "CHICAGO (Reuters) - Norvale Foods International Corp posted lower quarterly profit on Thursday. Norvale said "
        "wheat prices rose 20 percent, and Norvale cut its forecast for the year.",
    )
    found = org_names(nlp, text)
    assert "Norvale Foods" in found
    assert "Norvale" not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "(Reuters) - Shares of Kestrel Home Retail Group Inc KHR.O rose 3 percent after the furniture chain "
            "raised its forecast.",
            "Kestrel Home Retail Group",
        ),
        (
            "(Reuters) - Analysts expect Harwell Casual Wear Group Inc HCWG.O to report a loss on Thursday.",
            "Harwell Casual Wear Group",
        ),
        ("(Reuters) - Brimley Plain Retail Co BPRC.O cut its dividend by half on Monday.", "Brimley Plain Retail"),
    ],
)
def test_unbracketed_ticker_ends_the_name(nlp, text, expected):
    """ "Norvale Foods Inc NVF.N said", where NER tags none of it: a ticker written without brackets after the name
    is no part of it, so the run of capitalised words ends at the legal suffix and names the company."""
    assert expected in org_names(nlp, text)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            "(Reuters) - Bids came from Halvard Inc ( HLV.N ) and from Penrose Glass and Ceramics Co PGC.PA, the "
            "seller said.",
            "Ceramics",
        ),
        (
            "(Reuters) - Investors sold Ardley Rail and Marine Co ARM.PA after the order was cancelled.",
            "Marine",
        ),
        ("(Reuters) - The contract went to Selby Wire and Cable Co SWC.N rather than to its larger rival.", "Cable"),
    ],
)
def test_unbracketed_ticker_after_a_linked_tail_makes_no_fragment(nlp, text, fragment):
    """The words after "and" before an unbracketed ticker are the tail of a longer name NER cut: no name of their
    own."""
    assert fragment not in org_names(nlp, text)


# A headline's form that leaves off a line of business ("Brewing", "Retail", "Financial") is the story's name where
# the body writes the long form only as the registered name: each writing followed by a legal form or a ticker.
@pytest.mark.parametrize(
    ("headline", "body", "expected", "absent"),
    [
        (  # a ticker in brackets after the legal form; the body then says "the brewer"
            "Garnet Hollow profit slips on costs",
            "DENVER (Reuters) - Garnet Hollow Brewing Co ( GHB.N ) said on Thursday its quarterly profit fell 8 "
            "percent. The brewer expects beer volumes to recover next year.",
            "Garnet Hollow",
            "Garnet Hollow Brewing",
        ),
        (  # a line of business and a group word left off, after a wire tag
            "UPDATE 1-Pemberly Stone sales beat forecasts",
            "LONDON (Reuters) - Pemberly Stone Retail Group Plc posted a 5 percent rise in sales on Tuesday. The "
            "chain said shoppers came back in December and it would open 12 outlets.",
            "Pemberly Stone",
            "Pemberly Stone Retail Group",
        ),
        (  # a comma before the legal form; the body's one-word short form is written once only
            "Tolland Marsh swings to loss as bad loans mount",
            "BOSTON (Reuters) - Tolland Marsh Financial, Inc. reported a quarterly net loss of $40 million on "
            "Friday. Tolland said loan losses doubled from a year earlier.",
            "Tolland Marsh",
            "Tolland Marsh Financial",
        ),
    ],
)
def test_headline_form_leaving_off_a_registered_line_of_business_is_canonical(nlp, headline, body, expected, absent):
    found = org_names(nlp, story(headline, body))
    assert expected in found
    assert absent not in found


# near misses: the long form is a name in use, or no line of business is left off
@pytest.mark.parametrize(
    ("headline", "body", "expected", "absent"),
    [
        (  # the body writes the long form bare again: it is the name the story uses (maybe the parent's unit)
            "Kestrel Downs profit rises on premiums",
            "OSLO (Reuters) - Kestrel Downs Insurance Co said its profit rose 6 percent. Kestrel Downs Insurance "
            "will write more marine policies next year, the insurer said.",
            "Kestrel Downs Insurance",
            "Kestrel Downs",
        ),
        (  # the long form never carries a legal form or a ticker
            "Brisco Lake cuts copper output goal",
            "PERTH (Reuters) - Brisco Lake Mining lowered its copper target for the year on Wednesday, blaming "
            "floods at two pits.",
            "Brisco Lake Mining",
            "Brisco Lake",
        ),
        (  # the word left off is no word of business, though the long form is written with its legal form
            "Halden Ports wins Red Sea terminal deal",
            "DUBAI (Reuters) - Halden Ports World Ltd said on Sunday it won a 30-year contract to run a container "
            "terminal, its third in the region.",
            "Halden Ports World",
            "Halden Ports",
        ),
    ],
)
def test_headline_form_leaving_off_a_line_of_business_in_use_is_not_taken(nlp, headline, body, expected, absent):
    found = org_names(nlp, story(headline, body))
    assert expected in found
    assert absent not in found
