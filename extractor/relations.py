"""Facts assembled per sentence from the dependency parse.

For every quantity: what it measures (predicate), whose it is (subject), whether it is a
level or a change, its period, comparison, modality and attribution. Ranks come from
ordinals and superlatives, roles from titles next to person names, events from a
small list of event verbs with a named object.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from extractor.entities import EntityIndex, index_entities
from extractor.lexicons import table, words
from extractor.models import Entity, Evidence, Fact, Period, Quantity
from extractor.periods import FiscalCalendar, PeriodMention, find_periods, fiscal_calendar, sentence_is_future
from extractor.quantities import QuantityMention, mentions_in_doc

UNIT_WORDS = frozenset({"division", "unit", "segment", "arm", "business", "subsidiary", "region"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
CLAUSE_LINKS = frozenset({"advcl", "xcomp", "conj", "ccomp", "relcl", "acl", "pcomp"})
PERIOD_WORDS = frozenset(
    "first second third fourth last final quarter quarterly half annual full year yearly fiscal month period "
    "monthly q1 q2 q3 q4 h1 h2 fy first-quarter second-quarter third-quarter fourth-quarter full-year "
    "first-half second-half year-end this next".split()
)
YEAR_ON_YEAR = re.compile(
    r"\b(year[\s-]on[\s-]year|year[\s-]over[\s-]year|from\s+a\s+year\s+(?:earlier|ago|before)|"
    r"(?:compared\s+with|than|from)\s+(?:the\s+)?(?:same\s+(?:period|quarter)\s+)?(?:a|last|the\s+previous|the\s+prior)\s+year|"
    r"a\s+year\s+(?:earlier|ago)|y/y|yoy)\b",
    re.I,
)
ORDINAL_VALUES = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "top": 1,
}
RANK_ADJECTIVES = frozenset(
    {
        "largest",
        "biggest",
        "top",
        "leading",
        "best-selling",
        "top-selling",
        "largest-ever",
        "most",
        "highest",
        "busiest",
        "richest",
        "fastest-growing",
        "second-largest",
        "third-largest",
        "fourth-largest",
        "fifth-largest",
        "second-biggest",
        "third-biggest",
        "fourth-biggest",
        "fifth-biggest",
    }
)
FOOTNOTE = re.compile(r"\(\s*(?:US)?\$?\s?1\s*=\s*[^)]*\)")
PRICE_NOUNS = frozenset({"share", "shares", "stock", "stocks"})


@dataclass
class ExtractionResult:
    facts: list[Fact]
    entities: list[Entity]
    quantities: list[dict] = field(default_factory=list)
    periods: list[dict] = field(default_factory=list)


@dataclass
class DocContext:
    doc: Doc
    doc_id: str
    published: dt.date | None
    fiscal: FiscalCalendar
    entities: EntityIndex
    report_period: Period | None
    body_start: int
    section_period: Period | None = (
        None  # from a sentence that introduces a list ("... for the fiscal year ended June 30:")
    )
    topics: dict[str, str] = field(default_factory=dict)  # last predicate per unit class, reset at each paragraph
    last_subject: str | None = None  # the organization that was last the subject of a main clause

    @property
    def main_org(self) -> str | None:
        """The canonical name of the organization the article is about."""
        return self.entities.main_org.name if self.entities.main_org else None


# ----------------------------------------------------------------------------- helpers


def _span_text(tokens: list[Token]) -> str:
    return " ".join(t.text for t in sorted(tokens, key=lambda t: t.i))


def noun_phrase(head: Token, *, drop_entities: bool = True, skip: frozenset[int] = frozenset()) -> str:
    """The measured noun with its compounds and adjectives, lower case, without
    determiners, possessors, numbers or period words: "Zentra's smartphone shipments" -> "smartphone shipments"."""
    kept: list[Token] = [head]
    for child in head.lefts:
        if child.i in skip:
            continue
        if child.dep_ in ("compound", "amod", "nmod") and not child.like_num:
            if drop_entities and child.ent_type_ in (
                "ORG",
                "GPE",
                "PERSON",
                "NORP",
                "DATE",
                "MONEY",
                "PERCENT",
                "CARDINAL",
            ):
                if child.ent_type_ != "NORP" or child.dep_ != "amod":
                    continue
            if child.lower_ in PERIOD_WORDS or child.lower_ in ("record", "record-high", "new", "total", "overall"):
                continue
            subtree = [t for t in child.subtree if t.i < head.i and t.dep_ not in ("det", "poss", "case", "punct")]
            subtree = [
                t
                for t in subtree
                if t.lower_ not in PERIOD_WORDS and not t.like_num and t.ent_type_ not in ("DATE",) and t.i not in skip
            ]
            kept.extend(subtree)
    # "earnings per share", "research and development"
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "per":
            kept.extend(child.subtree)
        # "office products and cloud services revenue": the last conjunct carries the shared head noun
        if child.dep_ == "conj" and child.pos_ == "NOUN" and child.i == head.i + len(list(child.subtree)) + 1:
            kept.extend(t for t in head.doc[head.i + 1 : child.i + 1] if t.i not in skip and not t.like_num)
    text = _span_text(sorted(set(kept), key=lambda t: t.i)).lower()
    text = re.sub(r"\s*-\s*", "-", text)
    return text.replace(" 's", "").strip()


def clause_subject(verb: Token) -> Token | None:
    """The subject of a verb, inherited through xcomp/advcl/conj/relcl chains."""
    seen = 0
    while verb is not None and seen < 6:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return subjects[0]
        if verb.dep_ in ("xcomp", "ccomp") and seen == 0:
            controller = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
            if controller is not None:
                return controller  # "forecast TV sales to slump": the object is the subject of "slump"
        if verb.dep_ == "relcl":
            return verb.head
        if verb.dep_ in CLAUSE_LINKS or verb.dep_ in ("prep", "pcomp"):
            verb = verb.head
            seen += 1
            continue
        return None
    return None


def governing_verb(token: Token) -> Token | None:
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor
    return None


def _possessor(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "poss":
            return child
    return None


# ----------------------------------------------------------------------------- subject


def resolve_subject(token: Token | None, ctx: DocContext) -> str | None:
    """Canonical entity for a subject-ish token: a named ORG/PERSON/GPE, or an anaphor ("the company", "it")."""
    if token is None:
        return None
    cluster = ctx.entities.at(token.i)
    if cluster is not None and cluster.label in ("ORG", "PRODUCT"):
        if cluster.name.split()[-1].lower() in UNIT_WORDS and ctx.entities.main_org is not None:
            return ctx.entities.main_org.name  # a division's figures are its parent's, the unit named in the predicate
        return cluster.name
    if cluster is not None and cluster.label == "GPE" and token.head.lemma_.lower() in words("economy_nouns"):
        return cluster.name
    phrase = " ".join(t.lower_ for t in token.subtree if t.i <= token.i)[-30:]
    anaphors = words("anaphors")
    if token.lower_ in ("it", "its"):
        antecedent = _pronoun_antecedent(token, ctx)
        if antecedent is not None:
            return antecedent
    if token.lower_ in anaphors or any(phrase.endswith(a) for a in anaphors if " " in a):
        return ctx.main_org
    if token.lemma_.lower() in words("org_nouns") and any(c.lower_ == "the" for c in token.children):
        return ctx.main_org
    return None


def _pronoun_antecedent(token: Token, ctx: DocContext) -> str | None:
    """ "X said it will ...": the subject of an enclosing clause; else the nearest organization named
    earlier in the sentence ("Despite X's caution, it ..."); else the last organization a main clause
    was about ("... X Wireless is the largest carrier. It also has ...")."""
    for ancestor in token.ancestors:
        subject = next((c for c in ancestor.children if c.dep_ in SUBJECT_DEPS and c.i != token.i), None)
        cluster = ctx.entities.at(subject.i) if subject is not None else None
        if cluster is not None and cluster.label == "ORG":
            return cluster.name
    for earlier in reversed(token.doc[token.sent.start : token.i]):
        cluster = ctx.entities.at(earlier.i)
        if (
            cluster is not None
            and cluster.label == "ORG"
            and earlier.dep_ in ("poss", "nsubj", "compound", "nsubjpass")
        ):
            return cluster.name
    return ctx.last_subject


def subject_for(measured: Token | None, verb: Token | None, ctx: DocContext, sent: Span) -> str | None:
    """Who a quantity is about: the possessor of the measured noun, an entity compounded with it,
    the subject of its verb, else the article's main organization."""
    candidates: list[Token] = []
    if measured is not None:
        possessor = _possessor(measured)
        if possessor is not None:
            candidates.append(possessor)
        if measured.dep_ in SUBJECT_DEPS:
            pass
        elif verb is not None:
            subject = clause_subject(verb)
            if subject is not None:
                candidates.append(subject)
    elif verb is not None:
        subject = clause_subject(verb)
        if subject is not None:
            candidates.append(subject)
    for candidate in candidates:
        name = resolve_subject(candidate, ctx)
        if name:
            return name
        for token in candidate.subtree:
            if token.dep_ in ("poss", "compound") and (name := resolve_subject(token, ctx)):
                return name
    return ctx.main_org


