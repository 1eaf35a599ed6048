"""Readings of traded instruments in market reports: commodities, currencies and government bonds.

FACTS.md: a commodity price takes the commodity ("Urals crude", "gold", "copper"), a currency rate the currency,
a bond yield the bond ("the 10-year note", "Bunds"), never an organization named elsewhere in the story. Like an
index reading, a move or a quote with no date of its own is of the session the report covers (the publication day).
A month written as a futures contract ("crude for April delivery", "May crude") names the contract, not a period.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from extractor.facts.index_names import INDEX_LOOKBACK
from extractor.facts.instrument_names import usual_instrument_name
from extractor.facts.instrument_references import referred_instrument
from extractor.facts.measure_phrases import SCALED, is_money
from extractor.facts.syntax import INDEX_CODE, clause_subject
from extractor.lexicons import table, words
from extractor.mentions.entities import TICKER
from extractor.mentions.periods import PeriodMention
from extractor.models import Quantity

# a qualifier of the report anywhere in the instrument's phrase, with the space after it
QUALIFIERS = re.compile(
    r"(?i)(?<![\w-])(?:" + "|".join(map(re.escape, sorted(words("instrument_qualifiers")))) + r")\s+"
)
# dependency labels of the words that belong to an instrument's name before its head ("Texas light sweet crude")
NAME_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "nummod", "quantmod"})
# where a quote noun names its instrument after it ("the price of gold", "the yield on the 10-year note")
QUOTE_PREPS = frozenset({"of", "on"})
# after a quote noun of a bond, a percentage is its yield and a bare number or a fraction its price
BOND_YIELD = "yield"


@dataclass(frozen=True)
class Instrument:
    """A traded instrument a figure reads: its name as the text writes it, and its kind."""

    name: str
    kind: str  # "commodity" | "currency" | "bond" | "index"
    head: Token


def instrument_for(measured: Token | None, verb: Token | None, span: Span, quantity: Quantity) -> Instrument | None:
    """The commodity, currency or bond a price, a move or a yield is of: the measured noun itself ("crude
    settled at $58"), the instrument a quote noun names ("gold prices", "Urals crude futures", "the price of
    copper"), or, when nothing else is measured, the subject of the figure's verb ("the euro slid 1 percent")."""
    if not _priced(quantity, span):
        return None
    moved = moved_object(verb, span) if measured is None else None  # "drove Brent futures to $95"
    candidates = [measured or moved] if (measured or moved) is not None else []
    if verb is not None and (measured is None or measured.lemma_.lower() in words("quote_nouns")):
        candidates.append(clause_subject(verb))
    for token in candidates:
        found = _instrument_at(token, span) if token is not None else None
        if found is not None:
            return found
    # "its copper forecast", "prices hit", "raised its oil price forecast to $62"
    return referred_instrument(measured or moved, verb, span, quantity, _instrument_at)


def moved_object(verb: Token | None, span: Span) -> Token | None:
    """ "fears drove Brent futures to $95", "it raised its oil price forecast to $62 from $58": the figure is where
    the verb took its direct object to (or from), so that object is what the figure reads, not the verb's subject."""
    if verb is None or span.root.dep_ != "pobj" or span.root.head.head.i != verb.i:
        return None
    if span.root.head.lower_ not in RESULT_PREPS:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


RESULT_PREPS = frozenset({"to", "from"})


def instrument_predicate(instrument: Instrument, quantity: Quantity, predicate: str | None) -> str:
    """What a reading of an instrument measures: a bond's percentage level or point move is its yield, a
    currency's quote its exchange rate ("euro exchange rate"), anything else its price (the instrument is the
    subject)."""
    if instrument.kind == "index":
        return "index"
    if instrument.kind == "market":
        return instrument.head.lower_  # "Freedonian stocks fell": the market's "stocks" (`place_markets`)
    if instrument.kind == "bond":
        stated = BOND_YIELD in (predicate or "").split() or quantity.unit == "percentage_point"
        level = quantity.unit == "percent" and quantity.direction is None  # "to yield 2.6 percent"
        return BOND_YIELD if stated or level else "price"  # "Bunds slipped 0.4 percent": their price
    if instrument.kind == "currency":
        currency = usual_instrument_name(instrument.head.lemma_.lower(), "currency")  # "greenback": the dollar
        return f"{currency} exchange rate"  # "the euro at $1.35": the euro exchange rate
    head = (predicate or "").split()[-1:] or [""]
    return predicate if head[0] in ("price", "prices") and predicate != "share price" else "price"


def index_for(
    measured: Token | None, verb: Token | None, span: Span, quantity: Quantity, main_org: str | None
) -> Instrument | None:
    """A stock index named by its short name alone as the subject of a move ("The Halden 300 rose 1.7 percent
    to 13,177.68", "Japan's Halden fell 0.4 percent to 9,899.08"): a proper name that carries a number in
    its name, is followed by its quote code, or moves in points - or, when it is not the story's company,
    moves to a level in no currency. Once read so, the name stays an index in the story."""
    if verb is None or not _priced(quantity, span):
        return None
    subject = clause_subject(verb)
    if measured is not None and subject is not None and measured.i == subject.i:
        measured = None  # the figure measures the subject itself ("the Halden rose 2 percent")
    if subject is not None and subject.lower_ in words("instrument_qualifiers"):
        # "The benchmark Halden .HLD gained": the parser may make the qualifier the subject, the name its appositive
        subject = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), subject)
    if subject is None or subject.pos_ not in ("PROPN", "NUM") or subject.i in range(span.start, span.end):
        return None
    if subject.lemma_.lower() in words("index_nouns"):
        return None  # "the Halden Composite Index rose": the index noun's own reading (discourse) names it
    if measured is not None and not _moved_unit(measured):
        return None  # the figure measures a noun of its own ("its revenue rose 4 percent")
    tokens = _name_tokens(subject)
    if (
        not tokens
        or not any(t.pos_ == "PROPN" for t in tokens)
        or any(t.i in range(span.start, span.end) for t in tokens)
    ):
        return None
    name = QUALIFIERS.sub("", subject.doc[tokens[0].i : tokens[-1].i + 1].text)  # "the benchmark Halden 300"
    known = _known_indexes(subject.doc)
    strong = _named_as_index(tokens, verb)
    if name not in known and not strong and (name == main_org or not _read_as_index(name, subject, verb, known)):
        return None
    known.add(name)
    return Instrument(name, "index", subject)


