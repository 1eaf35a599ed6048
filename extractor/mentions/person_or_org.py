"""Person or organization, decided over the whole story: the recognizer labels each mention alone and often calls
a firm a person ("analyst at Halden Brook", "Kestrel Fox's ( KFX.L ) chief") or a person a firm ("spokeswoman
Ilse Marr", "Ilse Marr, a partner at ..."). Each mention of a name is read for the cues around it; the cues of
all its mentions decide the label where they all point one way, whatever the recognizer's votes were.

ORG cues: the object of "at", "with", "from" or "of" after a post ("analyst at X", "chief executive of X"), a
modifier of a post, also through other modifiers ("X equities analyst"), a possessive followed by a ticker ("X's
( XYZ.L )"), the owner of shares ("shares of X", "X shares"); a company word ending the name keeps it a firm.
PERSON cues: a post, a person noun or an honorific right before the name ("spokeswoman X", "Mr. X"), or an
appositive post after it ("X, chief economist at ...", "X, a partner at ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Span, Token

from extractor.lexicons import words
from extractor.mentions.doc_text import doc_text
from extractor.mentions.entity_clusters import EntityCluster
from extractor.mentions.name_bounds import company_words, is_descriptor

TICKER_AFTER_POSSESSIVE = re.compile(r"^\s*['’]s\s*[(<]\s*[A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?\s*[)>]")
CUE_LABELS = frozenset({"PERSON", "ORG"})


def settle_person_or_org(clusters: Iterable[EntityCluster]) -> None:
    """Relabel each person or organization whose mentions give cues of one kind only (ORG or PERSON): one cue
    outweighs any number of the recognizer's votes for the other label, since NER reads each mention alone and
    the cue is the text's own word for it. A company word ending the name keeps a firm a firm."""
    for cluster in clusters:
        if cluster.label not in CUE_LABELS:
            continue
        org = sum(_org_cue(m) for m in cluster.mentions)
        person = sum(_person_cue(m) for m in cluster.mentions)
        if cluster.label == "PERSON" and org and not person:
            cluster.make_org()
        elif cluster.label == "ORG" and person and not org and not _company_named(cluster):
            cluster.votes["PERSON"] = max(cluster.votes.values()) + 1


def _company_named(cluster: EntityCluster) -> bool:
    """A ticker, a legal suffix or a company word at the end of the name ("asset manager Brenna Lusk Partners")."""
    return cluster.org_evidence or cluster.name.split()[-1].lower() in company_words()


def _org_cue(span: Span) -> bool:
    """ "analyst at X", "head of X", "X equities analyst", "X's ( XYZ.L )", "shares of X", "X shares"."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in words("forecaster_employer_preps") and _is_post(head.head):
        return True
    if root.dep_ == "pobj" and head.lower_ == "of" and head.i == span.start - 1 and _is_post(head.head):
        return True  # "chief executive of X"; not "chairman of the audit committee Ann Lee"
    if root.dep_ == "compound" and _modifies_post(root):
        return True
    if TICKER_AFTER_POSSESSIVE.match(doc_text(span.doc)[span.end_char : span.end_char + 24]):
        return True
    shares = words("share_nouns")
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in shares:
        return True
    return root.dep_ == "compound" and head.lemma_.lower() in shares and head.i == span.end


def _modifies_post(token: Token) -> bool:
    """The name modifies a post, directly or through nouns before it ("X equities analyst")."""
    head = token.head
    while head.i > token.i and head.dep_ == "compound" and head.pos_ == "NOUN" and not _is_post(head):
        head = head.head
    return head.i > token.i and _is_post(head)


def _person_cue(span: Span) -> bool:
    """ "spokeswoman X", "Mr. X", "X, chief economist at ...", "X, a partner at ..."."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    # a noun before the name that no earlier word governs: "a former Harbour Board surveyor", "the official X" are not
    modifies = before is not None and before.pos_ in ("NOUN", "PROPN") and before.head.i >= span.start
    if modifies and before.i > 0 and doc[before.i - 1].text == "-":
        return False  # "the 14-member Tarrant Growers Guild": a body's size, not a member's title
    if modifies and (_is_post(before) or _person_word(before)):
        return len(span) > 1 or before.lower_.rstrip(".") in words("honorifics")
    root = span.root
    return any(
        child.dep_ == "appos" and child.i >= span.end and _is_post(child) and _affiliated(child)
        for child in root.children
    )


def _affiliated(post: Token) -> bool:
    """A post with its firm: "a partner at Y", "chief economist of Y" (a bare "the chairman" may be a body's)."""
    return any(c.dep_ == "prep" and c.lower_ in words("forecaster_employer_preps") | {"of"} for c in post.children)


def _is_post(token: Token) -> bool:
    return token.lemma_.lower() in words("role_nouns") or token.lower_ in words("role_nouns")


def _person_word(token: Token) -> bool:
    """A word only a person is ("billionaire", "Mr."): a person noun that no organization noun shares."""
    lowered = token.lower_.rstrip(".")
    if lowered in words("honorifics") or token.lower_ in words("honorifics"):
        return True
    lemma = token.lemma_.lower()
    return lemma in words("person_nouns") and lemma not in words("org_nouns")


# --- the organization nouns beside a name, read per mention by mentions/entities.py


def names_organization(noun: Token, span: Span) -> bool:
    """An organization noun beside the name; one that may name a person ("investor", "owner") only where NER
    did not read the name as a person's."""
    lemma = noun.lemma_.lower()
    return lemma in words("org_nouns") and not (span.label_ == "PERSON" and lemma in words("person_capable_org_nouns"))


def descriptor_before(span: Span) -> bool:
    before = span.doc[span.start - 1]
    return is_descriptor(before) and (span.label_ != "PERSON" or names_organization(before, span))


def organization_appositive(token: Token) -> bool:
    """An appositive after a name headed by a noun only an organization is ("its main competitor", "the
    biggest lender"; "a partner at Halden" may be a person: person_capable_org_nouns)."""
    if token.dep_ != "appos" or token.pos_ != "NOUN":
        return False
    lemma = token.lemma_.lower()
    return lemma in words("org_nouns") and lemma not in words("person_capable_org_nouns")