# ----------------------------------------------------------------------------- predicate


@dataclass
class Reading:
    """What the dependency parse says about one quantity."""

    measured: Token | None  # the noun the quantity measures
    verb: Token | None
    predicate: str | None
    is_change: bool


DEAL_NOUNS = frozenset(
    {"purchase", "acquisition", "takeover", "buyout", "deal", "merger", "bid", "offer", "transaction"}
)
DEAL_VERBS = {
    "buy": "acquisition price",
    "acquire": "acquisition price",
    "purchase": "acquisition price",
    "buyout": "acquisition price",
    "sell": "sale price",
}
# "in constant currency", "in cash", "in shares": how an amount is paid or counted, not what it measures
NOT_MEASURES = frozenset(
    {"currency", "cash", "share", "stock", "total", "term", "value", "dollar", "euro", "kind", "part"}
)
CONTAINER_NOUNS = frozenset(
    {
        "range",
        "end",
        "level",
        "total",
        "figure",
        "amount",
        "sum",
        "value",
        "mark",
        "tune",
        "number",
        "percentage",
        "proportion",
        "portion",
        "majority",
        "part",
    }
)


def read_quantity(span: Span, quantity: Quantity, kind: str, skip: frozenset[int] = frozenset()) -> Reading:
    """What a quantity measures, read from the parse; `skip` holds the tokens of every quantity of the sentence."""
    reading = _read_quantity(span, quantity, kind, skip)
    named = (
        _of_or_in_object(span, skip, preps=("in",)) if quantity.unit not in ("percent", "percentage_point") else None
    )
    if named is not None and not reading.is_change and named.lemma_.lower() not in NOT_MEASURES:
        return Reading(named, reading.verb, noun_phrase(named, skip=skip), False)
    measured = _usable_measure(reading.measured, skip)
    if measured is not reading.measured:
        reading = Reading(
            measured,
            reading.verb,
            noun_phrase(measured, skip=skip) if measured is not None else None,
            reading.is_change,
        )
    elif measured is not None and reading.predicate == noun_phrase(measured):
        reading = Reading(measured, reading.verb, noun_phrase(measured, skip=skip), reading.is_change)
    if reading.predicate is None:
        fallback = _of_or_in_object(span, skip)
        if fallback is not None:
            reading = Reading(fallback, reading.verb, noun_phrase(fallback, skip=skip), reading.is_change)
    return reading


def _usable_measure(token: Token | None, skip: frozenset[int]) -> Token | None:
    """A measured noun must be a common noun outside the quantities; a period word or a container
    ("the high end of the range", "full year dividend") hands over to the noun it stands for."""
    if token is None:
        return None
    if (
        token.i in skip
        or token.ent_type_ in ("ORG", "GPE", "PERSON", "DATE", "MONEY", "PERCENT", "CARDINAL")
        and token.pos_ == "PROPN"
    ):
        return None
    lemma = token.lemma_.lower()
    if lemma in PERIOD_WORDS:
        nxt = token.doc[token.i + 1] if token.i + 1 < token.sent.end else None
        return nxt if nxt is not None and nxt.pos_ == "NOUN" and nxt.i not in skip else None
    if lemma in CONTAINER_NOUNS:
        inner = _prep_object(token, ("of",))
        if inner is not None and inner.i not in skip and inner.lemma_.lower() not in CONTAINER_NOUNS:
            return inner
        verb = governing_verb(token)
        subject = clause_subject(verb) if verb is not None else None
        return subject if subject is not None and _is_measure_noun(subject) and subject.i not in skip else None
    if token.pos_ != "NOUN" and not (token.pos_ == "PROPN" and token.is_sent_start and not token.ent_type_):
        return None
    if any(ch.isdigit() for ch in token.text) or lemma in words("org_nouns") and lemma not in ("business", "unit"):
        return None
    return token


