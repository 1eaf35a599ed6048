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

from spacy.tokens import Doc, Span, Token

from extractor.lexicons import table, words
from extractor.mentions.doc_text import doc_text, span_text
from extractor.mentions.salience import in_brackets, main_organization, main_place

KEPT_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "NORP", "PRODUCT", "FAC", "EVENT"})
TICKER = re.compile(r"^\.?[A-Z0-9]{1,6}\.[A-Z]{1,3}$|^[A-Z]{1,5}\.[A-Z]$")
LABEL_PRIORITY = {"ORG": 0, "PERSON": 1, "GPE": 2, "PRODUCT": 3, "LOC": 4, "NORP": 5, "FAC": 6, "EVENT": 7}


@dataclass
class EntityCluster:
    """One entity of the document: its canonical name, label votes and mentions."""

    name: str
    votes: Counter = field(default_factory=Counter)
    mentions: list[Span] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    agency: bool = False  # a news agency, wire service or pollster: never the subject of a story's figures
    org_evidence: bool = False  # a descriptor ("chip powerhouse X"), legal suffix or ticker says organization

    def make_org(self) -> None:
        """NER called the story's company a person or place: the evidence outvotes it."""
        self.votes["ORG"] = max(self.votes.values(), default=0) + 1

    @property
    def label(self) -> str:
        return max(self.votes, key=lambda lab: (self.votes[lab], -LABEL_PRIORITY.get(lab, 9)))


def clean_name(span: Span) -> str | None:
    """The name a mention stands for, without "the", possessive, tickers or legal suffixes; None if junk."""
    text = span_text(span).split("\n")[0].strip()
    # "the" is not part of a name; a capitalised "The" inside a sentence is ("The Wall Street Journal")
    text = re.sub(r"^the\s+" if not span[0].is_sent_start else r"^(?:the|The)\s+", "", text)
    if re.match(r"^[)\]>]", text):
        return None  # ") fund management": the tail of a bracketed ticker, not a name
    text = re.sub(r"\s*\(.*$", "", text)  # "Norvik (NVK.AS"
    text = re.sub(r"(?:'s|’s|')$", "", text)
    if not span[-1].text.endswith(".") or len(span[-1].text) > 6:
        text = text.strip(" ,.;:-")  # keep the dot of an abbreviation ("Wash.", "Corp.")
    text = re.sub(r"^(?:[\w-]+\s+){1,3}of\s+(?=[A-Z])", "", text) if _starts_with_title(span) else text
    tokens = [t for t in text.split() if not TICKER.match(t)]
    if not tokens:
        return None
    text = " ".join(tokens)
    if TICKER.match(text) or _is_code(text) or not re.search(r"[A-Za-z]", text):
        return None
    if text.lower() in words("org_nouns") or text.lower() in words("org_suffixes"):
        return None  # "the Group", "the Company": an anaphor, not a name
    if text.lower() in words("role_nouns") or text.lower() in words("title_words"):
        return None  # "central bank Governor" without the person: a title, not a name
    if (
        re.match(r"^\d", text)
        or re.match(r"^FY\s?\d", text)
        or re.search(r"\d", text)
        and re.search(r"(?i)\b(?:crores?|cr|million|billion|bn|inr|usd|rs)\b", text)
    ):
        return None  # an amount or a period spaCy tagged as a name
    if span.label_ == "GPE" and text.isupper() and len(text) > 3 and all(w.isalpha() for w in text.split()):
        text = text.title()  # datelines: "ZURICH" is Zurich, "NEW YORK" is New York
    return text


def _starts_with_title(span: Span) -> bool:
    """ "the Co-Founder of Acme": a title before "of" is not part of the organization's name."""
    return span[0].lower_ in words("title_words") or span[0].lower_.split("-")[-1] in words("title_words")