def market_for(measured: Token | None, verb: Token | None, span: Span, quantity: Quantity) -> Instrument | None:
    """The whole stock market a move is read of, written in common words ("in a broader market that was up
    0.4 percent", "the overall benchmark slid 1.8 percent", "trailing the Halden stock exchange's 2 percent
    gain"): an index named as written ("broader market"), never the story's company whose shares it is
    compared with."""
    if not _priced(quantity, span) or quantity.unit not in ("percent", "point"):
        return None
    candidates = [measured] if measured is not None else []
    if verb is not None and measured is None:
        candidates.append(clause_subject(verb))
    for token in candidates:
        if token is not None and token.i not in range(span.start, span.end) and whole_market(token):
            return Instrument(_market_name(token), "index", token)
    return None


def whole_market(token: Token) -> bool:
    """ "the broader market", "the overall benchmark", "the stock exchange": a market noun with a modifier of
    breadth; not "the smartphone market" or "its home market" (a company's or a product's market)."""
    if token.lemma_.lower() not in words("market_whole_nouns") or token.tag_ == "NNS":
        return False
    if any(c.dep_ == "poss" for c in token.children):
        return False
    return any(t.lemma_.lower() in words("market_breadth_words") for t in _market_modifiers(token))


def _market_modifiers(token: Token) -> list[Token]:
    """The modifiers right before a market noun that belong to its name, nearest first, stopping at a word of
    another kind ("a flat wider market": "wider", not "flat")."""
    breadth = words("market_breadth_words")
    found = []
    for left in reversed(list(token.lefts)):
        if left.dep_ not in ("amod", "compound", "nmod") or left.i != token.i - 1 - len(found):
            break
        if left.lemma_.lower() not in breadth and left.pos_ != "PROPN":
            break
        found.append(left)
    return found


def _market_name(token: Token) -> str:
    """ "broader market", "Halden stock exchange": the market noun with its name's modifiers, as written."""
    modifiers = _market_modifiers(token)
    start = min((t.i for t in modifiers), default=token.i)
    return token.doc[start : token.i + 1].text


