"""Section headings and subheadings, whose capitalised words NER reads as names."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.lexicons import words as words_of
from extractor.mentions.doc_memo import DocMemo
from extractor.mentions.token_index import word_count


def is_heading(span: Span) -> bool:
    """A name that is its whole line ("Business Highlights") is a section heading, and so is a name inside a
    subheading in capitals ("ONE MORE PROBLEM": the wire's own words, read by NER as a name)."""
    sent, doc = span.sent, span.doc
    if is_capitals_subheading(sent):
        return True
    same = word_count(doc, sent.start, sent.end) == word_count(doc, span.start, span.end)  # counted per Doc
    return same and not any(t.pos_ == "VERB" for t in sent)


def is_capitals_subheading(sent: Span) -> bool:
    """A few words in capitals and nothing else; a line of capitals with commas or a colon ("JO MARR, ANALYST,
    BRANDT CAPITAL:") names a speaker and keeps its names."""
    # Not kept per sentence like `glued_heading_end`: the word count rules most sentences out faster than a memo's
    # look-up (measured, round 37).
    # An alphabetic token is never punctuation, so such a line's word count (read per Doc, no Token per word)
    # is its count of non-space tokens: most sentences are ruled out before their Tokens are built.
    if not 2 <= word_count(sent.doc, sent.start, sent.end) <= 6:
        return False
    # a non-space token beyond the word count is punctuation, which is not alphabetic: no length test needed
    return all(t.is_alpha and t.is_upper for t in sent if not t.is_space)


# punctuation and symbols a capitals subheading may hold between its words ("COSTS CUT, MARGINS UP",
# "'STAYING CALM'", "$4 BILLION GAP")
HEADING_MARKS = frozenset({",", "'", '"', "\u2018", "\u2019", "\u201c", "\u201d", "$", "%", "-", "&", ":"})


# what ends a place in capitals that opens a dateline rather than a heading: "OSTRAVA, Freedonia, June 9 -",
# "OSTRAVA (Reuters) -"; a heading runs straight into the sentence's first word
DATELINE_MARKS = frozenset({",", ":", "-", "(", "\u2014"})


def glued_heading_end(sent: Span) -> int:
    """Where a capitals subheading glued to the start of a sentence ends ("PAYOUT UP 9 PCT Acme said ...",
    "ORVANE, DUNMORE Orvane may ..."): the index after a leading run of two or more words in capitals (with
    numbers and marks between them), less its last word when a lower-case word follows it (that word is the
    sentence's capitalised subject: "FUNDING WOES HALVARD suffered ..."). The sentence's start when none."""
    # asked once per entity mention of the sentence (two asks in three repeat one), and read from the sentence's
    # words alone: worked out once per Doc and sentence
    return _GLUED_ENDS.get(sent.doc, (sent.start, sent.end), lambda: _glued_heading_end(sent))


_GLUED_ENDS: DocMemo[int] = DocMemo()


def _glued_heading_end(sent: Span) -> int:
    run = _capitals_run(sent)
    if run is None:
        return sent.start  # the whole sentence is capitals: `is_capitals_subheading` reads it
    words, end, last_word, titled = run
    if end == sent.start:
        return sent.start  # the first word breaks the run: no heading
    if titled and any(t.text == "," for t in sent.doc[sent.start : end]):
        return sent.start  # "JO MARR, ANALYST, BRANDT CAPITAL": a speaker line, whose names stay names
    following = sent.doc[end] if end < sent.end else None
    if sent.doc[end - 1].text in DATELINE_MARKS or following is not None and following.text in DATELINE_MARKS:
        return sent.start  # "SAN MARCO, Calif., June 9 -", "OSTRAVA (Reuters) -": a dateline, not a heading
    if following is not None and following.text[:1].islower() and last_word == end - 1:
        words, end = words - 1, end - 1
    return end if words >= 2 else sent.start


def _capitals_run(sent: Span) -> tuple[int, int, int | None, bool] | None:
    """The leading run of capitals words, numbers and marks: how many words it holds, the index after it, the
    index of its last word, and whether a title word is among them; None when the run is the whole sentence."""
    words, end, last_word, titled = 0, sent.start, None, False
    for token in sent:
        if token.is_space:
            continue
        if _capitals_word(token):
            words, last_word = words + 1, token.i
            titled = titled or token.lower_ in words_of("title_words")
        elif not (token.like_num or token.text in HEADING_MARKS):
            return words, end, last_word, titled
        end = token.i + 1
    return None


def _capitals_word(token: Token) -> bool:
    """A word written in capitals, two letters or more ("DIVIDEND", "AT&T"); not "A" or "I"."""
    letters = [ch for ch in token.text if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)