def strip_legal_suffix(name: str) -> str:
    suffixes = words("org_suffixes")
    parts = name.split()
    while len(parts) > 1 and parts[-1].lower().rstrip(",") in suffixes and parts[-2] != "&":
        parts.pop()  # "Lowell & Co" keeps its "& Co": without it the name is a fragment
    if len(parts) > 2 and parts[-2] == "&":
        parts[-1] = parts[-1].rstrip(".")
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
        and _is_code(span.text)
    )


def _is_code(text: str) -> bool:
    """ "GMT", "EPS", "Q3": an upper-case code of the code_words lexicon is never a name."""
    return text.isupper() and text.lower() in words("code_words")


def _evidence_label(span: Span) -> str | None:
    """A label the sentence around a mention argues for, from general linguistic evidence."""
    org_nouns, role_nouns = words("org_nouns"), words("role_nouns")
    if any(ch.isdigit() for ch in span.text) and span.label_ in ("PERSON", "GPE", "LOC", "NORP"):
        return "PRODUCT"
    root = span.root
    head = root.head
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in words("role_nouns") and span.label_ == "PERSON":
        return "PERSON"  # "central bank Governor X", "analyst X": a title right before a name marks a person
    if root.dep_ == "appos" and head.lemma_.lower() in org_nouns:
        return "ORG"
    if span.start > 0 and _is_descriptor(span.doc[span.start - 1]) and span.doc[span.start - 1].head.i >= span.start:
        return "ORG"  # "Rival Ostmark Steel": a descriptor noun right before the name
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
        return "ORG"  # "grocery chains Alder, Birk and Cole": every conjunct is what the first one is
    return None


def _cluster_key(name: str) -> str:
    return strip_legal_suffix(name).lower()


def _extend_left(span: Span) -> Span:
    """ "Dunmore [Telecom]": proper-noun compounds just before a name belong to it; so does a
    capitalised number word inside a sentence ("Nine Rivers Inc"), which NER reads as a count, and the
    word before an "&" that NER left out."""
    start, sent_start = span.start, span.sent.start  # Span.sent walks the Doc: find it once
    while start > sent_start and (
        span.doc[start - 1].pos_ == "PROPN"
        and span.doc[start - 1].dep_ == "compound"
        and span.doc[start - 1].head.i in range(start, span.end)
        and not span.doc[start - 1].ent_type_
        and not _is_descriptor(span.doc[start - 1])
        or _is_name_number_word(span.doc[start - 1], span)
    ):
        start -= 1
    if start - 2 >= sent_start and span.doc[start - 1].text == "&" and _ampersand_partner(span.doc[start - 2]):
        start -= 2  # "Seven & [I Holdings]", "Lowe & [Partners]": both sides of "&" are the name
    return span if start == span.start else Span(span.doc, start, span.end, label=span.label_)


def _ampersand_partner(token: Token) -> bool:
    return token.text[:1].isupper() and token.is_alpha and not token.is_sent_start and not _is_descriptor(token)


def _is_descriptor(token: Token) -> bool:
    """ "Rival X", "Peers X and Y" at the start of a sentence: an organization noun, capitalised by position."""
    nouns = words("org_nouns")
    return token.lower_ in nouns or token.lemma_.lower() in nouns or token.lower_.removesuffix("s") in nouns


def _drop_descriptor(span: Span) -> Span:
    """ "Rivals Brindle Corp" tagged as one name: the sentence-initial descriptor is not part of it."""
    if (
        len(span) > 1
        and span[0].is_sent_start
        and _is_descriptor(span[0])
        and span[1].text[:1].isupper()  # "Bank of Avalon" keeps its first word
        and any(t.pos_ == "VERB" for t in span.sent)  # a verbless line is a heading ("Business Highlights")
    ):
        return Span(span.doc, span.start + 1, span.end, label=span.label_)
    return span


