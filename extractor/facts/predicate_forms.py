"""How a measured noun phrase is written as a predicate (FACTS.md "Predicates"): the rate it is stated in
("earnings per share"), share moves as "share price", its head word, and whether it counts a stock."""

from __future__ import annotations

from functools import cache, lru_cache

from spacy.tokens import Span, Token

from extractor.facts.acting_crowds import is_actor_word
from extractor.facts.syntax import clause_subject, governing_verb, is_market_code, noun_phrase, prep_object
from extractor.lexicons import any_words, table, words
from extractor.models import Quantity

SHARE_QUALIFIERS = words("share_qualifiers")  # "per diluted share", "an adjusted share"
FALLBACK_PREDICATE = "amount"  # the predicate of a figure whose clause names nothing measured


def is_per_share(predicate: str | None) -> bool:
    """A predicate stated per share ("earnings per share", "dividend per share")."""
    return predicate is not None and predicate.endswith("per share")


def is_earnings_per_share(predicate: str | None) -> bool:
    """A per-share result of the period ("diluted earnings per share", "net loss per share"), the measure a bare
    analysts' per-share estimate restates; a dividend or a deal price per share is none."""
    if not is_per_share(predicate):
        return False
    measure = predicate.removesuffix("per share").split()
    return bool(measure) and measure[-1] in words("per_share_results")


def with_rate(predicate: str, span: Span) -> str:
    """ "earnings of $4.50 per share", "9 cents a diluted share": the rate an amount is stated in belongs
    to the predicate; a profit stated per share is "earnings per share" (FACTS.md), "diluted" kept."""
    predicate = per_share_profit_form(predicate)
    after = _words_after(span)
    opener = after[0].lower_ if after else ""
    # "a share", "per unit" state a rate; "$2.29 a year ago" does not
    states_rate = len(after) >= 2 and (opener == "per" or opener in ("a", "an") and after[1].lemma_.lower() == "share")
    if not states_rate:
        after = _rate_before(span) or _rate_compared(span) or after
    if len(after) < 2 or after[0].lower_ not in ("per", "a", "an") or " per " in predicate:
        return predicate
    if predicate == "share price":
        return predicate  # "closed at $41.05 per share": a share's price is already per share
    qualifiers = [t.lower_ for t in after[1:-1] if t.lower_ in SHARE_QUALIFIERS]
    noun = after[1] if after[1].pos_ == "NOUN" else (after[2] if qualifiers and len(after) == 3 else None)
    if noun is None or noun.pos_ != "NOUN" or after[0].lower_ != "per" and noun.lemma_.lower() != "share":
        return predicate
    words_ = predicate.split()
    priced = table("priced_deal_heads").get(words_[-1]) if words_ and noun.lemma_.lower() == "share" else None
    if priced:  # "offers $15 per share", "selling stock at $13 a share": money a deal pays per share is its price
        predicate = " ".join([*words_[:-1], priced[0], "price"])
    rated = f"{predicate} per {noun.lemma_.lower()}"
    profit = bool(words_) and (words_[-1] in words("per_share_profit") or words_[-1][:-1] in words("per_share_profit"))
    if noun.lemma_.lower() == "share" and profit:  # "profits of 58 cts a share": the plural too
        kept = [w for w in words_ if w in SHARE_QUALIFIERS]
        rated = " ".join([*qualifiers, *kept, "earnings per share"])
    return rated


def _words_after(span: Span) -> list[Token]:
    """The three words after a figure; past the hyphens of a rate glued to it ("a $48-a-share offer", "a
    $12-per-share dividend"), which states the rate as the spaced form does."""
    doc, end = span.doc, span.end
    glued = end < span.sent.end and doc[end].text == "-" and not doc[end - 1].whitespace_
    limit = min(end + (6 if glued else 3), span.sent.end)
    found = [t for t in doc[end:limit] if not (glued and t.text == "-")]
    return found[:3]


def per_share_profit_form(predicate: str) -> str:
    """ "profit per share", "per-share profit", "net income per share": a profit the text itself names per share
    takes the form a profit stated per share after its figure takes ("earnings per share", FACTS.md), with the
    same share qualifiers kept ("adjusted earnings per share"). A loss, a dividend or a price per share keeps its
    noun."""
    words_ = predicate.split()
    if len(words_) >= 2 and words_[-2] == "per-share":  # "per-share profit": the rate after the measured noun
        words_ = [*words_[:-2], words_[-1], "per", "share"]
    if len(words_) < 3 or words_[-2:] != ["per", "share"]:
        return predicate
    measure = words_[-3]
    if measure not in words("per_share_profit") and measure[:-1] not in words("per_share_profit"):
        return predicate
    kept = [w for w in words_[:-3] if w in SHARE_QUALIFIERS]  # as `with_rate` keeps them: "net" goes
    return " ".join([*kept, "earnings per share"])