def _of_or_in_object(span: Span, skip: frozenset[int], preps: tuple[str, ...] = ("of", "in")) -> Token | None:
    """ "€358 million of the total sales", "$5 million in revenue": the noun after the amount."""
    after = span.doc[span.end] if span.end < span.sent.end else None
    if after is not None and after.lower_ in preps:
        obj = next((c for c in after.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ == "NOUN" and obj.i not in skip and obj.lemma_.lower() not in PERIOD_WORDS:
            return obj
    return None


def _read_quantity(span: Span, quantity: Quantity, kind: str, skip: frozenset[int]) -> Reading:
    root = span.root
    head = root.head
    verb = governing_verb(root)
    change_nouns = words("change_up") | words("change_down")

    # "5 percent to 10 percent growth in earnings": the change noun follows the amount
    after = span.doc[span.end] if span.end < span.sent.end else None
    if after is not None and after.lemma_.lower() in change_nouns and after.pos_ == "NOUN":
        measured = _prep_object(after, ("in", "of")) or _compound_measure(after)
        return Reading(measured, verb, noun_phrase(measured) if measured is not None else None, True)

    # "a $130 billion purchase", "agreed to buy X for $2 billion": the price of a deal
    if quantity.unit and quantity.unit not in ("percent", "percentage_point", "times"):
        deal = head if head.lemma_.lower() in DEAL_NOUNS and head.i > root.i else None
        if deal is None and root.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in DEAL_VERBS:
            deal = head.head
        if deal is not None:
            return Reading(None, verb, DEAL_VERBS.get(deal.lemma_.lower()) or "acquisition price", False)

    # "a 3 percent rise in net profit", "a 70 percent surge"
    if head.i != root.i and head.lemma_.lower() in change_nouns and head.pos_ == "NOUN":
        measured = _prep_object(head, ("in", "of", "for")) or _compound_measure(head)
        return Reading(measured, verb, noun_phrase(measured) if measured else None, True)

    # "a decline of 6 percent", "an increase of 1.8 percent compared with ..."
    if (
        root.dep_ == "pobj"
        and head.lower_ in ("of", "by")
        and head.head.lemma_.lower() in change_nouns
        and head.head.pos_ == "NOUN"
    ):
        change = head.head
        measured = _prep_object(change, ("in",)) or _compound_measure(change)
        if measured is None and change.dep_ == "appos":
            measured = change.head
        if measured is None and change.dep_ in ("attr", "dobj", "pobj"):
            measured = _measured_for_verb(governing_verb(change), change) if governing_verb(change) else None
        return Reading(measured, verb, noun_phrase(measured) if measured is not None else None, True)

    # "revenue of 100 billion yuan", "a goal of 100 billion yuan"
    if root.dep_ == "pobj" and head.lower_ in ("of", "at") and head.head.pos_ in ("NOUN", "PROPN"):
        measured = head.head
        if measured.lemma_.lower() in (
            "goal",
            "target",
            "forecast",
            "estimate",
            "guidance",
            "outlook",
            "total",
            "level",
            "charge",
            "value",
        ):
            inner = [
                c
                for c in measured.lefts
                if c.dep_ in ("compound", "amod")
                and c.pos_ == "NOUN"
                and c.lower_ not in PERIOD_WORDS
                and c.lower_ not in ("term", "long", "short", "medium")
            ]
            if measured.lemma_.lower() not in ("charge", "value") and inner:
                return Reading(inner[-1], verb, noun_phrase(inner[-1]), False)
        return Reading(measured, verb, noun_phrase(measured), False)

    # "volumes rose 7 percent to 200 billion cigarettes": the count is the level of the verb's subject
    if (
        quantity.unit is None
        and root.dep_ in ("nummod", "compound", "quantmod")
        and head.dep_ == "pobj"
        and head.head.lower_ in ("to", "at")
        and verb is not None
    ):
        measured = _measured_for_verb(verb, head.head)
        if measured is not None and measured.i != head.i:
            return Reading(measured, verb, noun_phrase(measured), False)

    # "100 million smartphones", "123 Go Mart stores": a count of a noun
    if quantity.unit is None and quantity.counted and root.dep_ in ("nummod", "compound", "quantmod"):
        counted_token = head
        if verb is not None and counted_token.dep_ in ("dobj", "attr"):
            participle = table("participle_verbs").get(verb.lemma_.lower())
            flow = table("flow_verbs").get(verb.lemma_.lower())
            if flow:
                return Reading(counted_token, verb, f"{_lemma_phrase(counted_token)} {flow[0]}", False)
            if participle:
                return Reading(counted_token, verb, f"{noun_phrase(counted_token)} {participle[0]}", False)
        return Reading(counted_token, verb, noun_phrase(counted_token), False)

    # "thousands of engineers" after "hire"
    if quantity.unit is None and quantity.counted and root.dep_ in ("dobj", "pobj", "attr"):
        objects = [c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"]
        counted_token = next((c for p in objects for c in p.children if c.dep_ == "pobj"), None)
        if counted_token is not None and verb is not None:
            participle = table("participle_verbs").get(verb.lemma_.lower())
            if participle:
                return Reading(counted_token, verb, f"{noun_phrase(counted_token)} {participle[0]}", False)
            return Reading(counted_token, verb, noun_phrase(counted_token), False)

    # "profit rose 5 percent to ...", "shipments reached 23.16 million", "margin increased by 30 bps"
    anchor = root
    if root.dep_ == "pobj" and head.dep_ == "prep":
        anchor = head
    if verb is not None:
        measured = _measured_for_verb(verb, anchor)
        if measured is not None and measured.lemma_.lower() in change_nouns:
            # "growth was 1.7 percent": the change noun is not what is measured
            inner = _prep_object(measured, ("in", "of")) or _compound_measure(measured)
            return Reading(inner, verb, noun_phrase(inner) if inner is not None else None, True)
        if measured is not None:
            return Reading(measured, verb, noun_phrase(measured), False)
        flow = table("flow_verbs").get(verb.lemma_.lower())
        if flow and quantity.unit is not None:
            return Reading(None, verb, flow[0], False)
    return Reading(None, verb, None, False)


def _compound_measure(change: Token) -> Token | None:
    """ "revenue growth of 19%": the measured noun is the compound before the change noun."""
    compounds = [c for c in change.lefts if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and not c.ent_type_]
    return compounds[-1] if compounds else None


def _lemma_phrase(token: Token) -> str:
    phrase = noun_phrase(token)
    parts = phrase.split()
    if parts:
        parts[-1] = token.lemma_.lower()
    return " ".join(parts)


def _prep_object(head: Token, preps: tuple[str, ...]) -> Token | None:
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def _measured_for_verb(verb: Token, anchor: Token) -> Token | None:
    """For "X rose 5%" the subject X; for "improve the margin to 5%" the object; else the subject inherited."""
    objects = [
        c
        for c in verb.children
        if c.dep_ in ("dobj",)
        and c.i != anchor.i
        and not c.like_num
        and c.ent_type_ not in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY")
    ]
    subject = clause_subject(verb)
    if anchor.dep_ == "prep" and objects:
        return objects[0]
    if subject is not None and _is_measure_noun(subject):
        return subject
    if objects and objects[0].pos_ == "NOUN":
        return objects[0]
    return _noun_before(verb)


def _is_measure_noun(token: Token) -> bool:
    """A common noun (or a capitalised one that names no entity) that is not an organization word."""
    if token.pos_ == "NOUN":
        return token.lemma_.lower() not in words("org_nouns") or token.lemma_.lower() in PRICE_NOUNS
    return token.pos_ == "PROPN" and not token.ent_type_ and token.is_sent_start


def _noun_before(verb: Token) -> Token | None:
    """ "said on Tuesday profit rose to ...": the parse lost the subject; take the noun right before the verb."""
    previous = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if (
        previous is not None
        and previous.pos_ == "NOUN"
        and not previous.ent_type_
        and previous.lower_ not in PERIOD_WORDS
    ):
        # "profit before taxes increased": the noun is inside a post-modifier of the measured noun
        if previous.dep_ == "pobj" and previous.head.dep_ == "prep" and previous.head.head.pos_ == "NOUN":
            return previous.head.head
        return previous
    return None


def normalize_predicate(predicate: str | None, quantity: Quantity, kind: str, *, deal_verb: bool = False) -> str | None:
    """Measured nouns in the form analysts use: share moves are "share price"."""
    if predicate is None:
        return None
    words_ = predicate.split()
    if predicate in ("shares", "stock", "stocks", "share price") and quantity.unit is not None and not deal_verb:
        return "share price"
    if words_ and words_[-1] in ("it", "they", "which", "that", "this"):
        return None
    return predicate


# ----------------------------------------------------------------------------- modality and attribution


FORECAST_NOUNS = frozenset(
    {"estimate", "forecast", "consensus", "poll", "expectation", "projection", "prediction", "view"}
)
FORECASTERS = frozenset(
    {"analyst", "economist", "forecaster", "poll", "survey", "consensus", "broker", "strategist", "market"}
)


def _noun_owner_is_subject(noun: Token) -> bool:
    """ "its forecast", "the company's estimate": the subject's own prediction."""
    return any(
        c.dep_ == "poss" and c.lower_ in ("its", "our", "their") or c.ent_type_ == "ORG" and c.dep_ == "poss"
        for c in noun.children
    )


def modality_for(span: Span, sent: Span, verb: Token | None) -> str:
    """forecast: someone else's prediction (analysts, polls); target: the subject's own goal or plan."""
    root = span.root
    chain = [root, *root.ancestors]
    for token in chain[:6]:
        lemma = token.lemma_.lower()
        if lemma in FORECAST_NOUNS and token.pos_ == "NOUN":
            if _noun_owner_is_subject(token):
                return "target"
            return "forecast"
        if token.pos_ in ("VERB", "AUX"):
            subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None and subject.lemma_.lower() in FORECASTERS:
                return "forecast"
    target_cues = words("target_cues")
    for token in _same_claim(chain):
        if _is_target_cue(token, target_cues):
            return "target"
        if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in token.children):
            return "target"
    goal_nouns = ("goal", "target", "objective", "guidance", "outlook", "plan", "ambition")
    near_nouns = [t for t in sent if t.lemma_.lower() in goal_nouns]
    if near_nouns and min(abs(t.i - span.start) for t in near_nouns) <= 6:
        return "target"
    return "actual"


CLAUSE_MARKS_OF_FACT = frozenset({"after", "as", "since", "because", "while", "when", "although", "though"})


def _same_claim(chain: list[Token]) -> list[Token]:
    """The ancestors up to the edge of the quantity's own clause: a relative clause ("which were
    9.87 billion") or an "after ..." clause states its own fact, whatever the main verb plans."""
    kept = []
    for token in chain:
        kept.append(token)
        if token.dep_ == "relcl":
            break
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CLAUSE_MARKS_OF_FACT for c in token.children):
            break
    return kept


def _is_target_cue(token: Token, cues: frozenset[str]) -> bool:
    lemma = token.lemma_.lower()
    if lemma == "see":
        return token.tag_ in ("VBZ", "VBP", "VBG")  # "sees profit rising" is guidance; "saw" is a result
    return lemma in cues or token.lower_ in ("will", "would")


def attribution_for(sent: Span, ctx: DocContext) -> str | None:
    """ "according to X", "X said": the person (or source) a claim is attributed to."""
    reporting = words("reporting_verbs")
    for token in sent:
        if token.lower_ == "according":
            for t in token.subtree:
                cluster = ctx.entities.at(t.i)
                if cluster is not None and cluster.label == "PERSON":
                    return cluster.name
        if token.lemma_.lower() in reporting and token.pos_ == "VERB":
            for child in token.children:
                if child.dep_ in SUBJECT_DEPS:
                    cluster = ctx.entities.at(child.i)
                    if cluster is not None and cluster.label == "PERSON":
                        return cluster.name
    return None


# ----------------------------------------------------------------------------- periods


def _clause_tokens(span: Span) -> set[int]:
    """Token indices of the clause governing a span: its verb's subtree without coordinated clauses."""
    verb = _own_clause(span.root)
    if verb is None:
        return set()
    tokens = {t.i for t in verb.subtree}
    for child in verb.children:
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
            tokens -= {t.i for t in child.subtree}
    return tokens


def _phrase_span(doc: Doc, sent: Span, m: PeriodMention) -> Span | None:
    """The tokens of a period phrase, without trailing punctuation ("in June." ends a sentence)."""
    phrase = doc.char_span(sent.start_char + m.start, sent.start_char + m.end, alignment_mode="expand")
    while phrase is not None and len(phrase) > 1 and phrase[-1].is_punct:
        phrase = phrase[:-1]
    return phrase


def _is_this_year(m: PeriodMention) -> bool:
    return re.search(r"\bthis\s+year\b", m.text, re.I) is not None and m.period.start is not None


def _to_date(m: PeriodMention, published: dt.date | None) -> PeriodMention:
    """ "Shares have fallen 24 percent this year": a price move this year runs to the publication date."""
    if not _is_this_year(m) or m.role == "to_date" or m.point or published is None:
        return m
    end = min(m.period.end, published)
    return PeriodMention(
        m.start,
        m.end,
        Period(start=m.period.start, end=end, label=f"{m.period.start.year} to date"),
        "to_date",
        False,
        m.text,
    )


def _dates_the_statement(m: PeriodMention, span: Span, sent: Span) -> bool:
    """ "BMO said in November it was targeting ...": the phrase dates the saying, not the figure."""
    phrase = _phrase_span(span.doc, sent, m)
    if phrase is None:
        return False
    clause = _own_clause(phrase.root)
    return (
        clause is not None
        and clause.lemma_.lower() in words("reporting_verbs")
        and clause.i != _own_clause(span.root).i
        if _own_clause(span.root) is not None
        else False
    )


def _own_clause(token: Token) -> Token | None:
    """The verb of the clause a token belongs to (the token itself when it is a verb)."""
    return token if token.pos_ in ("VERB", "AUX") else governing_verb(token)


def _clause_covers(m: PeriodMention, span: Span, sent: Span) -> bool:
    phrase = _phrase_span(span.doc, sent, m)
    if phrase is None:
        return True
    clause = _own_clause(phrase.root)
    return clause is None or clause.i in {a.i for a in span.root.ancestors} | {span.root.i}


def _period_for(
    span: Span,
    periods: list[PeriodMention],
    sent: Span,
    *,
    quantity_starts: tuple[int, ...] = (),
    days: bool = True,
    same_clause: bool = False,
    days_only: bool = False,
    other_quantities: tuple[Span, ...] = (),
    published: dt.date | None = None,
) -> tuple[Period | None, Period | None, dt.date | None]:
    """(period, comparison, as_of) for a quantity, from the period phrases of its sentence.

    A phrase belongs to the quantity when no other quantity stands between them ("rose 1.6 percent
    on Tuesday, adding to 4 percent gained so far this year": the year-to-date is the 4 percent's);
    a single day ("on Tuesday") dates prices and events, not the figures a company announced that day."""
    position = span.start_char - sent.start_char
    others = [q - sent.start_char for q in quantity_starts if q != span.start_char]

    def reachable(m: PeriodMention) -> bool:
        low, high = sorted((position, m.start))
        return not any(low < q < high for q in others)

    def owned_elsewhere(m: PeriodMention) -> bool:
        """ "the 4 percent gained so far this year", "take a $5 million charge in the first quarter": the
        phrase hangs on another quantity, or on a clause that holds another quantity and not this one."""
        phrase = _phrase_span(span.doc, sent, m)
        if phrase is None:
            return False
        if phrase.root.dep_ in ("compound", "nummod", "amod", "poss", "nmod"):
            return True  # "its 2007 targets": the year dates the targets, not this figure
        ancestors = {a.i for a in phrase.root.ancestors}
        if any(q.root.i in ancestors for q in other_spans):
            return True
        clause = governing_verb(phrase.root)
        if clause is None or clause.i in {a.i for a in span.root.ancestors}:
            return False
        clause_tokens = {t.i for t in clause.subtree}
        return any(q.root.i in clause_tokens for q in other_spans)

    other_spans = [q for q in other_quantities if q.start_char != span.start_char]
    candidates = [m for m in periods if reachable(m) and (days or not m.point)]
    if not candidates:
        candidates = [m for m in periods if not owned_elsewhere(m) and (days or not m.point)]
    if days_only:
        candidates = [_to_date(m, published) for m in candidates if m.point or m.role == "to_date" or _is_this_year(m)]
    clause = _clause_tokens(span)

    def inside(m: PeriodMention) -> bool:
        phrase = _phrase_span(span.doc, sent, m)
        return phrase is not None and phrase.root.i in clause

    candidates = [m for m in candidates if not _dates_the_statement(m, span, sent)]
    in_clause = [m for m in candidates if inside(m)]
    if in_clause or same_clause:
        candidates = in_clause
    else:
        # a phrase outside the figure's clause dates it only from a clause above it, not from a sibling
        # ("volumes rose 7 percent ..., helped by the acquisition in April of X": April is the acquisition's)
        candidates = [m for m in candidates if _clause_covers(m, span, sent)]
    own = [m for m in candidates if m.role in ("period", "by", "to_date")]
    comparisons = [m for m in candidates if m.role == "comparison"]
    as_of = next((m.period.start for m in periods if m.role == "as_of"), None)
    period = None
    if own:
        # the nearest phrase, preferring one after the quantity in the same clause ("23 million in Q2")
        nearest = min(own, key=lambda m: abs(m.start - position) + (0 if m.start >= position else 15))
        period = nearest.period
    comparison = comparisons[0].period if comparisons else None
    return period, comparison, as_of


def report_period(doc: Doc, title: str | None, published: dt.date | None, fiscal: FiscalCalendar) -> Period | None:
    """The period a results report covers: the first quarter, half or fiscal year named in its title or lead."""
    sents = list(doc.sents)
    lead = " ".join(s.text for s in sents[:2])
    for text in (title or "", lead):
        mentions = [
            m
            for m in find_periods(text, published=published, fiscal=fiscal)
            if not m.point and m.role == "period" and m.period.start is not None
        ]
        # a phrase with a number in it ("2016", "Q1") says more than "annual"
        mentions.sort(key=lambda m: (not re.search(r"\d", text[m.start : m.end]), m.start))
        if mentions:
            return mentions[0].period
    return None


RESULT_WORDS = re.compile(
    r"\b(results?|profit|earnings|revenue|sales|shipments|loss|quarter|quarterly|annual|half|turnover|income)\b", re.I
)


# ----------------------------------------------------------------------------- facts


def fact_id(doc_id: str, start: int, end: int, kind: str, predicate: str, anchor: int) -> str:
    return hashlib.sha1(f"{doc_id}|{start}|{end}|{kind}|{predicate}|{anchor}".encode()).hexdigest()[:16]


def _evidence(sent: Span) -> Evidence:
    return Evidence(sentence=sent.text, start=sent.start_char, end=sent.end_char)


@dataclass(frozen=True)
class SentencePeriods:
    """A sentence's period phrases read as about the past (actual results) and as about the future (plans)."""

    past: list[PeriodMention]
    future: list[PeriodMention]

    def for_modality(self, modality: str) -> list[PeriodMention]:
        return self.past if modality == "actual" else self.future


def quantity_facts(
    sent: Span, mentions: list[tuple[QuantityMention, Span]], both: SentencePeriods, ctx: DocContext
) -> list[Fact]:
    periods = both.past
    facts = []
    previous: tuple[QuantityMention, Fact] | None = None
    footnotes = [(m.start() + sent.start_char, m.end() + sent.start_char) for m in FOOTNOTE.finditer(sent.text)]
    period_spans = [(m.start + sent.start_char, m.end + sent.start_char) for m in periods]
    attributed = attribution_for(sent, ctx)
    skip = frozenset(t.i for _, q_span in mentions for t in q_span)
    starts = tuple(m.start for m, _ in mentions)
    for mention, span in mentions:
        if any(s <= mention.start < e for s, e in footnotes + period_spans):
            continue
        quantity = _implied_currency(mention, span, facts, sent)
        if quantity is None:
            continue
        reading = read_quantity(span, quantity, mention.kind, skip)
        if reading.measured is not None and reading.measured.lemma_.lower() in FORECAST_NOUNS | {"poll"}:
            earlier = next((f for f in reversed(facts) if f.value and f.value.unit == quantity.unit), None)
            if earlier is not None:  # "beating a forecast of 122 million": the forecast is of the same measure
                reading = Reading(None, reading.verb, earlier.predicate, reading.is_change)
        quantity = _settle_direction(quantity, span, reading)
        kind = "change" if (quantity.direction or reading.is_change) else "metric"
        coordinated = _coordinated_with(previous, mention, sent)
        if coordinated is not None:
            if kind == "metric" and coordinated.kind == "change":
                kind = "change"
                quantity = quantity.model_copy(
                    update={"direction": coordinated.value.direction if coordinated.value else None}
                )
            if reading.predicate is None or reading.measured is None:
                reading = Reading(reading.measured, reading.verb, coordinated.predicate, kind == "change")
        if (
            mention.kind == "multiple"
            and kind == "metric"
            and reading.verb is not None
            and reading.verb.lemma_ in words("change_up")
        ):
            kind = "change"
        deal_verb = reading.verb is not None and reading.verb.lemma_.lower() in (
            "buy",
            "purchase",
            "acquire",
            "issue",
            "sell",
            "repurchase",
            "hold",
            "own",
        )
        predicate = normalize_predicate(reading.predicate, quantity, kind, deal_verb=deal_verb)
        if predicate is None and _is_price_verb(reading.verb):
            predicate = "share price"
        if predicate is None:
            if quantity.unit is None and not quantity.counted:
                continue  # a bare number with nothing measured is not a fact
            predicate = quantity.counted if quantity.unit is None else (_topic_predicate(ctx, quantity) or "amount")
        if quantity.unit is None and quantity.counted is None:
            counted = reading.measured.lemma_.lower() if reading.measured is not None else predicate_head(predicate)
            quantity = quantity.model_copy(update={"counted": counted})
        subject = subject_for(reading.measured, reading.verb, ctx, sent)
        if subject is None:
            continue
        modality = modality_for(span, sent, reading.verb)
        period, comparison, as_of = _period_for(
            span,
            both.for_modality(modality),
            sent,
            quantity_starts=starts,
            days=_is_dated_daily(predicate),
            days_only=_is_dated_daily(predicate),
            other_quantities=tuple(q for _, q in mentions),
            published=ctx.published,
        )
        if period is None:
            period, as_of = _default_period(predicate, kind, modality, ctx, as_of)
        if kind == "change" and comparison is None and YEAR_ON_YEAR.search(sent.text):
            comparison = "year on year"
        facts.append(
            Fact(
                doc_id=ctx.doc_id,
                fact_id=fact_id(ctx.doc_id, sent.start_char, sent.end_char, kind, predicate, mention.start),
                kind=kind,
                subject=subject,
                predicate=predicate,
                value=quantity,
                period=period,
                as_of=as_of,
                location=_location(reading, span, ctx),
                comparison=comparison if kind == "change" else None,
                modality=modality,
                attributed_to=attributed,
                evidence=_evidence(sent),
                confidence=0.8 if reading.predicate else 0.5,
            )
        )
        previous = (mention, facts[-1])
        if facts[-1].predicate != "amount":
            ctx.topics[_unit_class(quantity)] = facts[-1].predicate
    return facts


PRICE_VERBS = frozenset({"close", "trade", "end", "finish", "open", "settle"})


def _is_price_verb(verb: Token | None) -> bool:
    """ "closed down 7 cents at C$70.01": a market verb whose subject is the stock."""
    if verb is None or verb.lemma_.lower() not in PRICE_VERBS:
        return False
    subject = clause_subject(verb)
    return subject is None or subject.lower_ in ("shares", "stock", "it") or subject.ent_type_ == "ORG"


def _is_dated_daily(predicate: str) -> bool:
    """Share prices and index levels are dated by the day; a deal's price is not."""
    return predicate in ("share price", "stock price") or predicate.split()[-1] == "index"


def _unit_class(quantity: Quantity) -> str:
    if quantity.unit in ("percent", "percentage_point"):
        return "percent"
    return "count" if quantity.unit is None else "amount"


def _topic_predicate(ctx: DocContext, quantity: Quantity) -> str | None:
    """An amount whose sentence names nothing measured ("the group achieved €168.8 million") continues
    the topic of the paragraph: the last predicate read for an amount of the same kind."""
    return ctx.topics.get(_unit_class(quantity))


SCALE_WORDS = re.compile(r"(?i)\b(?:thousand|million|billion|trillion|bn|mn|mln|bln|crore|lakh)\b|\d(?:m|bn|b|k)\b")
CURRENCY_AFTER = re.compile(r"^\s*\(\s*(euros?|dollars?|pounds?|yen|yuan|francs?|rupees?)\s*\)", re.I)


def _implied_currency(mention: QuantityMention, span: Span, facts: list[Fact], sent: Span) -> Quantity | None:
    """A scaled amount with no unit of its own ("a forecast of 122 million", "383 billion", "400 million
    (euros)") is money in the currency the sentence has been using; a bare written number that counts
    nothing ("the three are") is not a quantity at all."""
    quantity = mention.quantity
    if quantity.unit is not None:
        return quantity
    doc = span.doc
    counts_a_noun = span.root.dep_ in ("nummod", "compound", "quantmod") and span.root.head.pos_ == "NOUN"
    if (
        not any(ch.isdigit() for ch in quantity.surface)
        and not counts_a_noun
        and not SCALE_WORDS.search(quantity.surface)
    ):
        after = doc[span.end] if span.end < len(doc) else None
        if after is None or after.lower_ != "of":
            return None
    if (
        not SCALE_WORDS.search(quantity.surface)
        or counts_a_noun
        and span.root.head.i >= span.end
        and not CURRENCY_AFTER.match(doc.text[mention.end : mention.end + 14])
    ):
        return quantity
    written = CURRENCY_AFTER.match(doc.text[mention.end : mention.end + 14])
    if written:
        from extractor.lexicons import table as _table

        code = _table("currencies").get(written.group(1).lower())
        return quantity.model_copy(update={"unit": code[0], "counted": None}) if code else quantity
    earlier = [
        f.value.unit for f in facts if f.value and f.value.unit and len(f.value.unit) == 3 and f.value.unit.isupper()
    ]
    if earlier:
        return quantity.model_copy(update={"unit": earlier[-1], "counted": None})
    return quantity


def _settle_direction(quantity: Quantity, span: Span, reading: Reading) -> Quantity:
    """The direction of a quantity from the parse, else from its neighbouring words; none for a
    count of what a verb acts on ("cut 1,000 jobs" is a count of jobs cut)."""
    if (
        quantity.counted
        and quantity.unit is None
        and span.root.dep_ in ("nummod", "compound")
        and span.root.head.dep_ in ("dobj", "attr")
    ):
        return quantity.model_copy(update={"direction": None})
    if quantity.unit is None and quantity.counted and not reading.is_change:
        return quantity
    before = span.doc[span.start - 1] if span.start > span.sent.start else None
    before2 = span.doc[span.start - 2] if span.start - 1 > span.sent.start else None
    if before is not None and before.lower_ in ("to", "at") and not (before2 is not None and before2.lower_ == "up"):
        return quantity.model_copy(update={"direction": None})  # "rose ... to €34.9 million" is the new level
    direction = quantity.direction or (_noun_direction(span) if reading.is_change else None)
    direction = direction or window_direction(span) or comparative_direction(span) or acl_direction(span)
    return quantity.model_copy(update={"direction": direction}) if direction != quantity.direction else quantity


def _coordinated_with(
    previous: tuple[QuantityMention, Fact] | None, mention: QuantityMention, sent: Span
) -> Fact | None:
    """ "a decrease of €31.7 million or 9.1 percent": the second amount restates the first claim."""
    if previous is None:
        return None
    between = sent.doc.text[previous[0].end : mention.start]
    return previous[1] if re.fullmatch(COORDINATION, between, flags=re.I) else None


# "€31.7 million or 9.1 percent", "$36.8 billion, up 21%", "$5 million, an increase of 3 percent"
COORDINATION = (
    r"\s*,?\s*(?:or|and|up|down|(?:an?\s+)?(?:increase|decrease|rise|fall|decline|drop|gain|growth)\s+of)"
    r"\s*(?:by\s+)?(?:about\s+|some\s+|nearly\s+)?"
)


WINDOW_SKIP = frozenset(
    "by a an some about nearly around almost roughly approximately over more than only just slightly sharply "
    "strongly further another additional a further also respectively".split()
)
LEVEL_PREPOSITIONS = frozenset({"to", "at", "from", "of", "in", "for", "on", "with", "was", "were", "is", "are"})


def window_direction(span: Span) -> str | None:
    """Direction from the words just before a quantity ("increased 61%", "a decrease of 9 percent",
    "fell by about 2 percent"), for when the parse attaches the quantity elsewhere; "to 5" is a level."""
    up, down = words("change_up"), words("change_down")
    i = span.start - 1
    while i >= span.sent.start and span.start - i <= 7:
        token = span.doc[i]
        lemma, lower = token.lemma_.lower(), token.lower_
        if lower in ("of", "by") and i - 1 >= span.sent.start:
            before = span.doc[i - 1].lemma_.lower()
            if before in up:
                return "up"
            if before in down:
                return "down"
            if lower == "of":
                return None
        elif lemma in up or lower in up:
            return "up"
        elif lemma in down or lower in down:
            return "down"
        elif lower in LEVEL_PREPOSITIONS or token.is_punct or token.like_num:
            return None
        elif token.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "PRON", "PART") and span.start - i <= 6:
            pass  # "raised its full year dividend 12 percent": the verb stands before its object
        elif lower not in WINDOW_SKIP:
            return None
        i -= 1
    return None