def _split_at_suffix(span: Span) -> list[Span]:
    """ "Acme Inc and Brindle Corp", "Acme Inc iPads": a legal suffix ends a name; a conjoined name after
    it is a second mention, lower-case words after it are not part of the name."""
    suffixes = words("org_suffixes")
    for token in span[:-1]:
        if token.lower_.rstrip(",") not in suffixes or token.i == span.start:
            continue
        head = Span(span.doc, span.start, token.i + 1, label=span.label_)
        after = span.doc[token.i + 1]
        if after.lower_ == "and" and token.i + 2 < span.end:
            return [head, *_split_at_suffix(Span(span.doc, token.i + 2, span.end, label=span.label_))]
        if after.text[:1].islower():
            return [head]
    return [span]


def _strip_heading(span: Span) -> Span:
    """ "PROFITS SLIDE Acme said ...": a run of two or more capitalised words glued to a name is a
    subheading of the story, not part of the name."""
    caps = 0
    while caps < len(span) - 1 and span[caps].is_upper and any(ch.isalpha() for ch in span[caps].text):
        caps += 1
    before = span.doc[span.start - 1] if span.start > 0 else None
    glued = before is not None and before.is_upper and before.is_alpha and len(before) > 1
    if caps == 0 or caps < 2 and not glued or span[caps].is_upper:
        return span
    if span.end - span.start - caps == 1 and span[caps].pos_ != "PROPN":
        return span[0:0]  # "HEDGE FUNDS Hedge funds ...": the heading and a capitalised common noun
    return Span(span.doc, span.start + caps, span.end, label=span.label_)


def _is_name_number_word(token: Token, span: Span) -> bool:
    return (
        token.is_alpha
        and token.like_num
        and token.text[:1].isupper()
        and not token.is_sent_start
        and token.head.i in range(span.start, span.end)
        and span.label_ == "ORG"
    )


def _after_descriptor(doc: Doc, i: int) -> bool:
    """ "chip powerhouse Vantorix", "gold miner Corvane Tinfield": proper nouns right after a lower-case
    organization noun that modifies them name an organization."""
    before = doc[i - 1] if i > 0 else None
    return (
        before is not None
        and before.text.islower()
        and before.lemma_.lower() in words("org_nouns")
        and doc[i].pos_ == "PROPN"
        and before.dep_ in ("compound", "amod", "nmod")
    )


def _unlabelled_org_names(doc: Doc) -> list[Span]:
    """Runs of capitalised proper nouns ending in an organization word ("Kestrel Mining") or following an
    organization noun ("powerhouse Vantorix") that NER missed."""
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
        named_org = j > i and doc[j].lower_ in org_words or j == i and DOMAIN_NAME.match(token.text)
        if named_org or _after_descriptor(doc, i):
            found.append(Span(doc, i, j + 1, label="ORG"))
        i = j + 1
    return found


NAME_PARTICLES = frozenset({"de", "van", "von", "da", "di", "le", "la", "del", "bin", "al"})


def _person_after_title(span: Span) -> Span | None:
    """ "Acme Finance Director Karl Brenner", "Chief Executive Ana de Souza", "Editor Lou Park": a
    person's name after a job title (role_nouns) inside one mention is the person, whatever NER said."""
    roles = words("role_nouns") | words("title_words")
    strong = words("role_nouns")
    last = max((t.i for t in span if t.lower_ in strong or t.lemma_.lower() in strong), default=None)
    if last is None or span.end - last - 1 < 2:
        return None
    rest = span.doc[last + 1 : span.end]
    org_words = words("org_suffixes") | words("org_name_words")
    if any(t.lower_ in org_words or t.lower_ in roles for t in rest):
        return None
    if all(t.lower_ in NAME_PARTICLES or t.text[:1].isupper() and not t.is_upper for t in rest):
        return Span(span.doc, last + 1, span.end, label="PERSON")
    return None


def _trim_person(span: Span) -> Span | None:
    """ "Chief Executive Karl Brenner", "Dr. Anna Weber": titles and honorifics are not the name;
    "the Co-Founder of Acme" names Acme."""
    if span.label_ in ("ORG", "PERSON") and (person := _person_after_title(span)) is not None:
        return person
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
        span.doc[start].lower_ in titles or span.doc[start].lower_ in words("honorifics") or span.doc[start].is_punct
    ):
        start += 1
    if start == span.start:
        return span
    return Span(span.doc, start, span.end, label="PERSON")