def _rate_before(span: Span) -> list[Token]:
    """ "45 cents per share, 3 cents above estimates": a difference set right after a figure stated per
    share is stated in the same rate; the rate's words ("a share", "a diluted share"), else nothing."""
    doc, start = span.doc, span.start
    following = doc[span.end] if span.end < span.sent.end else None
    if following is None or following.lower_ not in words("difference_words") or start - 3 < span.sent.start:
        return []
    if any(t.lower_ in ("percent", "pct", "%") for t in span):
        return []  # "2 percent higher than the offer" is a proportion, stated in no rate
    if doc[start - 1].text != "," or doc[start - 2].lemma_.lower() != "share":
        return []
    rate = doc[start - 4 : start - 1] if doc[start - 3].lower_ in SHARE_QUALIFIERS else doc[start - 3 : start - 1]
    return list(rate) if rate[0].lower_ in ("per", "a", "an") else []


_MONEY_PARTS = frozenset({"$", "€", "£", "¥", "cents", "cent", "pence", "million", "billion", "c$", "a$", "us$"})


def _rate_compared(span: Span) -> list[Token]:
    """ "profit came to $2.84 a share, up from $2.11 a year ago", "net income of $52 million, or 73 cents per share,
    compared with $30 million, or 51 cents": an earlier money figure opened by a comparison word
    (`comparison_openers`) after a figure stated per share is stated in the same rate; the rate's words, else
    nothing. Between them only fillers, the opener and at most one money figure that the earlier figure
    restates after "or" (the earlier total)."""
    doc = span.doc
    if any(t.lower_ in ("percent", "pct", "%", "percentage", "million", "billion", "trillion") for t in span):
        return []  # a proportion, or a total ("from $317 million, or $1.42 per share"), is stated in no rate
    sent_start = span.sent.start
    opened = restated = False
    i = span.start - 1
    while i > sent_start and span.start - i <= 16:
        token = doc[i]
        lower = token.lower_
        if lower in ("share", "shares") and doc[i - 1].lower_ in ("a", "per", *SHARE_QUALIFIERS):
            start = i - 1 if doc[i - 1].lower_ in ("a", "per") else i - 2
            rate = list(doc[start : i + 1])
            return rate if opened and rate[0].lower_ in ("a", "per") else []
        if lower in words("comparison_openers"):
            opened = True
        elif token.like_num or lower in _MONEY_PARTS:
            if restated or doc[span.start - 1].lower_ != "or":
                return []  # a figure between that the earlier one does not restate: not its comparison
            restated = True
            while i - 1 > sent_start and (doc[i - 1].like_num or doc[i - 1].lower_ in _MONEY_PARTS):
                i -= 1
        elif lower not in words("compared_fillers") and token.ent_type_ != "DATE":
            return []  # past fillers and the period of the first figure ("in the quarter"), nothing else
        i -= 1
    return []


def normalize_predicate(
    predicate: str | None, quantity: Quantity, kind: str, *, deal_verb: bool = False, measured: Token | None = None
) -> str | None:
    """Measured nouns in the form analysts use: share moves are "share price", a share that is a percent level is
    a portion (`_portion`)."""
    predicate = (predicate or "").replace("-per-", " per ")  # "earnings-per-share growth": the measure per share
    words_ = predicate.split()
    if not words_:
        return None  # nothing was left of the noun phrase ("billions of dollars" measures no noun of its own)
    if predicate == "share" and quantity.unit == "percent" and kind == "metric" and quantity.direction is None:
        return _portion(measured)
    # "CBS class B shares were down 3 percent", "the share is up 1 percent": a move of the share price
    share_move = predicate in ("share", "share price") or words_[-1] in ("shares", "stock", "stocks")
    if share_move and quantity.unit is not None and not deal_verb:
        return "share price"
    if words_[-1] in ("it", "they", "which", "that", "this"):
        return None
    return spelled_acronyms(predicate)


def _portion(share: Token | None) -> str:
    """ "holds a 12 percent share in the pump market", "its share reached 30 percent": a share that is a percent
    level, with no move, is a portion of a market or a whole, never a price (a share price is money, and its
    percent figures are moves). The whole its "in" or "of" phrase names ("by value of the coffee market" too),
    else the market."""
    whole = prep_object(share, ("in", "of")) if share is not None else None
    measured_by = prep_object(share, ("by",)) if share is not None and whole is None else None
    whole = whole or (prep_object(measured_by, ("of",)) if measured_by is not None else None)
    if whole is None or whole.pos_ != "NOUN":
        return "market share"
    return f"share of {noun_phrase(whole)}"


