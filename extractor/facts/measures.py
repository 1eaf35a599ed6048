"""What a quantity measures and how it moves, read from the dependency parse: the measured noun
phrase (predicate), level or change, and the direction of a change."""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from extractor.facts.syntax import PERIOD_WORDS, clause_subject, governing_verb, noun_phrase, prep_object
from extractor.lexicons import table, words
from extractor.models import Quantity

PRICE_NOUNS = frozenset({"share", "shares", "stock", "stocks"})


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
    if token.dep_ == "pobj" and token.head.lower_ == "per" and token.head.head.pos_ == "NOUN":
        token = token.head.head  # "earnings per share of 136.7 pence": the measure is the earnings, per share
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
        inner = prep_object(token, ("of",))
        if inner is not None and inner.i not in skip and inner.lemma_.lower() not in CONTAINER_NOUNS:
            return inner
        verb = governing_verb(token)
        subject = clause_subject(verb) if verb is not None else None
        return subject if subject is not None and is_measure_noun(subject) and subject.i not in skip else None
    if token.pos_ != "NOUN" and not capitalised_common_noun(token):
        return None
    if any(ch.isdigit() for ch in token.text) or lemma in words("org_nouns") and lemma not in ("business", "unit"):
        return None
    return token


def _of_or_in_object(span: Span, skip: frozenset[int], preps: tuple[str, ...] = ("of", "in")) -> Token | None:
    """ "€358 million of the total sales", "$5 million in revenue": the noun after the amount."""
    after = span.doc[span.end] if span.end < span.sent.end else None
    if after is not None and after.lower_ in preps:
        obj = next((c for c in after.children if c.dep_ == "pobj"), None)
        if (
            obj is not None
            and obj.pos_ == "NOUN"
            and obj.i not in skip
            and obj.lemma_.lower() not in PERIOD_WORDS
            and not any(ch.isdigit() for ch in obj.text)  # "in FY2022" is a period, not a measure
        ):
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
        measured = prep_object(after, ("in", "of")) or compound_measure(after)
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
        measured = prep_object(head, ("in", "of", "for")) or compound_measure(head)
        return Reading(measured, verb, noun_phrase(measured) if measured else None, True)

    # "a decline of 6 percent", "an increase of 1.8 percent compared with ..."
    if (
        root.dep_ == "pobj"
        and head.lower_ in ("of", "by")
        and head.head.lemma_.lower() in change_nouns
        and head.head.pos_ == "NOUN"
    ):
        change = head.head
        measured = prep_object(change, ("in",)) or compound_measure(change)
        if measured is None and change.dep_ == "appos":
            measured = change.head
        if measured is None and change.dep_ in ("attr", "dobj", "pobj"):
            measured = measured_for_verb(governing_verb(change), change) if governing_verb(change) else None
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
        measured = measured_for_verb(verb, head.head)
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
        measured = measured_for_verb(verb, anchor)
        if measured is not None and measured.lemma_.lower() in change_nouns:
            # "growth was 1.7 percent": the change noun is not what is measured
            inner = prep_object(measured, ("in", "of")) or compound_measure(measured)
            return Reading(inner, verb, noun_phrase(inner) if inner is not None else None, True)
        if measured is not None:
            return Reading(measured, verb, noun_phrase(measured), False)
        flow = table("flow_verbs").get(verb.lemma_.lower())
        if flow and quantity.unit is not None:
            return Reading(None, verb, flow[0], False)
    return Reading(None, verb, None, False)


def compound_measure(change: Token) -> Token | None:
    """ "revenue growth of 19%": the measured noun is the compound before the change noun."""
    compounds = [c for c in change.lefts if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and not c.ent_type_]
    return compounds[-1] if compounds else None


def _lemma_phrase(token: Token) -> str:
    phrase = noun_phrase(token)
    parts = phrase.split()
    if parts:
        parts[-1] = token.lemma_.lower()
    return " ".join(parts)


def measured_for_verb(verb: Token, anchor: Token) -> Token | None:
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
    if subject is not None and is_measure_noun(subject):
        return subject
    if objects and objects[0].pos_ == "NOUN":
        return objects[0]
    return _noun_before(verb)


def is_measure_noun(token: Token) -> bool:
    """A common noun (or a capitalised one that names no entity) that is not an organization word."""
    if token.pos_ == "NOUN":
        return token.lemma_.lower() not in words("org_nouns") or token.lemma_.lower() in PRICE_NOUNS
    return capitalised_common_noun(token)


def capitalised_common_noun(token: Token) -> bool:
    """ "Revenue in X was ...": a sentence-initial word the tagger took for a name, which the text also
    uses as a common noun elsewhere; a name ("Acme recorded ...") never appears in lower case."""
    if token.pos_ != "PROPN" or token.ent_type_ or not token.is_sent_start:
        return False
    return token.lower_ in _common_nouns(token.doc)


_COMMON_NOUNS: weakref.WeakKeyDictionary[Doc, frozenset[str]] = weakref.WeakKeyDictionary()


def _common_nouns(doc: Doc) -> frozenset[str]:
    """The lower-case forms the tagger read as common nouns anywhere in `doc`; collected once per Doc,
    since scanning the whole text for each sentence-initial name is quadratic on a long document."""
    if doc not in _COMMON_NOUNS:
        _COMMON_NOUNS[doc] = frozenset(t.lower_ for t in doc if t.pos_ == "NOUN")
    return _COMMON_NOUNS[doc]


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
    following = span.doc[span.end + 1] if span.end + 1 < span.sent.end else None
    if following is not None and following.lower_ in ("from", "on"):
        return None  # "$4.60, up from $4.30": a new level compared with the old one, not the size of a change
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


def noun_direction(span: Span) -> str | None:
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
