"""Growth rates are changes (dev gold and set-2 convention, docs/DECISIONS.md): "growth of 2.4 percent",
"forecast third-quarter growth at 2 percent", "cut its growth outlook to 1.3 percent", "a 4 percent
contraction", "GDP should average 3.1 percent". A percent figure of a growth noun, or of an economy's
output, states how much the measure moved, so it is a change with the direction of its noun ("contraction"
is down; a negative rate is a fall of its magnitude), never a level of a quantity called "growth".

Figures already read as changes, other units ("growth of $5 billion"), and shares of output ("3 percent of
GDP") are left as they are.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.lexicons import table, words
from extractor.models import Quantity

RATE_HEADS = frozenset({"rate", "pace"})  # "annualized growth rate", "growth pace"
BARE_MEASURES = frozenset({"amount", *RATE_HEADS})  # a predicate that names nothing measured


def growth_change(predicate: str, kind: str, quantity: Quantity, span: Span) -> tuple[str, str, Quantity]:
    """(predicate, kind, quantity) with a percent level of a growth rate turned into its change; a growth
    figure that found nothing measured ("amount") gets its growth noun."""
    if quantity.unit != "percent" or _share_of(span):
        return predicate, kind, quantity
    if predicate in BARE_MEASURES:  # "a 1.6 percent contraction", "grew at a 2 percent rate": no measured noun
        found = _growth_of_sentence(span)
        if found is None:
            return predicate, kind, quantity
        predicate, growth_noun = found
    elif kind != "metric":
        # "the economy shrank 4 percent": a move of a whole economy's output is named as its growth, as the
        # gold writes it ("growth of the economy": holds gold "economy" and "economic growth"); the direction says
        # which way it went
        named = _growth_name(predicate, span.sent) if predicate in words("output_measures") else predicate
        return named, kind, quantity
    else:
        growth_noun = _growth_noun(predicate.split())
    if growth_noun is not None:
        direction = "down" if growth_noun in words("change_down") else "up"
    elif predicate in words("output_measures"):
        direction, predicate = "up", _growth_name(predicate, span.sent)
    else:
        return predicate, kind, quantity
    if kind == "change" and quantity.direction is not None:
        return predicate, kind, quantity  # "growth slowed 1 point": the move the text states stands
    return predicate, "change", _signed(quantity, direction)


def _growth_name(measure: str, sent: Span) -> str:
    """ "economy" -> "growth of the economy", "gross domestic product" -> "gdp growth" (`output_growth_names`); an
    acronym short form only where the sentence writes the acronym ("gross domestic product (GDP)"), else the
    words the sentence writes ("gross domestic product growth"), as the gold follows the text."""
    named = table("output_growth_names").get(measure)
    if named is None:
        return f"{measure} growth"
    short = named[0].split()[0]
    if _acronym_of(short, measure) and not any(t.lower_ == short for t in sent):
        return f"{measure} growth"
    return named[0]


def _acronym_of(short: str, measure: str) -> bool:
    """ "gdp" of "gross domestic product": the initials of the long form's words."""
    return len(measure.split()) > 1 and short == "".join(w[0] for w in measure.split())


def _growth_noun(words_: list[str]) -> str | None:
    """The growth noun the predicate ends with ("gdp growth", "a contraction"), also before a rate word
    ("annualized growth rate")."""
    if "of" in words_:  # "growth of the economy": the head comes before its of-phrase
        words_ = words_[: words_.index("of")]
    if not words_:
        return None
    head = words_[-1]
    if head in RATE_HEADS and len(words_) > 1:
        head = words_[-2]
    return head if head in words("growth_rate_nouns") else None


def _growth_of_sentence(span: Span) -> tuple[str, str] | None:
    """(predicate, growth word) for a figure whose own noun is a growth noun ("0.5 percent growth"), or that
    a verb states of growth ("growth would slow to 3 percent") or of an economy's output ("GDP will grow at
    a 2 percent rate"); None when nothing of growth is near. Climbs at most three heads, within the clause."""
    token = span.root
    for _ in range(3):
        if token.head.i == token.i:
            break
        token = token.head
        lemma = token.lemma_.lower()
        if lemma in words("growth_rate_nouns"):
            return _growth_predicate(token, lemma), lemma
        if token.pos_ in ("VERB", "AUX"):
            return _growth_of_verb(token)
    return None


def _growth_of_verb(verb: Token) -> tuple[str, str] | None:
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    lemma = subject.lemma_.lower()
    if lemma in words("growth_rate_nouns"):
        return _growth_predicate(subject, lemma), lemma
    measure = _output_words(subject)
    if verb.lemma_.lower() in words("growth_verbs") and measure in words("output_measures"):
        noun = "contraction" if verb.lemma_.lower() in words("change_down") else "growth"
        return _growth_name(measure, verb.sent) if noun == "growth" else f"{measure} {noun}", noun
    return None


def _growth_predicate(noun: Token, lemma: str) -> str:
    """ "economic growth", "GDP growth", "growth": the growth noun with its compound or economy adjective."""
    qualifiers = [c.lower_ for c in noun.lefts if c.dep_ in ("compound", "amod") and c.ent_type_ == ""]
    qualifiers = [q for q in qualifiers if q in words("output_measures") or q in words("economy_adjectives")]
    return " ".join([*qualifiers, lemma])


def _output_words(subject: Token) -> str:
    """The subject with its compounds, lower case: "gross domestic product", "economy"; a country's name
    before it is its holder, not part of the measure ("the Norland economy")."""
    parts = [
        c
        for c in subject.lefts
        if c.dep_ in ("compound", "amod")
        and c.pos_ not in ("DET", "PROPN")
        and c.ent_type_ not in ("GPE", "NORP", "ORG")
    ]
    return " ".join([*(t.lower_ for t in parts), subject.lemma_.lower()])


def _share_of(span: Span) -> bool:
    """ "3 percent of GDP", "60 percent of the economy": a share of output measures another noun."""
    after = span.doc[span.end] if span.end < span.sent.end else None
    return after is not None and after.lower_ == "of"


def _signed(quantity: Quantity, direction: str) -> Quantity:
    """A negative rate ("-1.0 percent" growth) is a fall of its magnitude; the amount stays the magnitude."""
    if quantity.amount >= 0 or quantity.high is not None and quantity.high > 0:
        return quantity.model_copy(update={"direction": direction})
    low = -quantity.high if quantity.high is not None else None
    high = -quantity.low if quantity.low is not None else None
    flipped = "down" if direction == "up" else "up"
    return quantity.model_copy(update={"amount": -quantity.amount, "low": low, "high": high, "direction": flipped})
