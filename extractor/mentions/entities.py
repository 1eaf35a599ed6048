"""Document-level entities: spaCy's mentions cleaned, merged under one canonical name, relabelled on evidence.

A name's label is voted over its mentions, with extra votes from general evidence:
a name in apposition to an organization noun ("tech giant X", "U.S. peer X"), a
name compounded with a title ("X analyst"), a name conjoined with an organization,
a name with a legal suffix, is an ORG; a "name" with a digit in it is a PRODUCT.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from extractor.lexicons import words

KEPT_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "NORP", "PRODUCT", "FAC", "EVENT"})
TICKER = re.compile(r"^\.?[A-Z0-9]{1,6}\.[A-Z]{1,3}$|^[A-Z]{1,5}\.[A-Z]$")
CODES = frozenset(
    {
        "GMT",
        "EDT",
        "EST",
        "BST",
        "CET",
        "UTC",
        "INR",
        "USD",
        "EUR",
        "GBP",
        "JPY",
        "CNY",
        "RMB",
        "GAAP",
        "EPS",
        "OEM",
        "LTE",
        "AI",
        "GMV",
        "CEO",
        "CFO",
        "COO",
        "IPO",
        "Q1",
        "Q2",
        "Q3",
        "Q4",
        "FY",
    }
)
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
    # "the" is not part of a name; a capitalised "The" inside a sentence is ("The Wall Street Journal")
    text = re.sub(r"^the\s+" if not span[0].is_sent_start else r"^(?:the|The)\s+", "", text)
    text = re.sub(r"\s*\(.*$", "", text)  # "Norvik (NVK.AS"
    text = re.sub(r"(?:'s|’s|')$", "", text)
    if not span[-1].text.endswith(".") or len(span[-1].text) > 6:
        text = text.strip(" ,.;:-")  # keep the dot of an abbreviation ("Wash.", "Corp.")
    text = re.sub(r"^(?:[\w-]+\s+){1,3}of\s+(?=[A-Z])", "", text) if _starts_with_title(span) else text
    tokens = [t for t in text.split() if not TICKER.match(t)]
    if not tokens:
        return None
    text = " ".join(tokens)
    if TICKER.match(text) or text in CODES or not re.search(r"[A-Za-z]", text):
        return None
    if text.lower() in words("org_nouns") or text.lower() in words("org_suffixes"):
        return None  # "the Group", "the Company": an anaphor, not a name
    if (
        re.match(r"^\d", text)
        or re.match(r"^FY\s?\d", text)
        or re.search(r"\d", text)
        and re.search(r"(?i)\b(?:crores?|cr|million|billion|bn|inr|usd|rs)\b", text)
    ):
        return None  # an amount or a period spaCy tagged as a name
    if span.label_ == "GPE" and text.isupper() and len(text) > 3 and " " not in text:
        text = text.title()  # datelines: "ZURICH" is Zurich
    return text


def _starts_with_title(span: Span) -> bool:
    """ "the Co-Founder of Acme": a title before "of" is not part of the organization's name."""
    return span[0].lower_ in words("title_words") or span[0].lower_.split("-")[-1] in words("title_words")


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
    return (
        span.label_ in ("GPE", "PERSON")
        and len(span) == 1
        and span[0].is_upper
        and len(span.text) <= 3
        and span.text in CODES
    )


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
        if (
            child.dep_ in ("appos", "compound", "amod", "nmod")
            and child.lemma_.lower() in org_nouns
            and child.i < span.start
        ):
            return "ORG"  # "tech giant Zentra", "U.S. peer Halden"
    if root.dep_ in ("compound", "nmod", "poss") and head.lemma_.lower() in role_nouns:
        return "ORG"  # "UBS analyst Mark Ellis", "Zentra chairman"
    if head.lemma_.lower() in org_nouns and root.dep_ in ("compound",) and head.i > root.i:
        return None
    if (
        root.dep_ == "conj"
        and head.ent_type_ == "ORG"
        or any(c.dep_ == "conj" and c.ent_type_ == "ORG" for c in root.children)
    ):
        return "ORG"
    first = root
    while first.dep_ == "conj":
        first = first.head
    if first is not root and (
        first.dep_ == "appos"
        and first.head.lemma_.lower() in org_nouns
        or any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in org_nouns for c in first.children)
        or DOMAIN_NAME.match(first.text)
    ):
        return "ORG"  # "e-commerce platforms A.com, B and C": every conjunct is what the first one is
    return None


def _cluster_key(name: str) -> str:
    return strip_legal_suffix(name).lower()