def comparative_direction(span: Span) -> str | None:
    """ "6.1 percent less than in 2015", "3 percent higher": a difference stated by a comparative."""
    after = span.doc[span.end] if span.end < span.sent.end else None
    if after is None:
        return None
    if after.lower_ in ("less", "lower", "fewer", "below", "down"):
        return "down"
    if after.lower_ in ("more", "higher", "above", "up", "greater"):
        return "up"
    return None


def acl_direction(span: Span) -> str | None:
    """ "the 4 percent gained so far": a participle after the quantity states its movement."""
    for child in span.root.children:
        if child.dep_ == "acl":
            lemma = child.lemma_.lower()
            if lemma in words("change_up"):
                return "up"
            if lemma in words("change_down"):
                return "down"
    return None


def _noun_direction(span: Span) -> str | None:
    after = span.doc[span.end] if span.end < span.sent.end else None
    if after is not None and after.pos_ == "NOUN" and after.lemma_.lower() in words("change_up") | words("change_down"):
        return "up" if after.lemma_.lower() in words("change_up") else "down"
    head_token = span.root.head
    if head_token.lower_ in ("of", "by") and head_token.dep_ == "prep":
        head_token = head_token.head
    head = head_token.lemma_.lower()
    if head in words("change_up"):
        return "up"
    if head in words("change_down"):
        return "down"
    return None