def _read_as_index(name: str, subject: Token, verb: Token, known: set[str]) -> bool:
    """A short name that is not the story's company reads an index when it moves to a bare level, when it
    starts the name of an index the story wrote out earlier ("the Halden Jones industrial average ... the
    Halden was up 1 percent"), or when it moves beside an index in a list of market moves ("the Halden was up
    1.1 percent, the Kestral 500 rose 1.2 percent and the Norvik gained 0.8 percent")."""
    if _bare_level(verb):
        return True
    if not _named_like_a_market(subject):
        return False  # "Halden rose 3 percent while the Kestral 500 gained 1 percent": a company's move
    return _short_for_named_index(name, subject) or _beside_an_index(subject, verb, known)


def _named_like_a_market(subject: Token) -> bool:
    """ "the Halden", "Japan's Halden": a market is written with "the" or a place's possessive, a company
    by its bare name."""
    for child in subject.lefts:
        if child.dep_ == "det" and child.lower_ == "the":
            return True
        if child.dep_ == "poss" and child.ent_type_ in ("GPE", "LOC", "NORP"):
            return True
    return False


def _short_for_named_index(name: str, subject: Token) -> bool:
    """ "the Halden Jones industrial average" earlier in the story: "the Halden" is that index, by the first
    word(s) of its name (an index noun's proper-name modifiers, as written)."""
    doc = subject.doc
    index_nouns = words("index_nouns")
    for noun in doc[max(0, subject.i - INDEX_LOOKBACK) : subject.i]:
        if noun.lemma_.lower() not in index_nouns or noun.tag_ == "NNS":
            continue
        names = [t for t in doc[noun.left_edge.i : noun.i] if t.pos_ == "PROPN"]
        if names and doc[names[0].i : noun.i].text.startswith(name + " "):
            return True
    return False


def _beside_an_index(subject: Token, verb: Token, known: set[str]) -> bool:
    """Another subject of a percentage or point move in the same sentence that is an index (a name already
    read as one, a numbered name, a quote code after it): a list of market moves names indexes alike."""
    for other in subject.sent:
        if other.pos_ != "VERB" and other.lemma_ != "be" or other.i == verb.i:
            continue
        peer = clause_subject(other)
        if peer is None or peer.i == subject.i or peer.pos_ not in ("PROPN", "NUM"):
            continue
        if not any(t.lemma_.lower() in ("percent", "point") for t in other.subtree):
            continue
        tokens = _name_tokens(peer)
        if tokens and (_named_as_index(tokens, other) or peer.doc[tokens[0].i : tokens[-1].i + 1].text in known):
            return True
    return False


def _moved_unit(measured: Token) -> bool:
    """ "rose 85 points", "The Halden .HLD rose": an index's points or its quote code measure nothing else."""
    return INDEX_CODE.match(measured.text) is not None or _index_points(measured)


def _name_tokens(subject: Token) -> list[Token]:
    """ "The Halden 300", "Japan's Halden": the proper name without determiner or possessor, with a number
    written after it ("S&P 500" parses the number as a modifier on the right)."""
    owners = {t.i for c in subject.lefts if c.dep_ == "poss" for t in c.subtree}
    tokens = [
        t for t in subject.lefts for t in t.subtree if t.i not in owners and t.dep_ not in ("det", "case", "punct")
    ]
    tokens.append(subject)
    tokens += [
        c for c in subject.rights if c.i == subject.i + 1 and c.like_num and c.dep_ in ("nummod", "appos", "compound")
    ]
    return sorted((t for t in tokens if not INDEX_CODE.match(t.text)), key=lambda t: t.i)  # no quote code


def _named_as_index(tokens: list[Token], verb: Token) -> bool:
    """A number in the name ("Halden 300"), a quote code after it (".HLD"), or a move in points."""
    doc = tokens[-1].doc
    after = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
    if after is not None and (after.text == "(" or TICKER.match(after.text) or INDEX_CODE.match(after.text)):
        return INDEX_CODE.match(after.text) is not None  # "Acme ( ACM.N ) rose": a company's ticker
    numbered = tokens[-1].like_num and len(tokens) > 1
    return numbered or any(_index_points(t) for t in verb.subtree)


def _index_points(token: Token) -> bool:
    """ "rose 217.97 points": points of an index, not "4 percentage points" or "25 basis points" of a rate."""
    if token.lemma_.lower() != "point" or not any(c.like_num for c in token.children):
        return False
    return not any(c.lower_ in ("percentage", "basis") for c in token.children)