def _extend_left(span: Span) -> Span:
    """ "Dunmore [Telecom]": proper-noun compounds just before a name belong to it."""
    start = span.start
    while (
        start > span.sent.start
        and span.doc[start - 1].pos_ == "PROPN"
        and span.doc[start - 1].dep_ == "compound"
        and span.doc[start - 1].head.i in range(start, span.end)
        and not span.doc[start - 1].ent_type_
    ):
        start -= 1
    return span if start == span.start else Span(span.doc, start, span.end, label=span.label_)


def _unlabelled_org_names(doc: Doc) -> list[Span]:
    """Runs of capitalised proper nouns ending in an organization word ("Kestrel Mining") that NER missed."""
    org_words = words("org_name_words")
    found = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if token.ent_type_ or token.pos_ not in ("PROPN", "NOUN") or not token.text[:1].isupper():
            i += 1
            continue
        j = i
        while (
            j + 1 < len(doc)
            and doc[j + 1].pos_ == "PROPN"
            and doc[j + 1].text[:1].isupper()
            and not doc[j + 1].ent_type_
        ):
            j += 1
        if j > i and doc[j].lower_ in org_words or j == i and DOMAIN_NAME.match(token.text):
            found.append(Span(doc, i, j + 1, label="ORG"))
        i = j + 1
    return found


HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir", "dame"})


def _trim_person(span: Span) -> Span | None:
    """ "Chief Executive Karl Brenner", "Dr. Anna Weber": titles and honorifics are not the name;
    "the Co-Founder of Acme" names Acme."""
    if span.label_ == "ORG":
        of = next((t.i for t in span if t.lower_ == "of"), None)
        titles = words("title_words")
        if (
            of is not None
            and of + 1 < span.end
            and all(t.lower_ in titles or t.is_punct or t.lower_ in ("the", "co") for t in span.doc[span.start : of])
        ):
            return Span(span.doc, of + 1, span.end, label="ORG")
        return span
    if span.label_ != "PERSON":
        return span
    titles = words("title_words")
    start = span.start
    while start < span.end - 1 and (
        span.doc[start].lower_ in titles or span.doc[start].lower_ in HONORIFICS or span.doc[start].is_punct
    ):
        start += 1
    if start == span.start:
        return span
    return Span(span.doc, start, span.end, label="PERSON")


DATELINE = re.compile(
    r"(?m)^[ \t]*([A-Z][A-Z.'-]+(?:[ /][A-Z][A-Z.'-]+)*)(?:,\s*[A-Z][\w.]+)?\s*(?:\([A-Za-z .]+\))?\s*[-—–]"
)
EXCHANGE_BEFORE = re.compile(r"(?:NYSE|Nasdaq|NASDAQ|LSE|TSX|ASX|AMEX|Euronext)[\w ,]*:\s*$")
DOMAIN_NAME = re.compile(r"^[A-Z][\w-]*\.(?:com|net|org|io|in|cn|co)$")


def _dateline_places(doc: Doc) -> list[Span]:
    """ "ZURICH (Reuters) -", "REDMOND, Wash. —": the place a story was filed from."""
    places = []
    for match in DATELINE.finditer(doc.text):
        for part in re.finditer(r"[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*", match.group(1)):
            span = doc.char_span(match.start(1) + part.start(), match.start(1) + part.end(), label="GPE")
            if span is not None and len(span.text) > 2:
                places.append(span)
    return places


def _is_heading(span: Span) -> bool:
    """A name that is its whole line ("Business Highlights") is a section heading."""
    sent = span.sent
    words_ = [t for t in sent if not t.is_punct and not t.is_space]
    name_words = [t for t in span if not t.is_punct and not t.is_space]
    return len(words_) == len(name_words) and not any(t.pos_ == "VERB" for t in sent)


def _relabel(span: Span) -> Span:
    """ "Bristol-based": a name followed by "-based" is a place."""
    doc = span.doc
    if (
        span.end + 1 < len(doc)
        and doc[span.end].text == "-"
        and doc[span.end + 1].lower_ == "based"
        and span.label_ != "GPE"
    ):
        return Span(doc, span.start, span.end, label="GPE")
    return span


def _is_exchange_ticker(span: Span) -> bool:
    window = span.doc[max(0, span.start - 6) : span.start]  # not bounded by the sentence: a colon may end one
    return span.text.isupper() and bool(EXCHANGE_BEFORE.search(window.text_with_ws))