def is_stock(predicate: str) -> bool:
    """Counts of a stock (employees, stores, stakes) hold at a point in time; an average over a period is a flow."""
    head = predicate_head(predicate)
    return "average" not in predicate and any(
        head == s or head == s + "s" or head == s + "es" for s in words("stock_nouns")
    )


POST_MODIFIERS = frozenset({"of", "in", "per", "for", "to", "from", "at", "on", "by", "with", "before", "after", "as"})


def predicate_head(predicate: str) -> str:
    """The measured noun of a predicate: the last word before its first post-modifier."""
    words_ = predicate.split()
    for i, word in enumerate(words_):
        if word in POST_MODIFIERS and i > 0:
            return words_[i - 1]
    return words_[-1] if words_ else predicate


def _default_period(
    predicate: str, kind: str, modality: str, ctx: DocContext, as_of: dt.date | None
) -> tuple[Period | None, dt.date | None]:
    """A figure with no period phrase: a stock or level is as of publication; a flow in a
    results report takes the period the report covers."""
    if _is_dated_daily(predicate) and ctx.published:
        day = Period(start=ctx.published, end=ctx.published, label=ctx.published.isoformat())
        return day, as_of or ctx.published
    if is_stock(predicate):
        return None, as_of or ctx.published
    if ctx.section_period is not None and modality in ("actual", "forecast"):
        return ctx.section_period, as_of
    if ctx.report_period is not None and modality in ("actual", "forecast"):
        return ctx.report_period, as_of
    return None, as_of


