"""A capitals subheading glued to the start of a sentence (mentions/headings.glued_heading_end, round 14): its
words are the wire's, not names, so no mention is taken from them, while the sentence's own capitalised subject
right after it stays a name. A speaker line in capitals ("JO MARR, ANALYST, BRANDT CAPITAL") keeps its names.
Sentences written for these tests, invented names."""

import pytest

from extractor.mentions.headings import glued_heading_end


@pytest.mark.parametrize(
    ("sentence", "heading"),
    [
        ("ORDERS UP 14 PCT TOVIRA will hire 200 more packers this year.", "ORDERS UP 14 PCT"),
        ("FUNDING WOES Halvard Bank said it would sell bonds next week.", "FUNDING WOES"),
        ("ORVANE, DUNMORE Orvane may be close to a deal with regulators.", "ORVANE, DUNMORE"),
        ("LOANS, DEPOSITS FLAT Group-level lending barely moved over the summer.", "LOANS, DEPOSITS FLAT"),
        ("Kestrel plans to lift its payout next spring.", ""),
        ("KESTREL plans to lift its payout next spring.", ""),
        ("JO MARR, ANALYST, BRANDT CAPITAL: The deal makes sense for both sides.", ""),
        ("SAN MARCO, Calif., June 9 - Brindle Stores Inc said it expects higher sales.", ""),
        ("OSTRAVA (Reuters) - Brindle Stores Inc said it expects higher sales.", ""),
    ],
)
def test_the_glued_heading_ends_before_the_sentence(nlp, sentence, heading):
    sent = next(nlp(sentence).sents)
    assert sent.doc[sent.start : glued_heading_end(sent)].text == heading


def test_no_name_is_taken_from_a_glued_heading(nlp):
    from extractor.api import extract_documents
    from extractor.io.documents import document_from_text
    from tests.probes.harness import story_text

    text = story_text(
        "2011-06-08",
        "Kestrel Foods raises payout",
        "(Reuters) - Kestrel Foods Inc reported firmer sales on Tuesday.\n\nPAYOUT UP 9 PCT Kestrel plans to pay "
        "holders 30 cents a share each quarter, against 27.5 cents now.",
    )
    extraction = next(extract_documents([document_from_text(text, doc_id="t")], nlp=nlp))
    assert not any("PAYOUT" in e.name or "PCT" in e.name for e in extraction.entities)
    assert {f.subject for f in extraction.facts if f.value and f.value.surface == "30 cents"} == {"Kestrel Foods"}


@pytest.mark.parametrize(
    "text",
    [
        "MARGINS SQUEEZED Pellam Foods cut prices. COSTS UP 3 PCT Orland Bank raised fees. Vendra Inc held steady.",
        "Quell AG grew. PAYOUT RAISED QUELL lifted its dividend. Then Tallis plc fell.",
        "TALKS STALL Brevik Group walked away. DUNMORE, ORVANE Dunmore may return to the table.",
    ],
)
def test_a_glued_heading_is_read_once_per_sentence_and_each_sentence_keeps_its_own(nlp, text):
    """The per-Doc memo gives every sentence of a Doc the end the rule itself gives, on each ask."""
    from extractor.mentions.headings import _glued_heading_end

    sents = list(nlp(text).sents)
    expected = [_glued_heading_end(sent) for sent in sents]
    assert [glued_heading_end(sent) for sent in sents * 3] == expected * 3
    assert len(set(expected)) == len(sents)  # the answers differ by sentence: no sentence is given another's
