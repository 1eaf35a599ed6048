"""A ticker written without brackets at the end of a sentence keeps that sentence's full stop ("Halden Corp HLD.N.");
it is still no part of the name, while "U.S." stays a name. Sentences written for this test, with invented names."""

import pytest

from extractor.api import make_doc
from extractor.io.documents import document_from_text

LEAD = "CHICAGO (Reuters) - Orders at Brantley Tools rose 3 percent in June.\n\n"


def names(nlp, text):
    doc = nlp(make_doc(nlp, document_from_text(LEAD + text, doc_id="t")))
    return {e.name for e in doc._.entities}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The deal values Quarrow Systems QRW.N. The shares rose 4 percent.", "Quarrow Systems"),
        ("The parts maker lost a contract with Ostrander Motors OSM.N. Its chief said little.", "Ostrander Motors"),
        ("The bid came from rival Halcyon Pumps HCP.L. The board rejected it.", "Halcyon Pumps"),
    ],
)
def test_ticker_with_full_stop_is_not_in_the_name(nlp, text, name):
    """Each row's name comes out of the recognizer with its ticker and full stop ("X Motors OSM.N.")."""
    found = names(nlp, text)
    assert name in found
    assert not any("." in n and n.startswith(name) for n in found)


def test_abbreviated_country_stays():
    from extractor.mentions.entities import TICKER

    assert TICKER.match("QRW.N.") and not TICKER.match("U.S.") and not TICKER.match("S.A.")