def _location(reading: Reading, span: Span, ctx: DocContext) -> str | None:
    anchors = [t for t in (reading.measured, reading.verb) if t is not None]
    for anchor in anchors:
        for child in anchor.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "across", "within"):
                for obj in child.children:
                    cluster = ctx.entities.at(obj.i)
                    if obj.dep_ == "pobj" and cluster is not None and cluster.label in ("GPE", "LOC"):
                        return cluster.name
    return None


# ----------------------------------------------------------------------------- ranks


def rank_facts(sent: Span, periods: list[PeriodMention], ctx: DocContext) -> list[Fact]:
    """ "the fourth company in the world", "Canada's fourth-largest bank", "rank number one",
    "the world's largest X"."""
    facts = []
    period_tokens: set[int] = set()
    for m in periods:
        span = sent.doc.char_span(sent.start_char + m.start, sent.start_char + m.end, alignment_mode="expand")
        if span is not None:
            period_tokens.update(range(span.start, span.end))
    for token in sent:
        if token.i in period_tokens:
            continue
        found = _rank_at(token)
        if found is None:
            continue
        position, noun, field_ = found
        if noun is None or noun.i in period_tokens or noun.lower_ in PERIOD_WORDS:
            continue
        subject = subject_for(None, governing_verb(token), ctx, sent) if noun.dep_ not in ("appos",) else None
        if noun.dep_ == "appos":
            subject = resolve_subject(noun.head, ctx)
        subject = subject or ctx.main_org
        if subject is None:
            continue
        predicate = _plural(noun_phrase(noun, drop_entities=True), noun)
        period, _, _ = _period_for(sent.doc[token.i : token.i + 1], periods, sent, days=False, same_clause=True)
        quantity = Quantity(amount=float(position), surface=token.text)
        facts.append(
            Fact(
                doc_id=ctx.doc_id,
                fact_id=fact_id(ctx.doc_id, sent.start_char, sent.end_char, "rank", predicate, token.idx),
                kind="rank",
                subject=subject,
                predicate=predicate,
                object=field_,
                value=quantity,
                period=period,
                location=field_ if field_ and ctx.entities.at(_field_token(noun) or 0) else None,
                modality="actual",
                evidence=_evidence(sent),
                confidence=0.6,
            )
        )
    return facts


def _field_token(noun: Token) -> int | None:
    for child in noun.children:
        if child.dep_ == "poss":
            return child.i
    return None


def _plural(phrase: str, noun: Token) -> str:
    """Ranked nouns are named in the plural ("banks", "companies"), as a reader lists the field."""
    if noun.tag_ != "NN" or phrase.endswith("s"):
        return phrase
    if re.search(r"[^aeiou]y$", phrase):
        return phrase[:-1] + "ies"
    if re.search(r"(?:s|x|z|ch|sh)$", phrase):
        return phrase + "es"
    return phrase + "s"


