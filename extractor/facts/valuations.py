"""Money a valuing verb puts on a whole: "the fund values Brexa at $2 billion" (a valuation), "the company,
valued at about $5 billion" (its market value), "a deal that valued the firm at $900 million" (the price of
the deal). The verb names the measure; nouns elsewhere in the sentence ("in court filings", "the funding
round") are where or by whom the value was set, not what is measured."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from extractor.facts.figure_phrases import is_deal_phrase
from extractor.facts.measure_phrases import is_money
from extractor.facts.predicate_forms import head_index
from extractor.facts.priced_goods import set_off_noun
from extractor.facts.syntax import clause_subject, worth_phrase
from extractor.lexicons import words
from extractor.models import Quantity

DEAL_PRICE = "acquisition price"  # a deal's value stated per share ("values X at $9 a share")
DEAL_VALUE = "acquisition value"  # a deal's total ("a deal valued at $2 billion")
VALUATION = "valuation"
MARKET_VALUE = "market value"


@cache
def is_deal_term(predicate: str) -> bool:
    """A deal's price, value, stake bought or premium ("stake acquired in X", "acquisition price per share"):
    "said it would buy 60 percent of X for $300 million" states agreed terms, not a plan. A longer predicate
    is a term only when a preposition follows the term: "premium traffic" is no premium paid."""
    if _names_an_offer(predicate.split()):
        return True  # "its 7 billion euro takeover bid", "an offer per share": the amount an offer names
    return any(_is_term_or_term_before_preposition(predicate, term) for term in words("deal_term_predicates"))


def _names_an_offer(words_: list[str]) -> bool:
    """A bid noun after a noun of its kind ("takeover bid", "cash offer per share"), as `offer_terms` names an
    offer's money. Without one the name is also that of the verb's money ("might bid up to $6 billion", "may
    offer $12 a share": a plan, read by its clause), and "a budget proposal" is no bid (`is_deal_phrase`)."""
    head = head_index(words_) if words_ else 0
    if head == 0 or words_[head] not in words("bid_nouns"):
        return False
    return is_deal_phrase(words_[:head], words_[head])


def _is_term_or_term_before_preposition(predicate: str, term: str) -> bool:
    if predicate == term:
        return True
    rest = predicate.removeprefix(term + " ")
    return rest != predicate and rest.split(" ", 1)[0] in words("deal_term_prepositions")


def valuation_measure(span: Span, quantity: Quantity) -> str | None:
    """The measure of money set after "at" by a valuing verb, or None when the verb values a noun of its own."""
    verb = _valuing_verb(span)
    if verb is None or not is_money(quantity):
        return None
    valued, valuer = _valued_and_valuer(verb)
    if valued is None or valued.pos_ == "NOUN" and valued.lemma_.lower() in words("measure_nouns"):
        return None  # "values its 64 percent holding at 210 million euros", "each share at $15": that noun's value
    deals = words("deal_nouns")
    if valued.lemma_.lower() in deals or valuer is not None and valuer.lemma_.lower() in deals:
        # "a deal valuing the firm at $2 billion", "the deal, valued at $41 billion": the value of the deal;
        # "the offer values X at $9 a share" is the price paid per share
        return DEAL_PRICE if per_share(span) else DEAL_VALUE
    if not _names_a_whole(valued):
        return _thing_value(valued)
    active = any(c.dep_ == "dobj" for c in verb.children)  # someone values it, named or not
    return VALUATION if valuer is not None or active else MARKET_VALUE


def at_bearer(money: Token) -> Token | None:
    """The word an "at" phrase of the money hangs on ("valued at $14", "shares at between $15 and $18"), else
    None: shared by the readings of money set at a value, a trade's price and an offer's price."""
    if money.dep_ != "pobj":
        return None
    prep = money.head
    if prep.lower_ == "between" and prep.head.lower_ == "at":
        prep = prep.head
    return prep.head if prep.lower_ == "at" and prep.dep_ == "prep" else None


def _valuing_verb(span: Span) -> Token | None:
    """The verb of "valued ... at <money>", "valued at between <money> and <money>"."""
    verb = at_bearer(span.root)
    return verb if verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in words("valuing_verbs") else None


def _valued_and_valuer(verb: Token) -> tuple[Token | None, Token | None]:
    """What is valued and who values it: the object and subject of an active verb ("the fund values X"), the
    noun a participle modifies and its by-agent ("the unit, valued by analysts at"), a passive subject."""
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    valued = next((c for c in verb.children if c.dep_ == "dobj"), None)
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.dep_ == "relcl"
    if valued is not None and verb.tag_ == "VBG" and not own_subject:
        # "an offer of $5 a share, valuing the firm at $450 million": the valuer is the offer, a deal noun
        # written before the participle; with none, who values is unknown
        deal = _deal_before(verb)
        return (valued, deal) if deal is not None else (None, None)
    if valued is not None:  # "a pension fund valued X at", read as a participle of the fund: its valuer
        return valued, clause_subject(verb) or (verb.head if verb.dep_ == "acl" else None)
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is not None:
        return passive, agent
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head, agent  # "the company, valued at about $5 billion"
    # "receives 9,000 shares of its stock, valued at $1 million": the parser hung the participle on the verb
    return set_off_noun(verb), agent


def _thing_value(valued: Token) -> str | None:
    """ "each exchange seat valued at about $4 million", "option units valued at $8 million": a thing valued
    at money is stated in its value, as money "worth" puts on a noun ("seat value", as measures_values.value_of
    writes it; deal and measure nouns are read before this); a thing valued by someone named ("the bank values
    the portfolio at", "valued by analysts at") is left to the parse."""
    if valued.pos_ != "NOUN" or any(c.dep_ == "agent" for c in valued.head.children):
        return None
    return worth_phrase(valued)


def _names_a_whole(token: Token) -> bool:
    """A company, business or other whole: a name, a pronoun standing for one, or an organization noun."""
    if token.pos_ in ("PROPN", "PRON"):
        return True
    # "restricted stock units", "option units": a noun compound makes an organization word a thing of its own
    compounded = any(c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN" for c in token.children)
    return token.pos_ == "NOUN" and token.lemma_.lower() in words("org_nouns") and not compounded


def per_share(span: Span) -> bool:
    """ "$9 a share", "$9 per share" (`rate_openers`), "$9 for each share" (`distributive_determiners`), also
    after how it is paid ("$9 in cash per share", `not_measures`): the money is stated per share."""
    doc, i, end = span.doc, span.end, span.sent.end
    if i + 1 < end and doc[i].lower_ == "in" and doc[i + 1].lower_ in words("not_measures"):
        i += 2  # "$9 in cash per share"
    opener = words("rate_openers")
    if i + 1 < end and doc[i].lower_ == "for" and doc[i + 1].lower_ in words("distributive_determiners"):
        i, opener = i + 1, words("distributive_determiners")  # "$9 for every share"
    after = doc[i : min(i + 2, end)]
    return len(after) == 2 and after[0].lower_ in opener and after[1].lemma_.lower() == "share"


def _deal_before(verb: Token) -> Token | None:
    """The nearest deal noun ("offer", "bid") written before `verb` in its sentence."""
    deals = words("deal_nouns")
    return next((t for t in reversed(verb.doc[verb.sent.start : verb.i]) if t.lemma_.lower() in deals), None)


def valued_whole(span: Span) -> Token | None:
    """The named whole a valuing verb puts the figure on, which holds the figure whoever sets it: "the fund
    values Brexa at $2 billion", "a deal that would value Brexa at 20 times earnings", "Brexa, valued at $5
    billion". Not a price per share, which the buyer pays; and only a name: "values each share at $15" is the
    share's price, "the deal, valued at $4 billion" the deal's own value, and in "the funding valued the company
    at" or "valued it at" who is meant is left to the anaphor rules of the other candidates (the company that
    raised the money, seldom the story's main one)."""
    if per_share(span):
        return None  # "the deal values Brexa at $11 a share": the price the buyer pays (FACTS.md's deal terms)
    root = span.root
    if root.dep_ == "nummod" and root.head.dep_ == "pobj":
        root = root.head  # "value Brexa at 20 times its earnings": the multiple counts the noun after "at"
    verb = at_bearer(root)
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in words("valuing_verbs"):
        return None
    valued = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if valued is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        valued = verb.head  # "Brexa, valued at about $5 billion"
    return valued if valued is not None and valued.pos_ == "PROPN" else None