def _bare_level(verb: Token) -> bool:
    """ "fell 0.4 percent to 9,899.08": a level in no currency beside a percentage move of the same verb."""
    targets = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "at") for g in c.children]
    level = any(g.like_num and g.dep_ == "pobj" and not any(c.is_currency for c in g.children) for g in targets)
    percent = any(t.lemma_.lower() == "percent" for t in verb.subtree)
    return level and percent


_INDEXES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _known_indexes(doc: Doc) -> set[str]:
    """The short index names a story has already read as indexes (per Doc, freed with it)."""
    return _INDEXES.setdefault(doc, set())


def contract_months(periods: list[PeriodMention], sent: Span) -> list[PeriodMention]:
    """The period phrases that are futures contracts, not periods: a month before "delivery" or "contract"
    ("for April delivery", "the January contract") or written as a modifier of a commodity ("May crude")."""
    doc = sent.doc
    found = []
    for mention in periods:
        tokens = doc.char_span(sent.start_char + mention.start, sent.start_char + mention.end, alignment_mode="expand")
        if tokens is None or len(tokens) == 0:
            continue
        last = tokens[-1]
        after = doc[last.i + 1] if last.i + 1 < sent.end else None
        contract = after is not None and after.lemma_.lower() in ("delivery", "contract")
        modifier = last.dep_ == "compound" and _kind_of(last.head) == "commodity"
        if contract or modifier or last.head.lemma_.lower() in ("delivery", "contract") or _month_of(tokens[0]):
            found.append(mention)
    return found


def _month_of(first: Token) -> bool:
    """ "Urals crude for March", "gold futures for June": "for" and a month right after the instrument."""
    doc = first.doc
    if first.lower_ == "for" and first.i + 1 < len(doc):  # the phrase may begin with its preposition
        first = doc[first.i + 1]
    before = doc[first.i - 1] if first.i > 0 else None
    if before is None or before.lower_ != "for" or first.lower_ not in table("month_names"):
        return False
    return _kind_of(before.head) == "commodity" or before.head.lemma_.lower() in words("quote_nouns")


def _priced(quantity: Quantity, span: Span) -> bool:
    """A quote or a move: money per unit, a percentage, or a bare number (a currency's rate against another,
    a bond's price in points) - not a volume ("2 million barrels"), a count of things, a sum of money ("$100
    billion of Treasuries") or a share of a whole ("60 percent of its gold")."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in span.root.children):
        return False
    if quantity.unit in ("percent", "percentage_point", "point"):  # "rose 85 points": an index's or a bond's
        return True
    if is_money(quantity):
        return not SCALED.search(quantity.surface)
    return quantity.unit is None and not quantity.counted


def _instrument_at(token: Token, span: Span) -> Instrument | None:
    if token.i in range(span.start, span.end):
        return None  # "100,000 euros": the figure's own currency is its unit, not what it reads
    kind = _kind_of(token)
    if kind is not None:
        return Instrument(_name(token, token.i + 1, kind), kind, token)
    if token.lemma_.lower() not in words("quote_nouns"):
        return None
    if any(c.dep_ == "poss" and not _kind_of(c) for c in token.children):
        return None  # "its realized gas price", "the miner's copper price": a company's own price, not a quote
    named = [c for c in token.lefts if c.dep_ in ("compound", "amod", "poss", "nmod") and _kind_of(c)]
    if named:
        kind = _kind_of(named[-1]) or ""
        return Instrument(_name(token, named[-1].i + 1, kind), kind, named[-1])
    after = [g for c in _quote_preps(token) for g in c.children]
    owner = next((g for g in after if g.dep_ == "pobj" and _kind_of(g)), None)
    if owner is None:
        return None
    kind = _kind_of(owner) or ""
    return Instrument(_name(owner, owner.i + 1, kind), kind, owner)


def _quote_preps(noun: Token) -> list[Token]:
    """ "the yield on the 10-year note": the "of"/"on" phrase of a quote noun; also one the parser hung on the noun's
    verb when it follows the noun at once ("push the yield on the 10-year note to 2 percent")."""
    preps = [c for c in noun.rights if c.dep_ == "prep" and c.lower_ in QUOTE_PREPS]
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    misplaced = following is not None and following.dep_ == "prep" and following.head.i == noun.head.i != noun.i
    if not preps and misplaced and noun.dep_ == "dobj" and following.lower_ in QUOTE_PREPS:
        preps.append(following)
    return preps


def _kind_of(token: Token) -> str | None:
    """ "crude", "Urals" and "gold" are commodities; "euro" and "yen" currencies; "the 10-year note",
    "Treasuries", "Bunds" and "gilts" government bonds (a bare "note" or "bond" only with a maturity)."""
    lemma = token.lemma_.lower()
    if token.pos_ in ("NOUN", "PROPN") and lemma in words("commodity_nouns"):
        return "commodity"
    if token.pos_ == "NOUN" and lemma in words("currency_nouns") and not _after_amount(token):
        return "currency"
    if lemma in words("named_bond_issues") or token.lower_.rstrip("s") in words("named_bond_issues"):
        return "bond" if token.pos_ in ("NOUN", "PROPN") else None  # "Bund yields": no ministry is called so
    if lemma in words("bond_nouns") or token.lower_.rstrip("s") in words("bond_nouns"):
        # "Treasuries", "Bunds": the issues themselves; the singular name of a ministry needs a maturity
        issues = token.text[:1].isupper() and token.lower_.endswith("s") and token.lower_ not in ("bonds", "notes")
        dated = any(t.lemma_.lower() == "year" for t in token.subtree if t.i < token.i)
        return "bond" if issues or dated else None
    return None


def _after_amount(token: Token) -> bool:
    """ "$100 dollars", "5 billion euros": a currency written after an amount is its unit, not a quote."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is not None and (before.like_num or before.is_currency):
        return True
    return any(c.like_num or c.is_currency for c in token.children)  # "nearly $3 billion dollars"


