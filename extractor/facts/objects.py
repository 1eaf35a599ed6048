"""The noun a figure names next to it or through its verb, when the parse finds no measured noun:
"$5 million in revenue", "3 billion euros ($3.9 billion) in fees", "agreed to pay $60 million"."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from extractor.facts.measure_phrases import bought_back, measure_acronym, names_a_company
from extractor.facts.syntax import PERIOD_WORDS, lemma_phrase, names_an_index, noun_phrase, prep_object
from extractor.facts.valuations import DEAL_PRICE
from extractor.facts.written_forms import as_written
from extractor.lexicons import table, words
from extractor.models import Quantity


def of_or_in_object(span: Span, skip: frozenset[int], preps: tuple[str, ...] = ("of", "in")) -> Token | None:
    """ "€358 million of the total sales", "$5 million in revenue": the noun after the amount, also past a
    bracketed equivalent ("3 billion euros ($3.9 billion) in fees"), which wire stories add to foreign money."""
    after = _after_equivalent(span)
    if after is not None and after.lower_ in preps:
        obj = next((c for c in after.children if c.dep_ == "pobj"), None)
        if (
            obj is not None
            and (obj.pos_ == "NOUN" or after.lower_ == "in" and measure_acronym(obj))  # "5 billion in EBITDA"
            and obj.i not in skip
            and obj.lemma_.lower() not in PERIOD_WORDS
            and obj.lemma_.lower() not in words("not_measures")  # "in cash", "in early trade"
            and not any(ch.isdigit() for ch in obj.text)  # "in FY2022" is a period, not a measure
            and not (after.lower_ == "in" and _determined(obj))  # "in its home market" is where, not what
        ):
            return obj
    return None


def traded_good(span: Span, quantity: Quantity, skip: frozenset[int]) -> tuple[Token, str] | None:
    """ "bought 240,000 tonnes of wheat", "sold $2 billion of bonds", "repay $1 billion of its loans", "sold $4
    billion in assets", "bought $9 billion worth of debt": an amount that a verb of trade (`goods_flows`) takes
    as its object, of a named good, measures that flow of the good ("wheat purchases", "asset sales"), not the
    good's stock nor the bare flow ("sales"). The compound names both the good and the flow, the two heads a
    reader may take for it ("asset sales", "securities bought"). Returns the good and the predicate."""
    if quantity.unit in (None, "percent", "percentage_point", "times"):
        return None
    carrier = _traded_object(span.root)
    if carrier is None or bought_back(carrier.head):
        return None  # "buy back $2 billion of debt": a repurchase (measures), not a purchase
    flow = goods_flows().get(carrier.head.lemma_.lower())
    good = _named_good(span, skip) if flow else None
    if good is None or good.pos_ != "NOUN" or good.i in skip or _names_no_good(good):
        return None  # "sold $2 billion of the total", "bought $90 million of the group": no good named
    phrase = noun_phrase(good, skip=skip).split()
    if flow == "purchases" and "own" in phrase:  # "bought $500 million of its own shares": a buy-back
        own = " ".join(w for w in phrase if w != "own")
        return good, "share repurchases" if good.lemma_.lower() in words("share_nouns") else f"{own} repurchased"
    return good, f"{lemma_phrase(good, skip)} {flow}"


def _traded_object(root: Token) -> Token | None:
    """The verb's direct object that carries the amount: the amount itself, or the "worth" it sizes ("bought
    $9 billion worth of debt", where the parse makes "worth" the object)."""
    if root.dep_ == "dobj":
        return root
    worth = root.head
    sized = root.dep_ in ("nummod", "npadvmod", "nmod", "compound", "quantmod") and worth.i > root.i
    return worth if sized and worth.lower_ == "worth" and worth.dep_ == "dobj" else None


def _named_good(span: Span, skip: frozenset[int]) -> Token | None:
    """The good a traded amount names: after "of" ("$2 billion of bonds"), after "worth of", or after "in"
    where that names a measure and not a time, a place or a form of payment ("$4 billion in assets"; not "in
    the quarter", "in its home market", "in cash")."""
    after = _after_equivalent(span)  # "2 billion euros ($2.6 billion) of bonds"
    if after is not None and after.lower_ == "worth" and after.i + 1 < span.sent.end:
        after = span.doc[after.i + 1]
    if after is not None and after.lower_ == "of":
        return next((c for c in after.children if c.dep_ == "pobj"), None)
    return of_or_in_object(span, skip, preps=("in",))


@cache
def goods_flows() -> dict[str, str]:
    """Verbs that move goods or securities -> the noun of their flow: those of `flow_verbs` marked "goods"
    (which measure a bare amount too: "shipped 2 million phones") and those of `goods_flow_verbs`."""
    both = {verb: row[0] for verb, row in table("flow_verbs").items() if row[1:2] == ("goods",)}
    return both | {verb: row[0] for verb, row in table("goods_flow_verbs").items()}


def _names_no_good(noun: Token) -> bool:
    """A container ("the total"), an organization word ("the group") or a period names no traded good."""
    lemma = noun.lemma_.lower()
    return lemma in words("container_nouns") or lemma in words("org_nouns") or lemma in PERIOD_WORDS


