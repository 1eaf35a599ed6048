"""A factbox's subheading of one word in capitals glued to its paragraph's first word ("HOUSING Total housing
outlays drop ...") is no part of a name: NER reads the two words as an organization, which then took the paragraph's
figures. One word in capitals is a subheading when it opens a sentence and is a common word the story also writes
in lower case, or when the next word repeats it; an acronym opening a name is kept. Stories written for this test,
with invented names and places."""

import pytest

from extractor.api import make_doc
from extractor.io.documents import document_from_text


def entity_names(nlp, body):
    text = f" date 2011-05-03 Factbox: main points of the plan\n\n{body}"
    doc = nlp(make_doc(nlp, document_from_text(text, doc_id="t")))
    return {e.name for e in doc._.entities}


@pytest.mark.parametrize(
    ("body", "absent", "expected"),
    [
        (  # a common noun as the subheading, an adjective after it: no name at all
            "TARVIA (Reuters) - Tarvia set out its 2014 budget on Friday. HOUSING Total housing outlays are set "
            "to drop 6 percent, the finance minister said.",
            "HOUSING Total",
            None,
        ),
        (  # the subheading's word written in lower case later in the story
            "LONDON (Reuters) - Following are details of the plan. DEFENCE Military spending will be cut by 4 "
            "percent next year. The defence budget was already the lowest in a decade.",
            "DEFENCE Military",
            None,
        ),
        (  # a country's name in capitals, then the same name opening the paragraph
            "NORVALIA (Reuters) - Following are the targets. BORDALIA Bordalia must cut its deficit to 3 percent of "
            "output by 2012. The country joined in 2004.",
            "BORDALIA Bordalia",
            "Bordalia",
        ),
    ],
)
def test_one_word_subheading_is_no_part_of_a_name(nlp, body, absent, expected):
    found = entity_names(nlp, body)
    assert absent not in found
    assert not any(name.startswith(absent.split()[0] + " ") for name in found)
    if expected is not None:
        assert expected in found


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        (  # an acronym opening a sentence: never written in lower case, part of the name
            "OSLO (Reuters) - Shares rose on Monday. NKB Securities said its clients bought 3 percent more stock. "
            "Traders said the mood was calm.",
            "NKB Securities",
        ),
        (  # a word of three letters in capitals: an acronym's length, kept though written in lower case too
            "OSLO (Reuters) - Markets were calm. ICE Futures said volumes fell 2 percent. Traders put ice on hold.",
            "ICE Futures",
        ),
    ],
)
def test_acronym_opening_a_name_is_kept(nlp, body, kept):
    assert kept in entity_names(nlp, body)