def _rank_at(token: Token) -> tuple[int, Token | None, str | None] | None:
    """(position, ranked noun, field) when `token` states a numbered rank."""
    lower = token.lower_
    # "rank number one", "No. 1"
    if (
        lower in ("one", "1")
        and token.i > 0
        and (token.doc[token.i - 1].lower_ in ("number", "no.") or token.doc[token.i - 1].text == "No" and lower == "1")
    ):
        verb = governing_verb(token)
        noun = _terms_noun(token)
        return 1, noun or verb, None
    # "fourth-largest bank", "second top brand", "world's largest staffing group"
    parts = lower.split("-")
    ordinal = ORDINAL_VALUES.get(parts[0])
    # "third-largest carrier" tokenized as third / - / largest
    if ordinal and token.head.tag_ == "JJS" and token.head.head.pos_ == "NOUN" and token.head.i > token.i:
        noun = token.head.head
        return (ordinal, noun, _rank_field(noun)) if _rank_field(noun) and not _one_of(noun) else None
    if token.dep_ in ("amod", "compound", "advmod") and token.head.pos_ == "NOUN":
        noun = token.head
        superlative = lower in RANK_ADJECTIVES or (len(parts) == 2 and parts[1] in RANK_ADJECTIVES)
        has_ordinal = any(c.lower_ in ORDINAL_VALUES for c in token.children) or (
            token.i >= 2 and token.doc[token.i - 1].text == "-" and token.doc[token.i - 2].lower_ in ORDINAL_VALUES
        )
        if superlative and has_ordinal:
            return None  # "fourth-largest": the ordinal states the rank
        if ordinal and len(parts) == 1:
            nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
            if nxt is not None and (nxt.lower_ in RANK_ADJECTIVES or nxt.tag_ == "JJS"):
                return ordinal, noun, _rank_field(noun)
            # "the fourth company in the world"; not "the third wave", "third-tier cities"
            if noun.lemma_.lower() in words("org_nouns") and _rank_field(noun):
                return ordinal, noun, _rank_field(noun)
            return None
        if superlative and not _one_of(noun):
            field_ = _rank_field(noun)
            if field_ is None:
                return None
            return ordinal or 1, noun, field_
    return None


def _terms_noun(token: Token) -> Token | None:
    """ "number one in terms of smartphone sales" -> sales."""
    for t in token.doc[token.i : min(token.i + 8, len(token.doc))]:
        if t.lower_ == "terms":
            obj = _prep_object(t, ("of",))
            if obj is not None:
                return obj
    return None


def _one_of(noun: Token) -> bool:
    head = noun.head
    return head.lower_ == "of" and head.head.lower_ in ("one", "some", "among")