def spelled_acronyms(predicate: str) -> str:
    """ "core cpi" -> "core consumer price index", "value-at-risk var" -> "value-at-risk": an acronym of
    `spelled_measure_acronyms` written out, once; "cpi index" does not repeat "index". A predicate with no such
    acronym is returned as it is."""
    spelled = table("spelled_measure_acronyms")
    words_ = predicate.split()
    if not any(word in spelled for word in words_):
        return predicate
    out: list[str] = []
    for word in words_:
        form = spelled.get(word)
        if form is None:
            out.append(word)
        elif form[0] not in " ".join(out):
            out.extend(form[0].split())
    return " ".join(w for i, w in enumerate(out) if i == 0 or w != out[i - 1])


SHARE_MOVES = ("share price", "stock price")


def carries_share_topic(topic: str | None, span: Span | None) -> bool:
    """A share-price topic carries on to a bare figure only in a sentence that names the stock or its trading
    ("they closed 3 percent higher"): "an outlook that sees growth of 2 to 4 percent", "write-offs dropped 40
    percent" after a paragraph's stock move measure something else, which the sentence does not name."""
    if topic not in SHARE_MOVES or span is None:
        return True
    # a ticker ("Norvale ( NRV.N ) gained 5 percent") names the listed stock too; "they", "their" stand for the
    # shares ("they began the year at $38", "their 52-week high"); a name moving is its stock ("Norvale has
    # tumbled 9 percent")
    named = any(_names_the_stock(token) for token in span.sent)
    verb = governing_verb(span.root)
    subject = clause_subject(verb) if verb is not None else None
    return named or subject is not None and subject.pos_ == "PROPN"


def _names_the_stock(token: Token) -> bool:
    return token.lemma_.lower() in words("share_move_words") or token.lower_ in SHARE_PRONOUNS or is_market_code(token)


SHARE_PRONOUNS = frozenset({"they", "their", "them"})


@lru_cache(maxsize=4096)  # a word-list scan asked several times per figure, of a few hundred predicate strings
def is_stock(predicate: str) -> bool:
    """Counts of a stock (employees, stores, stakes) hold at a point in time; an average or a median over a period
    ("the median home price" of a month's sales) is a statistic of that period, and new additions ("new customers")
    are a flow over it."""
    predicate = measured_part(predicate)  # "banks selling stock": a count of banks
    head = predicate_head(predicate)
    over_period = any_words("period_statistics", "flow_modifiers")  # "median price", "new customers"
    statistic = any(word in over_period for word in predicate.split())
    forms, phrases = _stock_forms()
    return not statistic and (
        head in forms  # "inventories"
        or any(predicate == s or predicate.endswith(" " + s) for s in phrases)
    )


@cache
def _stock_forms() -> tuple[frozenset[str], tuple[str, ...]]:
    """Every written form of a stock noun a predicate's head can take (the noun, its plurals in -s, -es and -ies),
    and the stock nouns of several words ("market value": the head alone, "value", is no stock); built once, not
    per new predicate."""
    nouns = words("stock_nouns")
    forms = frozenset(form for s in nouns for form in (s, s + "s", s + "es", s[:-1] + "ies"))
    return forms, tuple(s for s in nouns if " " in s)


GENERIC_HEAD_PREPS = ("of", "for")  # "rate for business loans": the phrases `generic_heads` keeps
POST_MODIFIERS = frozenset(
    {"of", "in", "per", "for", "to", "from", "at", "on", "by", "with", "before", "after", "as", "under"}
)


def predicate_head(predicate: str) -> str:
    """The measured noun of a predicate: the last word before its first post-modifier."""
    words_ = predicate.split()
    return words_[head_index(words_)] if words_ else predicate


def head_index(words_: list[str]) -> int:
    """Where the measured noun stands among a predicate's words: the last word before the first post-modifier,
    or before a present participle that says what a crowd does ("members voting", `acting_crowds`)."""
    for i, word in enumerate(words_):
        if i > 0 and (word in POST_MODIFIERS or _doing_of_crowd(words_[i - 1], word)):
            return i - 1
    return len(words_) - 1


def crowd_part(predicate: str) -> str:
    """The predicate without what its crowd does: "banks selling stock" -> "banks" (the doing's object is no
    stock and no index); any other predicate as it is."""
    words_ = predicate.split()
    cut = next((i for i in range(1, len(words_)) if _doing_of_crowd(words_[i - 1], words_[i])), None)
    return predicate if cut is None else " ".join(words_[:cut])


def measured_part(predicate: str) -> str:
    """What the period rules read of a predicate: `crowd_part`, and a generic head without the "of"/"for" phrase
    that says what it is a figure of (`generic_heads`): "size of stock offering" -> "size", never a stock's quote."""
    words_ = crowd_part(predicate).split()
    if len(words_) > 2 and words_[0] in words("generic_measure_heads") and words_[1] in GENERIC_HEAD_PREPS:
        return words_[0]
    return " ".join(words_)


def _doing_of_crowd(noun: str, word: str) -> bool:
    return len(word) > 4 and word.endswith("ing") and is_actor_word(noun)
