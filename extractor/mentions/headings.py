"""Section headings and subheadings, whose capitalised words NER reads as names."""

from __future__ import annotations

from spacy.tokens import Span

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
    # An alphabetic token is never punctuation, so such a line's word count (read per Doc, no Token per word)
    # is its count of non-space tokens: most sentences are ruled out before their Tokens are built.
    if not 2 <= word_count(sent.doc, sent.start, sent.end) <= 6:
        return False
    # a non-space token beyond the word count is punctuation, which is not alphabetic: no length test needed
    return all(t.is_alpha and t.is_upper for t in sent if not t.is_space)