def _rank_field(noun: Token) -> str | None:
    """Where a rank holds: "in the world", "Canada's", "in the Indian smartphone market"."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child.text if child.ent_type_ else ("world" if child.lower_ == "world" else None)
        if child.dep_ == "prep" and child.lower_ in ("in", "on", "among"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                if obj.lower_ == "world":
                    return "world"
                return noun_phrase(obj, drop_entities=False) if obj.pos_ in ("NOUN", "PROPN") else None
    return None


# ----------------------------------------------------------------------------- roles and events


def role_facts(sent: Span, ctx: DocContext, seen: set[tuple[str, str]]) -> list[Fact]:
    """ "chairman and CEO Li Jun", "Karl Brenner, chief executive": one role fact per person and title."""
    facts = []
    title_words = words("title_words")
    for cluster in {c.name: c for c in ctx.entities.clusters if c.label == "PERSON"}.values():
        for mention in cluster.mentions:
            if not (sent.start <= mention.start < sent.end):
                continue
            title_tokens, org = (
                _title_before(mention, title_words, ctx)
                or _title_after(mention, title_words, ctx)
                or _title_as(mention, title_words)
                or ([], None)
            )
            if not title_tokens:
                continue
            title = _span_text(title_tokens).lower().replace(" - ", "-")
            title = re.sub(r"^(?:the|its|a)\s+", "", title)
            key = (cluster.name, title)
            if key in seen:
                continue
            seen.add(key)
            subject = org or ctx.main_org
            if subject is None:
                continue
            facts.append(
                Fact(
                    doc_id=ctx.doc_id,
                    fact_id=fact_id(ctx.doc_id, sent.start_char, sent.end_char, "role", title, mention.start_char),
                    kind="role",
                    subject=subject,
                    predicate=title,
                    object=cluster.name,
                    modality="actual",
                    evidence=_evidence(sent),
                    confidence=0.7,
                )
            )
    return facts


def _title_before(mention: Span, title_words: frozenset[str], ctx: DocContext) -> tuple[list[Token], str | None] | None:
    doc = mention.doc
    tokens: list[Token] = []
    org = None
    i = mention.start - 1
    if i > mention.sent.start and doc[i].text == "," and doc[i - 1].lower_ in title_words:
        i -= 1  # "Its chief executive, Tom Baker,"
    while i >= mention.sent.start:
        t = doc[i]
        if t.lower_ in title_words or (t.lower_ in ("and", "&", "of", "-") and tokens):
            tokens.insert(0, t)
        elif ctx.entities.at(t.i) is not None and ctx.entities.at(t.i).label == "ORG":
            org = ctx.entities.at(t.i).name
            break
        else:
            break
        i -= 1
    while tokens and tokens[0].lower_ in ("and", "&", "of", "-"):
        tokens.pop(0)
    if not any(t.lower_ in words("role_nouns") or t.lower_ in ("ceo", "cfo", "coo", "cto") for t in tokens):
        return None
    return tokens, org


def _title_after(mention: Span, title_words: frozenset[str], ctx: DocContext) -> tuple[list[Token], str | None] | None:
    """ "Gary Dunn, chief executive" / "Fred Tanner, head of Canadian retail banking"."""
    doc = mention.doc
    i = mention.end
    if i >= mention.sent.end or doc[i].text != ",":
        return None
    i += 1
    while i < mention.sent.end and doc[i].lower_ in ("the", "its", "a"):
        i += 1
    tokens: list[Token] = []
    org = None
    leading = ctx.entities.at(i) if i < mention.sent.end else None
    if leading is not None and leading.label == "ORG":
        org = leading.name
        while i < mention.sent.end and (ctx.entities.at(i) is leading or doc[i].lower_ in ("'s", "’s")):
            i += 1
    while i < mention.sent.end:
        t = doc[i]
        if t.lower_ in title_words or (t.lower_ in ("and", "&", "-") and tokens):
            tokens.append(t)
            i += 1
            continue
        if t.lower_ == "of" and tokens and org is None:
            obj = list(doc[i + 1 : min(i + 7, mention.sent.end)])
            ent = next(
                (
                    ctx.entities.at(o.i)
                    for o in obj
                    if ctx.entities.at(o.i) is not None and ctx.entities.at(o.i).label == "ORG"
                ),
                None,
            )
            if ent is not None:
                org = ent.name
                break
            # "head of Canadian retail banking": the unit belongs to the title
            stop = next(
                (k for k, o in enumerate(obj) if o.is_punct or o.pos_ in ("VERB", "AUX", "ADP", "CCONJ")), len(obj)
            )
            tokens.append(t)
            tokens.extend(obj[:stop])
            break
        break
    if not tokens or not any(
        t.lower_ in words("role_nouns") or t.lower_ in ("ceo", "cfo", "coo", "cto") for t in tokens
    ):
        return None
    return tokens, org


EVENT_NOUNS = {
    "acquisition": "acquisition",
    "purchase": "acquisition",
    "takeover": "acquisition",
    "buyout": "acquisition",
    "launch": "launch",
    "release": "release",
    "merger": "merger",
}


def _title_as(mention: Span, title_words: frozenset[str]) -> tuple[list[Token], str | None] | None:
    """ "named Ann Lee as president", "Bo Chen, who became chairman": the title a person takes."""
    doc, i = mention.doc, mention.end
    if i < mention.sent.end and doc[i].text == ",":
        i += 1
    lead = [t.lower_ for t in doc[i : min(i + 2, mention.sent.end)]]
    if lead[:1] == ["as"]:
        i += 1
    elif lead[:2] in (["who", "became"], ["who", "becomes"], ["who", "is"], ["who", "remains"]):
        i += 2
    else:
        return None
    while i < mention.sent.end and doc[i].lower_ in ("the", "its", "a", "an"):
        i += 1
    tokens = []
    while i < mention.sent.end and (doc[i].lower_ in title_words or doc[i].lower_ in ("and", "-") and tokens):
        tokens.append(doc[i])
        i += 1
    if not any(t.lower_ in words("role_nouns") or t.lower_ in ("ceo", "cfo", "coo", "cto") for t in tokens):
        return None
    return tokens, None


def event_facts(sent: Span, both: SentencePeriods, ctx: DocContext) -> list[Fact]:
    """ "released its first smartphone chip Nova X1 in February", "the acquisition in April of Brandt Co":
    an event verb or noun whose object is a named product or organization, one fact per named object."""
    facts = []
    events = table("event_verbs")
    for token in sent:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in events:
            predicate = events[lemma][0]
            obj = next((c for c in token.children if c.dep_ == "dobj"), None)
            subject = resolve_subject(clause_subject(token), ctx)
        elif token.pos_ == "NOUN" and lemma in EVENT_NOUNS:
            predicate = EVENT_NOUNS[lemma]
            obj = (
                _prep_object(token, ("of",))
                or next((c for c in token.children if c.dep_ == "dobj"), None)
                or _nearby_of_object(token)
            )
            owner = _possessor(token)
            subject = resolve_subject(owner, ctx) if owner is not None else None
            subject = subject or resolve_subject(
                clause_subject(governing_verb(token)) if governing_verb(token) else None, ctx
            )
        else:
            continue
        if obj is None:
            continue
        subject = subject or ctx.main_org
        modality = modality_for(sent.doc[token.i : token.i + 1], sent, token)
        period, _, _ = _period_for(sent.doc[token.i : token.i + 1], both.for_modality(modality), sent, days=False)
        for named in _named_objects(obj, ctx, ("PRODUCT", "ORG", "WORK_OF_ART", "FAC")):
            if subject is None or named == subject:
                continue
            facts.append(
                Fact(
                    doc_id=ctx.doc_id,
                    fact_id=fact_id(
                        ctx.doc_id, sent.start_char, sent.end_char, "event", f"{predicate}|{named}", token.idx
                    ),
                    kind="event",
                    subject=subject,
                    predicate=predicate,
                    object=named,
                    period=period,
                    modality=modality,
                    evidence=_evidence(sent),
                    confidence=0.6,
                )
            )
    return facts


def _nearby_of_object(token: Token) -> Token | None:
    """ "the acquisition in May of X": the parse may hang "of X" on the date; take the of-phrase just after."""
    for t in token.doc[token.i + 1 : min(token.i + 6, token.sent.end)]:
        if t.lower_ == "of":
            return next((c for c in t.children if c.dep_ == "pobj"), None)
        if t.pos_ == "VERB" or t.is_punct:
            return None
    return None


def _named_objects(token: Token, ctx: DocContext, labels: tuple[str, ...]) -> list[str]:
    """The named entities an object noun phrase stands for: the entity at its head or in apposition to it
    ("cigarette maker Brandt", "a system - Pulse 600"); else the items of "such as A, B and C"; else the
    first name inside it ("its stake in Kappa Mobile")."""

    def named(t: Token) -> str | None:
        cluster = ctx.entities.at(t.i)
        return cluster.name if cluster is not None and cluster.label in labels else None

    head = named(token) or next(
        (named(c) for c in reversed(list(token.children)) if c.dep_ in ("appos", "compound") and named(c)), None
    )
    if head:
        return [head]
    listed = []
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("as", "like", "including"):
            for t in child.subtree:
                name = named(t)
                if (
                    name
                    and name not in listed
                    and (t.dep_ in ("pobj", "conj", "appos") or t.head.dep_ in ("pobj", "conj", "appos"))
                ):
                    listed.append(name)
    if listed:
        return listed
    first = next((named(t) for t in token.subtree if named(t)), None)
    return [first] if first else []


# ----------------------------------------------------------------------------- document


def _body_start(text: str) -> int:
    """Offset just after the ` date YYYY-MM-DD title` header line, or 0."""
    match = re.match(r"\s*date\s+\d{4}-\d{2}-\d{2}[^\n]*\n", text)
    return match.end() if match else 0


def find_facts(doc: Doc, *, doc_id: str, published: dt.date | None, title: str | None = None) -> ExtractionResult:
    """All facts of a parsed Doc, in document order, with its entities, quantities and periods."""
    body_start = _body_start(doc.text)
    title = title or (
        doc.text[:body_start].split(None, 2)[2].strip()
        if body_start and len(doc.text[:body_start].split(None, 2)) > 2
        else None
    )
    fiscal = fiscal_calendar(doc.text)
    entities = index_entities(doc, title=title, body_start=body_start)
    ctx = DocContext(doc, doc_id, published, fiscal, entities, None, body_start)
    ctx.report_period = (
        report_period(doc, title, published, fiscal) if RESULT_WORDS.search(title or doc.text[:400]) else None
    )
    all_mentions = mentions_in_doc(doc)
    facts: list[Fact] = []
    quantities: list[dict] = []
    periods_out: list[dict] = []
    seen_roles: set[tuple[str, str]] = set()
    for sent in doc.sents:
        if sent.start_char < body_start or not sent.text.strip():
            continue
        sent = _trim(sent)
        if sent is None:
            continue
        if "\n\n" in doc.text[max(body_start, sent.start_char - 4) : sent.start_char] or sent.start_char == body_start:
            ctx.topics.clear()
        both = SentencePeriods(
            find_periods(sent.text, published=published, future=False, fiscal=fiscal),
            find_periods(sent.text, published=published, future=True, fiscal=fiscal),
        )
        periods = both.future if sentence_is_future(sent.text) else both.past
        mentions = [(m, s) for m, s in all_mentions if sent.start_char <= m.start < sent.end_char]
        facts.extend(quantity_facts(sent, mentions, both, ctx))
        facts.extend(rank_facts(sent, both.past, ctx))
        facts.extend(role_facts(sent, ctx, seen_roles))
        facts.extend(event_facts(sent, both, ctx))
        _update_section_period(ctx, sent, both.past)
        _update_last_subject(ctx, sent)
        quantities.extend({"start": m.start, "end": m.end, **m.quantity.model_dump(mode="json")} for m, _ in mentions)
        periods_out.extend(
            {
                "start": sent.start_char + p.start,
                "end": sent.start_char + p.end,
                "role": p.role,
                "label": p.period.label,
                "period_start": p.period.start.isoformat() if p.period.start else None,
                "period_end": p.period.end.isoformat() if p.period.end else None,
            }
            for p in periods
        )
    facts = _deduplicate(facts)
    entity_records = [Entity(doc_id=doc_id, label=c.label, name=c.name) for c in entities.clusters]
    return ExtractionResult(facts, entity_records, quantities, periods_out)


def _update_last_subject(ctx: DocContext, sent: Span) -> None:
    """The organization a sentence's main clause is about, for "it" in the next sentence."""
    subject = next((c for c in sent.root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return
    cluster = ctx.entities.at(subject.i)
    if cluster is not None and cluster.label == "ORG":
        ctx.last_subject = cluster.name
    elif subject.lower_ not in ("it", "its") and resolve_subject(subject, ctx) is not None:
        ctx.last_subject = resolve_subject(subject, ctx)


def _update_section_period(ctx: DocContext, sent: Span, periods: list[PeriodMention]) -> None:
    """A sentence ending in a colon introduces a list whose items share its period; a heading
    (a short line without a verb) or the next introduction ends the list."""
    own = [m for m in periods if m.role == "period" and not m.point and m.period.start is not None]
    if sent.text.rstrip().endswith(":"):
        ctx.section_period = own[0].period if own else None
    elif not any(t.pos_ in ("VERB", "AUX") for t in sent):
        ctx.section_period = None


def _trim(sent: Span) -> Span | None:
    """A sentence without surrounding whitespace, so evidence is the sentence itself."""
    text = sent.text
    left = len(text) - len(text.lstrip())
    right = len(text.rstrip())
    if right <= left:
        return None
    span = sent.doc.char_span(sent.start_char + left, sent.start_char + right, alignment_mode="contract")
    return span if span is not None and len(span) else None


def _deduplicate(facts: list[Fact]) -> list[Fact]:
    """One fact per claim: the same kind, predicate and value in the same sentence is reported once."""
    seen: set[tuple] = set()
    kept = []
    for fact in facts:
        value = (fact.value.amount, fact.value.unit) if fact.value else None
        key = (fact.kind, fact.predicate, value, fact.object, fact.evidence.start)
        if key in seen:
            continue
        seen.add(key)
        kept.append(fact)
    return kept