DATELINE = re.compile(
    r"(?m)^[ \t]*([A-Z][A-Z.'-]+(?:[ /][A-Z][A-Z.'-]+)*)"  # "NEW YORK", "ZURICH"
    r"(?:,\s*[A-Z][\w.]+(?: \d{1,2})?)?"  # ", Wash.", ", March 3"
    r"\s*(?:\(([A-Za-z .&]+)\))?\s*[-—–]"  # "(Reuters) -"
)
EXCHANGE_BEFORE = re.compile(r"(?:NYSE|Nasdaq|NASDAQ|LSE|TSX|ASX|AMEX|Euronext)[\w ,]*:\s*$")
DOMAIN_NAME = re.compile(r"^[A-Z][\w-]*\.(?:com|net|org|io|in|cn|co)$")


def _dateline_places(doc: Doc) -> list[Span]:
    """ "ZURICH (Reuters) -", "REDMOND, Wash. —": the place a story was filed from."""
    places = []
    for match in DATELINE.finditer(doc_text(doc)):
        for part in re.finditer(r"[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*", match.group(1)):
            span = doc.char_span(match.start(1) + part.start(), match.start(1) + part.end(), label="GPE")
            if span is not None and len(span.text) > 2:
                places.append(span)
    return places


def _is_heading(span: Span) -> bool:
    """A name that is its whole line ("Business Highlights") is a section heading."""
    sent = span.sent
    name_words = sum(1 for t in span if not t.is_punct and not t.is_space)
    sentence_words = 0
    for token in sent:  # stops at the first word past the name's count: a long sentence is no heading
        if not token.is_punct and not token.is_space:
            sentence_words += 1
            if sentence_words > name_words:
                return False
    return sentence_words == name_words and not any(t.pos_ == "VERB" for t in sent)


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
    return span_text(span).isupper() and bool(EXCHANGE_BEFORE.search(window.text_with_ws))


DATED_LINE = re.compile(r"(?m)^[ \t]*[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?\s*\(([A-Za-z .&]+)\)\s*[-—–]")


def _dateline_agencies(doc: Doc) -> list[tuple[int, int]]:
    """ "ZURICH (Reuters) -", "Nov 5 (Reuters) -": character ranges of the agency in a dateline's brackets."""
    places = [match.span(2) for match in DATELINE.finditer(doc_text(doc)) if match.group(2)]
    return places + [match.span(1) for match in DATED_LINE.finditer(doc_text(doc))]


def _mentions(doc: Doc) -> list[Span]:
    datelines = _dateline_places(doc)
    in_dateline = {t for s in datelines for t in range(s.start, s.end)}
    agencies = _dateline_agencies(doc)
    parts = [
        _drop_descriptor(_strip_heading(_extend_left(part))) for span in doc.ents for part in _split_at_suffix(span)
    ]
    spans = [_relabel(_trim_person(part)) for part in parts if len(part)]
    spans = [
        s
        for s in spans
        if len(s)
        and not _is_heading(s)
        and not _is_exchange_ticker(s)
        and not any(t in in_dateline for t in range(s.start, s.end))
        and not any(a <= s.start_char < b for a, b in agencies)  # an agency only where named outside it
    ]
    taken = {t for s in spans for t in range(s.start, s.end)} | in_dateline
    extra = [
        _strip_heading(_extend_left(s))
        for s in _unlabelled_org_names(doc)
        if not any(t in taken for t in range(s.start, s.end))
    ]
    extra = [s for s in extra if len(s)]
    return sorted(spans + datelines + extra, key=lambda s: s.start)


BRACKETED_CODE = re.compile(r"^[A-Z][A-Z0-9&.-]{0,9}$")


