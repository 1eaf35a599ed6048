"""Document-level entities: spaCy's mentions cleaned, merged under one canonical name, relabelled on evidence.

A name's label is voted over its mentions, with extra votes from general evidence:
a name in apposition to an organization noun ("tech giant X", "U.S. peer X"), a
name compounded with a title ("X analyst"), a name conjoined with an organization,
a name with a legal suffix, is an ORG; a "name" with a digit in it is a PRODUCT.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from extractor.lexicons import words

KEPT_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "NORP", "PRODUCT", "FAC", "EVENT"})
TICKER = re.compile(r"^\.?[A-Z0-9]{1,6}\.[A-Z]{1,3}$|^[A-Z]{1,5}\.[A-Z]$")
CODES = frozenset({"GMT", "EDT", "EST", "BST", "CET", "UTC", "INR", "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "GAAP", "EPS",
                   "OEM", "LTE", "AI", "GMV", "CEO", "CFO", "COO", "IPO", "Q1", "Q2", "Q3", "Q4", "FY"})
LABEL_PRIORITY = {"ORG": 0, "PERSON": 1, "GPE": 2, "PRODUCT": 3, "LOC": 4, "NORP": 5, "FAC": 6, "EVENT": 7}


@dataclass
class EntityCluster:
    """One entity of the document: its canonical name, label votes and mentions."""

    name: str
    votes: Counter = field(default_factory=Counter)
    mentions: list[Span] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)

    @property
    def label(self) -> str:
        return max(self.votes, key=lambda lab: (self.votes[lab], -LABEL_PRIORITY.get(lab, 9)))


def clean_name(span: Span) -> str | None:
    """The name a mention stands for, without "the", possessive, tickers or legal suffixes; None if junk."""
    text = span.text.split("\n")[0].strip()
    text = re.sub(r"^(?:the|The)\s+", "", text)
    text = re.sub(r"\s*\(.*$", "", text)  # "Norvik (NVK.AS"
    text = re.sub(r"(?:'s|’s|')$", "", text).strip(" ,.;:-") if not text.endswith(".") or len(text) > 4 else text
    tokens = text.split()
    tokens = [t for t in tokens if not TICKER.match(t)]
    if not tokens:
        return None
    text = " ".join(tokens)
    if TICKER.match(text) or text in CODES or not re.search(r"[A-Za-z]", text):
        return None
    if text.lower() in words("org_nouns") or text.lower() in words("org_suffixes"):
        return None  # "the Group", "the Company": an anaphor, not a name
    if re.search(r"\d", text) and span.label_ in ("ORG", "PERSON", "GPE") and re.search(
        r"(?i)\b(?:crores?|cr|million|billion|bn|inr|usd|rs)\b", text
    ):
        return None  # an amount spaCy tagged as a name
    return text


def strip_legal_suffix(name: str) -> str:
    suffixes = words("org_suffixes")
    parts = name.split()
    while len(parts) > 1 and parts[-1].lower().rstrip(",") in suffixes:
        parts.pop()
    return " ".join(parts).rstrip(",")


def _is_spurious(span: Span) -> bool:
    """A capitalised common word at the start of a sentence ("Volumes", "Download") is no name."""
    if len(span) == 1 and span[0].is_sent_start and span[0].pos_ != "PROPN":
        return True
    return span.label_ in ("GPE", "PERSON") and len(span) == 1 and span[0].is_upper and len(span.text) <= 3 and span.text in CODES


def _evidence_label(span: Span) -> str | None:
    """A label the sentence around a mention argues for, from general linguistic evidence."""
    org_nouns, role_nouns = words("org_nouns"), words("role_nouns")
    if any(ch.isdigit() for ch in span.text) and span.label_ in ("PERSON", "GPE", "LOC", "NORP"):
        return "PRODUCT"
    root = span.root
    head = root.head
    if root.dep_ == "appos" and head.lemma_.lower() in org_nouns:
        return "ORG"
    for child in root.children:
        if child.dep_ in ("appos", "compound", "amod", "nmod") and child.lemma_.lower() in org_nouns and child.i < span.start:
            return "ORG"  # "tech giant Zentra", "U.S. peer Halden"
    if root.dep_ in ("compound", "nmod", "poss") and head.lemma_.lower() in role_nouns:
        return "ORG"  # "UBS analyst Mark Ellis", "Zentra chairman"
    if head.lemma_.lower() in org_nouns and root.dep_ in ("compound",) and head.i > root.i:
        return None
    if root.dep_ == "conj" and head.ent_type_ == "ORG" or any(
        c.dep_ == "conj" and c.ent_type_ == "ORG" for c in root.children
    ):
        return "ORG"
    return None


def _cluster_key(name: str) -> str:
    return strip_legal_suffix(name).lower()


def _extend_left(span: Span) -> Span:
    """ "Dunmore [Telecom]": proper-noun compounds just before a name belong to it."""
    start = span.start
    while start > span.sent.start and span.doc[start - 1].pos_ == "PROPN" and span.doc[start - 1].dep_ == "compound" \
            and span.doc[start - 1].head.i in range(start, span.end) and not span.doc[start - 1].ent_type_:
        start -= 1
    return span if start == span.start else Span(span.doc, start, span.end, label=span.label_)


def _unlabelled_org_names(doc: Doc) -> list[Span]:
    """Runs of capitalised proper nouns ending in an organization word ("Kestrel Mining") that NER missed."""
    org_words = words("org_name_words")
    found = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if token.ent_type_ or token.pos_ != "PROPN" or not token.text[:1].isupper():
            i += 1
            continue
        j = i
        while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN" and doc[j + 1].text[:1].isupper() and not doc[j + 1].ent_type_:
            j += 1
        if j > i and doc[j].lower_ in org_words:
            found.append(Span(doc, i, j + 1, label="ORG"))
        i = j + 1
    return found


HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir", "dame"})


def _trim_person(span: Span) -> Span | None:
    """ "Chief Executive Karl Brenner", "Dr. Anna Weber": titles and honorifics are not the name."""
    if span.label_ != "PERSON":
        return span
    titles = words("title_words")
    start = span.start
    while start < span.end - 1 and (span.doc[start].lower_ in titles or span.doc[start].lower_ in HONORIFICS
                                    or span.doc[start].is_punct):
        start += 1
    if start == span.start:
        return span
    return Span(span.doc, start, span.end, label="PERSON")


def _mentions(doc: Doc) -> list[Span]:
    mentions = [_trim_person(_extend_left(span)) for span in doc.ents] + _unlabelled_org_names(doc)
    return sorted(mentions, key=lambda s: s.start)


def cluster_entities(doc: Doc, body_start: int = 0) -> list[EntityCluster]:
    """Mentions grouped under canonical names, in order of first mention."""
    clusters: dict[str, EntityCluster] = {}
    org_words = words("org_name_words")
    for span in _mentions(doc):
        if span.label_ not in KEPT_LABELS or _is_spurious(span):
            continue
        name = clean_name(span)
        if name is None:
            continue
        key = _cluster_key(name)
        cluster = clusters.get(key)
        if cluster is None:
            cluster = clusters[key] = EntityCluster(name=strip_legal_suffix(name))
        cluster.aliases.add(name)
        cluster.mentions.append(span)
        cluster.votes[span.label_] += 1
        evidence = _evidence_label(span)
        if evidence:
            cluster.votes[evidence] += 3
        if name != strip_legal_suffix(name) or (len(span) > 1 and span[-1].lower_ in org_words):
            cluster.votes["ORG"] += 2
    _merge_short_forms(clusters, body_start)
    return sorted(clusters.values(), key=lambda c: c.mentions[0].start_char)


def _merge_short_forms(clusters: dict[str, EntityCluster], body_start: int = 0) -> None:
    """ "Jun" and "Brenner" are short forms of "Li Jun" and "Karl Brenner": merge a one-word
    person into the only longer person name that starts or ends with it. An organization's
    short form ("Corvel" after "Corvel Foods") merges when the text gave the full name first."""
    for key, cluster in list(clusters.items()):
        if " " in key or cluster.label != "ORG":
            continue
        longer = [c for k, c in clusters.items() if k != key and c.label == "ORG" and k.split()[0] == key]
        if len(longer) != 1:
            continue
        first_short = min((m.start_char for m in cluster.mentions if m.start_char >= body_start), default=None)
        first_long = min((m.start_char for m in longer[0].mentions if m.start_char >= body_start), default=None)
        if first_long is not None and (first_short is None or first_long < first_short):
            target = longer[0]
            target.mentions.extend(cluster.mentions)
            target.aliases |= cluster.aliases
            target.votes.update(cluster.votes)
            del clusters[key]
    for key, cluster in list(clusters.items()):
        if " " in key or cluster.label != "PERSON":
            continue
        longer = [
            c for k, c in clusters.items()
            if k != key and c.label == "PERSON" and (k.split()[0] == key or k.split()[-1] == key)
        ]
        if len(longer) == 1:
            target = longer[0]
            target.mentions.extend(cluster.mentions)
            target.aliases |= cluster.aliases
            target.votes.update({"PERSON": sum(cluster.votes.values())})
            del clusters[key]


@dataclass
class EntityIndex:
    """Canonical entities of a Doc and a lookup from token to entity."""

    clusters: list[EntityCluster]
    by_token: dict[int, EntityCluster]
    main_org: EntityCluster | None

    def at(self, token_i: int) -> EntityCluster | None:
        return self.by_token.get(token_i)

    def names(self, label: str) -> list[str]:
        return [c.name for c in self.clusters if c.label == label]


def index_entities(doc: Doc, *, title: str | None = None, body_start: int = 0) -> EntityIndex:
    clusters = cluster_entities(doc, body_start)
    by_token = {t: c for c in clusters for span in c.mentions for t in range(span.start, span.end)}
    return EntityIndex(clusters, by_token, _main_organization(clusters, doc, title))


def _main_organization(clusters: list[EntityCluster], doc: Doc, title: str | None) -> EntityCluster | None:
    """The organization the article is about: mentions, with the title and the first sentences counting double."""
    orgs = [c for c in clusters if c.label == "ORG"]
    if not orgs:
        return None
    lead_end = title_end = 0
    sentences = list(doc.sents)
    if sentences:
        lead_end = sentences[min(2, len(sentences) - 1)].end_char
    if title and title in doc.text:
        title_end = doc.text.find(title) + len(title)

    title_orgs = sorted(
        (m.start_char, c.name) for c in orgs for m in c.mentions if title and m.start_char < title_end
    )
    first_in_title = title_orgs[0][1] if title_orgs else None

    def weight(c: EntityCluster) -> float:
        score = 10.0 if c.name == first_in_title else 0.0
        for span in c.mentions:
            score += 1.0
            if span.start_char < max(lead_end, title_end):
                score += 1.0
            if span.root.dep_ in ("nsubj", "nsubjpass", "poss"):
                score += 0.5
        return score

    return max(orgs, key=lambda c: (weight(c), -c.mentions[0].start_char))