def _determined(noun: Token) -> bool:
    """ "in its home market", "in the region": a noun with a definite determiner or possessor names a place or a
    context; a measure after "in" goes bare ("$5 million in revenue", "2 billion euros in fees")."""
    definite = ("the", "this", "that", "these", "those")
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in definite for c in noun.children)


def _after_equivalent(span: Span) -> Token | None:
    """The token after the amount, or after its bracketed equivalent when one follows it."""
    doc, end = span.doc, span.end
    if end < span.sent.end and doc[end].text == "(":
        close = next((t.i for t in doc[end : span.sent.end] if t.text == ")"), None)
        inside = doc[end + 1 : close] if close is not None else None
        if inside is not None and len(inside) <= 6 and any(t.like_num for t in inside):
            end = close + 1
    return doc[end] if end < span.sent.end else None


def money_object(root: Token, verb: Token | None, quantity: Quantity) -> str | None:
    """ "agreed to pay $60 million", "will inject $2 billion": money that is the object of a verb which
    says what the money is (a payment, an investment), when the sentence names no measured noun."""
    money = quantity.unit is not None and quantity.unit not in ("percent", "percentage_point", "times")
    verbs = table("money_object_verbs")
    # "burned through $9 billion": the object of a verb's fixed preposition, named with it in the table
    fixed = verb is not None and root.dep_ == "pobj" and root.head.head.i == verb.i and root.head.dep_ == "prep"
    if money and fixed and f"{verb.lemma_.lower()} {root.head.lower_}" in verbs:
        return verbs[f"{verb.lemma_.lower()} {root.head.lower_}"][0]
    # the object of the verb, or its passive subject ("$950,000 was paid to the staff")
    if not money or verb is None or root.dep_ not in ("dobj", "nsubjpass") or root.head.i != verb.i:
        return None
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")  # "write down $5 billion"
    named = verbs.get(f"{verb.lemma_.lower()} {particle}") or verbs.get(verb.lemma_.lower())
    if not named:
        return None
    # "paid $90 million for two plants": the parse may hang "for" on the verb or on the money itself
    bought = prep_object(verb, ("for",)) or prep_object(root, ("for",))
    company = _bought_company(verb) or _bought_company(root)
    if len(named) > 1 and company is not None:
        return DEAL_PRICE  # "will pay $41.50 a share in cash for Norvale": the price of the company
    if len(named) > 1 and bought is not None and bought.pos_ == "NOUN":
        if bought.ent_type_ == "PERCENT" or bought.lower_ in ("percent", "pct"):
            return f"{named[1]} stake"  # "paid $80 million for 40 percent of X": the price of a stake
        return f"{named[1]} {noun_phrase(bought)}"  # "paid $90 million for two plants": the price of what was bought
    return as_written(named[0], root.doc)  # "writedown" where the story spells it so


def _bought_company(head: Token) -> Token | None:
    """The company after "for" of a paying verb or of its money ("pay $2 billion for Norvale"), which the parse
    may hang as a dative ("pay $40 a share in cash for Norvale")."""
    preps = (c for c in head.children if c.lower_ == "for" and c.dep_ in ("prep", "dative"))
    bought = next((g for p in preps for g in p.children if g.dep_ == "pobj"), None)
    return bought if bought is not None and names_a_company(bought) else None


def points_mover(verb: Token | None, quantity: Quantity) -> Token | None:
    """ "the Halden 40 lost 35 points", "the Varsex gained 12.5 points": a name that moves by points (not
    percentage or basis points) is an index, whose readings are measured on the index itself."""
    if verb is None or quantity.unit != "point":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ == "PROPN" else None


def ratio_on(measured: Token | None) -> tuple[Token, str] | None:
    """ "a return on assets of 2 percent", "return on capital": the parse hangs the figure on the base of
    the ratio; the measure is the noun the base belongs to, named with it."""
    if measured is None:
        return None
    base = prep_object(measured, ("on",))
    if base is not None and _result_on_sales(measured, base):
        return None  # "a loss of 35 cents a share on revenue of $820 million": two figures, not a ratio
    if base is not None and base.pos_ == "NOUN":
        return measured, f"{noun_phrase(measured)} on {noun_phrase(base)}"  # "its return on assets fell"
    if measured.dep_ != "pobj" or measured.head.lower_ != "on" or names_an_index(measured):
        return None  # "a 2 percent rise on the Norland 100 index": the index moved, it is no ratio's base
    ratio = measured.head.head
    if ratio.pos_ != "NOUN" or ratio.i > measured.i or _result_on_sales(ratio, measured):
        return None
    return ratio, f"{noun_phrase(ratio)} on {noun_phrase(measured)}"


def _result_on_sales(result: Token, base: Token) -> bool:
    """ "earnings of $1.13 a share on revenue of $2 billion": a result reported "on" the sales it came from
    (`result_nouns` on `headline_measures`) states two figures; "return on assets" is one ratio."""
    measures = words("headline_measures")
    on_sales = base.lemma_.lower() in measures or base.lower_ in measures
    return on_sales and result.lemma_.lower() in words("result_nouns")