def _bracketed_code(span: Span, previous: Span | None) -> bool:
    """ "Norvale Foods Inc (NVF)", "the Widget Makers Association (WMA)": an upper-case code in brackets
    right after a name is a ticker or an abbreviation of that name, never a name of its own."""
    doc = span.doc
    if previous is None or span.start < 2 or span.end >= len(doc):
        return False
    opening, closing = doc[span.start - 1], doc[span.end]
    return (
        opening.text in ("(", "<")
        and closing.text in (")", ">")
        and previous.end == span.start - 1
        and bool(BRACKETED_CODE.match(span.text.strip()))
    )


def _code_follows(span: Span) -> bool:
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text not in ("(", "<") or doc[span.end + 2].text not in (")", ">"):
        return False
    code = doc[span.end + 1].text
    return bool(TICKER.match(code) or BRACKETED_CODE.match(code) and not _is_code(code))


def cluster_entities(doc: Doc, body_start: int = 0) -> list[EntityCluster]:
    """Mentions grouped under canonical names, in order of first mention."""
    clusters: dict[str, EntityCluster] = {}
    alias_of: dict[str, str] = {}  # a bracketed code -> the key of the name it abbreviates
    org_words = words("org_name_words")
    previous: tuple[Span, str] | None = None
    for span in _mentions(doc):
        if span.label_ not in KEPT_LABELS or _is_spurious(span):
            continue
        if previous is not None and _bracketed_code(span, previous[0]):
            code = span.text.strip()
            clusters[previous[1]].aliases.add(code)
            alias_of.setdefault(code.lower(), previous[1])
            continue
        name = clean_name(span)
        if name is None:
            continue
        key = alias_of.get(_cluster_key(name), _cluster_key(name))
        cluster = clusters.get(key)
        if cluster is None:
            cluster = clusters[key] = EntityCluster(name=strip_legal_suffix(name))
        cluster.aliases.add(name)
        cluster.mentions.append(span)
        previous = (span, key)
        cluster.votes[span.label_] += 1
        if span.label_ in ("ORG", "PERSON") and _code_follows(span):
            cluster.votes["ORG"] += 3  # "Zento ( ZNT.N )": a ticker follows a company, never a person
            cluster.org_evidence = True
        evidence = _evidence_label(span)
        if evidence:
            cluster.votes[evidence] += 3
            cluster.org_evidence |= evidence == "ORG"
        if name != strip_legal_suffix(name) or (len(span) > 1 and span[-1].lower_ in org_words):
            cluster.votes["ORG"] += 2
    _merge_short_forms(clusters, body_start)
    _merge_headline_names(clusters, body_start)
    for cluster in clusters.values():
        _prefer_mixed_case(cluster)
    _merge_abbreviations(clusters)
    agencies = {doc_text(doc)[a:b].strip().lower() for a, b in _dateline_agencies(doc)}
    for cluster in clusters.values():
        cluster.agency = _is_agency(cluster, agencies)
    return sorted(clusters.values(), key=lambda c: c.mentions[0].start_char)


def _is_agency(cluster: EntityCluster, dateline_agencies: set[str]) -> bool:
    """A news agency (named in a dateline or the agency lexicon, also inside a longer name such as an
    agency's estimates service) or a pollster ("analysts polled by X", "a X survey")."""
    if cluster.label != "ORG":
        return False
    name = cluster.name.lower()
    if any(re.search(rf"(?<![\w-]){re.escape(a)}(?![\w-])", name) for a in dateline_agencies | words("news_agencies")):
        return True
    if any(_in_poll(span) for span in cluster.mentions):
        return True
    return name.split()[-1] in words("media_words") and all(_cited_as_source(m) for m in cluster.mentions)


def _cited_as_source(span: Span) -> bool:
    """ "the Daily Courier reported", "told the Evening Post", "according to the Morning Herald": a
    publication cited as the source of a claim."""
    root, head = span.root, span.root.head
    verbs = words("source_verbs")
    if root.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in verbs:
        return True
    if root.dep_ in ("dobj", "dative") and head.lemma_.lower() in ("tell", "cite"):
        return True
    return root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"