def _name(head: Token, end: int, kind: str) -> str:
    """The instrument's name as written, from its first name word to `end`: no determiner, no dateline or
    heading run into the sentence, no qualifier of the report ("the benchmark 10-year note"), no contract
    month ("May crude"), no exchange before a grade that names it ("Rotterdam Urals crude" is Urals crude)."""
    doc = head.doc
    lefts = [c for c in head.lefts if c.i < end and (c.dep_ in NAME_DEPS or c.dep_ == "poss")]
    start = min((c.left_edge.i for c in lefts), default=end - 1)
    # "NEW YORK (Reuters) - Oil", "GOLD Spot gold": a dateline or a heading before the name
    breaks = [t.i for t in doc[start : end - 1] if t.is_punct and t.whitespace_ or _heading_word(t)]
    start = max(breaks, default=start - 1) + 1 if breaks else start
    while start < end - 1 and (
        doc[start].dep_ in ("det", "poss", "punct", "case")
        or doc[start].lower_ in words("instrument_qualifiers")
        or _city_before_grade(doc[start], doc[start + 1])
    ):
        start += 1
    months = table("month_names")
    tokens = [t for t in doc[start:end] if t.lower_ not in months or t.i == end - 1]  # "Texas October crude"
    if kind != "bond" and any(t.like_num or t.is_currency for t in tokens):
        tokens = tokens[-1:]  # "$100-a-barrel oil", "$100 oil": the commodity, not a price in its name
    text = QUALIFIERS.sub("", "".join(t.text_with_ws for t in tokens).strip())  # "Texas front-month crude"
    common = len(tokens) == 1 or tokens[0].pos_ != "PROPN"  # "Gold rose", "Spot gold"; not "Urals crude"
    if tokens[0].is_sent_start and common and tokens[0].lower_ in words("commodity_nouns") | words("currency_nouns"):
        text = text[:1].lower() + text[1:]  # a commodity at the start of a sentence, not a name
    return usual_instrument_name(text, kind)


def _heading_word(token: Token) -> bool:
    """ "GOLD Spot gold", "AGRICULTURAL MARKETS Corn": a capitals-only heading word before a capitalized one."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    shouted = token.is_alpha and token.is_upper and len(token) > 1
    return shouted and following is not None and following.text[:1].isupper()


def _city_before_grade(token: Token, following: Token) -> bool:
    """ "Rotterdam Urals", "ICE Urals": an exchange or its city before the proper name of a grade; "Texas crude"
    keeps its place."""
    grade = following.pos_ == "PROPN" and following.lemma_.lower() in words("commodity_nouns")
    return token.pos_ == "PROPN" and grade