def _mentions(doc: Doc) -> list[Span]:
    datelines = _dateline_places(doc)
    in_dateline = {t for s in datelines for t in range(s.start, s.end)}
    spans = [_relabel(_trim_person(_extend_left(span))) for span in doc.ents]
    spans = [
        s
        for s in spans
        if not _is_heading(s)
        and not _is_exchange_ticker(s)
        and not any(t in in_dateline for t in range(s.start, s.end))
    ]
    taken = {t for s in spans for t in range(s.start, s.end)} | in_dateline
    extra = [s for s in _unlabelled_org_names(doc) if not any(t in taken for t in range(s.start, s.end))]
    return sorted(spans + datelines + extra, key=lambda s: s.start)


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


def _first_body_mention(cluster: EntityCluster, body_start: int) -> int | None:
    return min((m.start_char for m in cluster.mentions if m.start_char >= body_start), default=None)


def _absorb(target: EntityCluster, cluster: EntityCluster, label: str | None = None) -> None:
    target.mentions.extend(cluster.mentions)
    target.aliases |= cluster.aliases
    if label:
        target.votes[label] += sum(cluster.votes.values())
    else:
        target.votes.update(cluster.votes)


def _merge_short_forms(clusters: dict[str, EntityCluster], body_start: int = 0) -> None:
    """Short forms of a name given in full earlier in the text: "Jun" after "Li Jun", "Corvel"
    after "Corvel Foods", "Hon Kee" after "Hon Kee Precision Industry". A one-word form merges into
    the only longer person name that starts or ends with it, or the only longer organization name that
    starts with it; a longer form merges into the only organization name it begins."""
    # every key that can match starts (or, for a person, ends) with the short form's first word:
    # looking only there keeps a long document from comparing every pair of names
    by_edge_word: dict[str, list[str]] = defaultdict(list)
    for k in clusters:
        for word in {*k.split()[:1], *k.split()[-1:]}:
            by_edge_word[word].append(k)
    for key, cluster in sorted(clusters.items(), key=lambda kv: len(kv[0])):
        if key not in clusters:
            continue
        first_short = _first_body_mention(cluster, body_start)
        parts = key.split()
        near = {k: clusters[k] for k in (by_edge_word[parts[0]] if parts else clusters) if k in clusters and k != key}
        orgs = [c for k, c in near.items() if c.label == "ORG" and k.split()[: len(parts)] == parts]
        people = [
            c
            for k, c in near.items()
            if len(parts) == 1 and c.label == "PERSON" and (k.split()[0] == key or k.split()[-1] == key)
        ]
        if cluster.label == "PERSON" and len(people) == 1:
            _absorb(people[0], cluster, "PERSON")
            del clusters[key]
            continue
        candidates = orgs if orgs else people
        if len(candidates) != 1:
            continue
        first_long = _first_body_mention(candidates[0], body_start)
        if first_long is not None and (first_short is None or first_long < first_short):
            _absorb(candidates[0], cluster, candidates[0].label)
            del clusters[key]


@dataclass
class EntityIndex:
    """Canonical entities of a Doc and a lookup from token to entity."""

    clusters: list[EntityCluster]
    by_token: dict[int, EntityCluster]
    main_org: EntityCluster | None
    _by_label: dict[str, tuple[list[int], list[tuple]]] = field(default_factory=dict, repr=False, compare=False)

    def at(self, token_i: int) -> EntityCluster | None:
        return self.by_token.get(token_i)

    def names(self, label: str) -> list[str]:
        return [c.name for c in self.clusters if c.label == label]

    def mentions_between(self, label: str, start: int, end: int) -> list[tuple[EntityCluster, Span]]:
        """The mentions of `label` entities that start at a token in [start, end), in entity order, then
        mention order (one entity per name: the last). Indexed once, so a long document is not scanned
        for every sentence."""
        if label not in self._by_label:
            self._by_label[label] = _mention_index(self.clusters, label)
        starts, entries = self._by_label[label]
        found = entries[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
        return [(cluster, mention) for _, cluster, mention in sorted(found, key=lambda entry: entry[0])]


def _mention_index(clusters: list[EntityCluster], label: str) -> tuple[list[int], list[tuple]]:
    """Mention start tokens (sorted) and (rank, cluster, mention) entries in the same order."""
    named = {c.name: c for c in clusters if c.label == label}.values()
    ranked = [(m.start, rank, c, m) for rank, (c, m) in enumerate((c, m) for c in named for m in c.mentions)]
    ranked.sort(key=lambda entry: (entry[0], entry[1]))
    return [entry[0] for entry in ranked], [entry[1:] for entry in ranked]


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

    title_orgs = sorted((m.start_char, c.name) for c in orgs for m in c.mentions if title and m.start_char < title_end)
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