def _in_poll(span: Span) -> bool:
    """ "polled by X", "surveyed by X", "a X poll", "the X consensus"."""
    root, polls = span.root, words("poll_words")
    if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.lemma_.lower() in polls:
        return True
    return root.dep_ in ("compound", "poss", "nmod") and root.head.lemma_.lower() in polls


def _prefer_mixed_case(cluster: EntityCluster) -> None:
    """ "HALVARD CORP <HLV> 4TH QTR NET": a name first seen in an all-capitals headline takes its body
    spelling ("Halvard"); a name written in capitals everywhere stays so."""
    if not cluster.name.isupper():
        return
    mixed = [a for a in sorted(cluster.aliases) if not a.isupper() and a.lower().startswith(cluster.name.lower())]
    if mixed:
        cluster.name = strip_legal_suffix(mixed[0])


HEADLINE_TAG = re.compile(r"^[A-Z]{3,}(?: \d+)?-")  # "BRIEF-", "UPDATE 2-": a wire headline's tag


def _merge_headline_names(clusters: dict[str, EntityCluster], body_start: int) -> None:
    """ "BRIEF-Halvard Reports Q3 Results": in a title-case headline NER runs a name into the words after
    it; a name seen only in the headline that starts with (or, without its wire tag, is) a name of the
    body is that name."""
    for key, cluster in list(clusters.items()):
        if any(m.start_char >= body_start for m in cluster.mentions) or not body_start:
            continue
        bare = HEADLINE_TAG.sub("", key.upper()).lower() if HEADLINE_TAG.match(cluster.name) else key
        longer = [
            c
            for k, c in clusters.items()
            if k != key
            and any(m.start_char >= body_start for m in c.mentions)
            and (bare == k or bare.startswith(k + " "))
        ]
        if len(longer) == 1:
            _absorb(longer[0], cluster, longer[0].label)
            del clusters[key]


def _initials(name: str) -> str:
    """ "Federation of Widget Makers" -> "fwm": the first letters of its capitalised words."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper()).lower()


def _merge_abbreviations(clusters: dict[str, EntityCluster]) -> None:
    """ "FWM" with "Federation of Widget Makers", "NTB" with "Northland Trade Bureau": an all-capitals short name
    whose letters are the initials of exactly one longer name of the same kind is that name; a
    conventional short form with no long form in the text takes its canonical name (place_aliases)."""
    canonical = table("place_aliases")
    for key, cluster in list(clusters.items()):
        if key not in clusters:
            continue  # absorbed into its own short form above
        letters = cluster.name.replace(".", "").replace(" ", "")
        if not (2 <= len(letters) <= 5 and letters.isupper() and letters.isalpha()):
            continue
        longer = [
            c
            for k, c in clusters.items()
            if k != key and " " in c.name and _initials(c.name) == letters.lower() and _same_kind(c, cluster)
        ]
        if len(longer) == 1 and all(in_brackets(m) for m in longer[0].mentions):
            _absorb(cluster, longer[0], cluster.label)  # the long form only in an aside: the text's name is short
            del clusters[next(k for k, c in clusters.items() if c is longer[0])]
        elif len(longer) == 1:
            _absorb(longer[0], cluster, longer[0].label)
            del clusters[key]
        elif not longer and key in canonical:
            cluster.aliases.add(cluster.name)
            cluster.name = canonical[key][0]


def _same_kind(a: EntityCluster, b: EntityCluster) -> bool:
    """People never abbreviate to initials here; places and organizations may ("EU" for a union)."""
    return a.label == b.label or "PERSON" not in (a.label, b.label)


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
    main_place: EntityCluster | None = None  # the country of an economy story: the default subject of its figures
    dateline_tokens: frozenset[int] = frozenset()  # "OSLO (Reuters) -": where a story was filed holds no figure
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
    org = main_organization(clusters, doc, title, body_start)
    datelines = frozenset(t for span in _dateline_places(doc) for t in range(span.start, span.end))
    return EntityIndex(clusters, by_token, org, main_place(clusters, org, doc, title, body_start), datelines)
