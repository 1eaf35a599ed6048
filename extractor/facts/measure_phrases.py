"""Named constructions that say what a figure measures where the dependency parse alone hangs it on the
wrong noun or on none: a share move written as a small clause ("sending its shares down 4 percent"), a
count of generic "units", money "under management", a valuation multiple ("trading at 12 times earnings"),
a label before a colon ("Net margin: 8 pct") and the money a results verb reports ("the group achieved
€20 million"). Each returns None when its construction is absent, so the parse's reading stands."""

from __future__ import annotations

import re
import weakref
from collections import Counter
from functools import cache

from spacy.tokens import Doc, Span, Token

from extractor.facts.syntax import PERIOD_WORDS, is_index_code, noun_phrase, prep_object
from extractor.lexicons import any_words, table, words
from extractor.mentions.doc_text import span_text
from extractor.models import Quantity

MOVE_WORDS = frozenset({"up", "down", "higher", "lower"})
SHARE_WORDS = words("share_nouns")  # lemmas; "shares", "stocks" lemmatise to these


def is_measure_word(word: str) -> bool:
    """The word or its singular is a measure noun (lemmas: "sales" is the plural of "sale")."""
    measures = words("measure_nouns")
    return word in measures or word.endswith("s") and word[:-1] in measures


def _before(span: Span, skip_words: frozenset[str], limit: int) -> list[Token]:
    """The `limit` nearest tokens before the figure inside its sentence, nearest first, past hedges ("about",
    "more than"). The readers look a few words back only: the rest of the sentence is not read."""
    doc, tokens = span.doc, []
    for i in range(span.start - 1, span.sent.start - 1, -1):
        if len(tokens) == limit:
            break
        token = doc[i]
        if token.lower_ not in skip_words:
            tokens.append(token)
    return tokens


HEDGES = frozenset({"about", "nearly", "almost", "some", "roughly", "around", "more", "less", "than", "over", "just"})


def share_move(span: Span) -> bool:
    """ "lifting its shares up nearly 4 percent", "a stock up about 10 percent", "shares were up 3 percent":
    a figure right after "up"/"down" that follows a share noun is a move of the share price, however the
    parse attaches the small clause."""
    before = _before(span, HEDGES, limit=3)  # the move word, an auxiliary, the noun
    if len(before) < 2 or before[0].lower_ not in MOVE_WORDS:
        return False
    noun = before[1] if before[1].pos_ != "AUX" else (before[2] if len(before) > 2 else None)
    return noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() in SHARE_WORDS


def measure_acronym(token: Token) -> bool:
    """ "EBITDA was flat", "GDP grew 2 percent": an all-caps acronym of a measure (`measure_acronyms`) names
    what is measured even where the tagger reads it as an organization's name."""
    return token.is_alpha and token.text.isupper() and token.lower_ in words("measure_acronyms")


def moved_noun(span: Span) -> Token | None:
    """ "with orders up 6 percent at 900 million and EBITDA lower by 2 percent": in a verbless small clause
    "<noun> up|down <figure>" the figure measures the noun before the move word, however the parse hangs it;
    the level after "to"/"at" in the same small clause too. Share nouns are `share_move`'s."""
    before = _before(span, HEDGES | {"by"}, limit=6)  # "EBITDA lower by 8 percent"; a move word 4 back, its noun
    if len(before) >= 4 and before[0].lower_ in ("to", "at") and before[1].ent_type_ in ("PERCENT", "MONEY"):
        change = next((i for i, t in enumerate(before[1:5], 1) if t.lower_ in MOVE_WORDS), None)
        before = before[change:] if change is not None else []
    if len(before) < 2 or before[0].lower_ not in MOVE_WORDS:
        return None
    noun = _phrase_head(before[1])
    # not a time ("finished the week up 1 percent") nor a trading context ("ended regular trading down")
    not_measured = SHARE_WORDS | PERIOD_WORDS | words("duration_nouns") | words("not_measures")
    common = noun.pos_ == "NOUN" and noun.lemma_.lower() not in not_measured
    # "with the Harbor Dollar Index .HDX down 0.3 percent": an index's quote code, whatever the tagger made of it
    return noun if common and not noun.like_num or measure_acronym(noun) or is_index_code(noun) else None


def flow_agent(verb: Token, subject: Token) -> bool:
    """ "the region's biggest coffee roaster earned 88 million euros", "the smelter will produce 90,000 tonnes":
    the subject of a verb that names a flow (`flow_verbs`) whose object is an amount is who earns or ships,
    never what is measured, even where no organization word names it; the flow is measured. A business unit's
    figures stay on the unit (`unit_words`, FACTS.md)."""
    lemma = verb.lemma_.lower()
    # "creditors will recover 40 cents": who gets the money; "prices recovered $4" is a move of the measure
    holding = lemma in table("holding_verbs") and is_holding_party(subject)
    if lemma not in table("flow_verbs") and not holding or subject.lemma_.lower() in words("unit_words") | SHARE_WORDS:
        return False  # "European shares lost 2 percent": a move of what the subject measures
    # an amount (not a percentage), or one beside the figure ("earned 88 million euros, or 14 cents a share"), is the
    # verb's object; a holding verb's object only as money ("hold 3,000 units" counts the units)
    return any(c.dep_ == "dobj" and (c.ent_type_ == "MONEY" if holding else _is_amount(c)) for c in verb.children)


def is_holding_party(subject: Token) -> bool:
    """ "creditors will recover 40 cents", "Ostrander Capital holds $2 billion": a party (an organization, person or
    country, or a noun of holders and institutions, `holder_party_nouns`) holds or gets the money. A traded thing
    ("the bonds recovered 5 cents", "copper held $7,000 a tonne"), a currency or a measure moves by it instead."""
    lemma = subject.lemma_.lower()
    traded = any_words("traded_security_nouns", "security_nouns", "bond_nouns", "commodity_nouns", "currency_nouns")
    if is_measure_word(lemma) or lemma in traded | SHARE_WORDS:
        return False
    parties = any_words("holder_party_nouns", "org_nouns", "person_nouns", "shareholder_nouns", "state_holder_nouns")
    return subject.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") or lemma in parties


def invested_in(verb: Token | None, named: Token, skip: frozenset[int]) -> str | None:
    """ "invested $2 billion in new plants": money a verb of investing (`flow_verbs` row "investment") puts into
    what its "in" phrase names is an investment in it; the plants are where it went, not what is measured."""
    row = table("flow_verbs").get(verb.lemma_.lower()) if verb is not None else None
    if not row or row[0] != "investment" or named.head.lower_ != "in":
        return None
    return f"{row[0]} in {noun_phrase(named, skip=skip)}"


def holding_noun(verb: Token, money: Token, quantity: Quantity) -> str | None:
    """ "investors hold $2 billion of the bonds": money that a holding verb (`holding_verbs`) takes is named by the
    verb (holdings, recovery) where its clause names no measure; money held in a company's shares ("owns $1
    billion in its stock") is a stake, as a percentage held is (`stake_verbs`)."""
    row = table("holding_verbs").get(verb.lemma_.lower()) if is_money(quantity) else None
    if not row or money.dep_ != "dobj" or money.head != verb:  # "buy the depots it owns for $40 million": a price
        return None
    held = prep_object(money, ("of", "in")) or prep_object(verb, ("in",))
    in_shares = len(row) > 1 and held is not None and held.lemma_.lower() in SHARE_WORDS
    return row[1] if in_shares else row[0]


def _is_amount(token: Token) -> bool:
    """Money or a measured amount ("$2 billion", "90,000 tonnes"), not a percentage."""
    counted = token.ent_type_ not in ("PERCENT", "DATE", "TIME") and any(
        c.dep_ == "nummod" and c.like_num for c in token.children
    )
    return token.ent_type_ in ("MONEY", "QUANTITY") or counted


def _phrase_head(noun: Token) -> Token:
    """ "sales at its stores", "funds raised for the region": the noun a post-modifier hangs on, not the
    post-modifier's own object."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        owner = noun.head.head
        if owner.dep_ == "acl" and owner.pos_ == "VERB":
            owner = owner.head
        if owner.pos_ != "NOUN" or owner.i > noun.i:
            break
        noun = owner
    return noun


MOVE_VERB_GAP = frozenset({"by", "about", "nearly", "almost", "some", "roughly", "around", "over", "just", "a", "an"})


def adjacent_change_verb(span: Span) -> Token | None:
    """ "deposits rose 5 percent and fee income jumped 18 percent": a figure right after a change
    verb is that verb's, even where the parse hangs it on the next clause's noun."""
    doc = span.doc
    i = span.start - 1
    while i > span.sent.start and doc[i].lower_ in MOVE_VERB_GAP:
        i -= 1
    verb = doc[i] if i >= span.sent.start else None
    moves = any_words("change_up", "change_down")
    return verb if verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in moves else None


def cash_held(span: Span, verb: Token | None) -> Token | None:
    """ "ended the quarter with $2.4 billion in cash", "had $800 million in cash and securities", "has $5
    billion of available cash", "its $2 billion of cash": money "in" or "of cash" that a holder has (after
    "with", with a possessor, or the object of a verb of having, `level_verbs`) is its cash; money paid or
    received "in cash" is the price of a deal, read elsewhere."""
    root = span.root
    after = span.doc[span.end] if span.end < span.sent.end else None
    cash = (
        next((c for c in after.children if c.dep_ == "pobj"), None)
        if after is not None and after.lower_ in ("in", "of")
        else None
    )
    if cash is None or cash.lemma_.lower() != "cash":
        return None
    possessed = any(c.dep_ == "poss" for c in root.children)  # "burn through its $2 billion of cash"
    held = root.dep_ == "pobj" and root.head.lower_ == "with" or possessed
    had = (
        root.dep_ == "dobj"
        and verb is not None
        and root.head.i == verb.i
        and verb.lemma_.lower() in words("level_verbs")
    )
    return cash if held or had else None


def is_generic_count(token: Token | None) -> bool:
    """ "to 10 million units", "a 4.9 million-unit annual rate": a counting word that names nothing of its own."""
    return token is not None and token.lemma_.lower() in words("generic_count_nouns")


def under_management(span: Span) -> bool:
    """ "a fund that has $40 billion under management": the money is the assets the holder manages."""
    following = [t.lower_ for t in span.doc[span.end : min(span.end + 2, span.sent.end)]]
    return following == ["under", "management"]


VALUATION_SKIPPED = frozenset({"current", "forward", "trailing", "expected", "estimated", "projected", "its", "their"})


def valuation_multiple(span: Span, quantity: Quantity) -> str | None:
    """ "trading at 2.1 times book value", "valued at 12 times earnings": a multiple of a
    valuation base is a price ratio, written "price/earnings ratio" (FACTS.md)."""
    if quantity.unit != "times":
        return None
    base = _valuation_base(span)
    if base is None:
        return None
    kept = [
        t.lower_
        for t in span.doc[span.end : base.i + 1]
        if t.lower_ not in VALUATION_SKIPPED
        and t.lower_ not in PERIOD_WORDS
        and (t.pos_ in ("NOUN", "ADJ", "PROPN") or t.tag_ in ("VBN", "VBG"))
        and not t.ent_type_
    ]
    return f"price/{' '.join(kept)} ratio" if kept else None


def _valuation_base(span: Span) -> Token | None:
    """The base noun within three words after the multiple ("times 2011 earnings", "times book value")."""
    doc = span.doc
    for token in doc[span.end : min(span.end + 4, span.sent.end)]:
        if _is_valuation_base(token):
            nxt = doc[token.i + 1] if token.i + 1 < span.sent.end else None
            if nxt is not None and _is_valuation_base(nxt) and nxt.pos_ == "NOUN":
                return nxt  # "book value", "cash flow": the base is the last noun
            return token
        participle = token.tag_ in ("VBN", "VBG")  # "2.1 times adjusted book value"
        if token.pos_ in ("VERB", "ADP", "PUNCT") and token.lower_ != "-" and not participle:
            return None
    return None


def _is_valuation_base(token: Token) -> bool:
    return token.lemma_.lower() in words("valuation_bases") or token.lower_ in words("valuation_bases")


def labelled_measure(span: Span, skip: frozenset[int]) -> Token | None:
    """ "Capital adequacy ratio: 10.07 pct", "Net profit: $1.2 billion": in a fact box the noun before the
    colon names what the figure after it measures."""
    doc = span.doc
    colon = span.start - 1
    if colon <= span.sent.start or doc[colon].text != ":":
        return None
    label = doc[colon - 1]
    if label.pos_ not in ("NOUN", "PROPN") or label.i in skip or label.ent_type_ in ("ORG", "GPE", "PERSON"):
        return None
    if any(t.lemma_.lower() in words("reporting_verbs") for t in doc[max(span.sent.start, colon - 6) : colon]):
        return None  # "the chief executive said: 10 percent is too little" is speech, not a label
    return label


LABEL_LIMIT = 6  # a label is a short noun phrase


def label_phrase(label: Token) -> str:
    """The label's words up to the colon, lower case, without a leading date ("End-2009 capital ratio")."""
    doc = label.doc
    start = label.i
    while start > label.sent.start and label.i - start < LABEL_LIMIT and _label_word(doc[start - 1]):
        start -= 1
    kept = [t for t in doc[start : label.i + 1] if not t.ent_type_ == "DATE" and not any(c.isdigit() for c in t.text)]
    return " ".join(t.lower_ for t in kept) or noun_phrase(label)


def appraised_measure(span: Span) -> Token | None:
    """ "sees the expense of merging the plants at $90 million", "put the damage at $2 billion": the
    object of an appraising verb is what the figure after "at" measures, wherever the parse hangs "at"."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "at":
        return None
    verb = next((a for a in root.ancestors if a.lemma_.lower() in words("appraisal_verbs") and a.pos_ == "VERB"), None)
    appraised = next((c for c in verb.children if c.dep_ == "dobj" and c.i < span.start), None) if verb else None
    return appraised if appraised is not None and appraised.pos_ == "NOUN" else None


def counted_part(span: Span, quantity: Quantity) -> tuple[Token, Token | None] | None:
    """ "shed 300 posts, including 120 in the plant", "lost 90 jobs, 30 in sales", "900 posts,
    300 of them in Europe": a bare count set after a count of a noun is a part of it, so it counts the
    same noun; returns that noun and the common noun of the part's "in"/"at" phrase, if any."""
    root = span.root
    if quantity.unit is not None or root.pos_ != "NUM":
        return None
    whole = None
    if root.dep_ == "pobj" and root.head.lower_ in ("including", "among"):
        whole = root.head.head if root.head.head.pos_ == "NOUN" else _count_before(root.head.head, root)
    elif root.dep_ == "appos":
        whole = root.head
    elif root.dep_ in ("npadvmod", "advcl", "dep") and root.head.pos_ == "VERB":
        whole = _count_before(root.head, root)
    if whole is None or whole.pos_ != "NOUN" or not _is_counted(whole):
        return None
    place = next((c for p in root.children if p.lower_ in ("in", "at") for c in p.children if c.dep_ == "pobj"), None)
    return whole, place if place is not None and place.pos_ == "NOUN" else None


def _is_counted(noun: Token) -> bool:
    return any(c.dep_ == "nummod" for c in noun.children)


def _count_before(verb: Token, part: Token) -> Token | None:
    """The nearest counted object of the verb or of its dependent clauses before the part ("plans to cut
    800 posts, 200 of them in ...")."""
    objects = [t for t in verb.subtree if t.dep_ == "dobj" and t.i < part.i and t.pos_ == "NOUN" and _is_counted(t)]
    return objects[-1] if objects else None


def capitals_measure(span: Span) -> str | None:
    """ "* QTRLY NET SALES $1.4 BILLION", "DIVIDEND UP 12.7 PCT": a wire brief line in capitals, which the
    tagger misreads, names its measure in the words before the figure; read them in lower case, past
    period and change words, and keep them when they end in a known measure noun."""
    before = _capital_line_before(span)
    if before is None or sum(any(ch.isalpha() for ch in t.text) for t in before) < 2:
        return None  # two words at least: "EBITDA 5 percent" in a sentence is an acronym, not a capital line
    abbreviations = table("wire_abbreviations")
    kept: list[str] = []
    for token in reversed(before):
        word = token.lower_
        if word in words("change_up") | words("change_down") | MOVE_WORDS and not kept:
            continue  # "DIVIDEND UP 12.7 PCT": the change word stands between the measure and the figure
        if not token.is_alpha or word in PERIOD_WORDS or word in abbreviations and not abbreviations[word][0]:
            break
        kept.insert(0, abbreviations[word][0] if word in abbreviations else word)
    if not kept:
        return None
    return " ".join(kept) if is_measure_word(kept[-1].split()[-1]) else None


def _capital_line_before(span: Span) -> list[Token] | None:
    """The tokens of the figure's line before it: back to a bullet, a line break or the sentence start; None
    as soon as a word in it is not in capitals (most figures stand in a sentence: no need to read it all)."""
    tokens: list[Token] = []
    doc = span.doc
    for i in range(span.start - 1, span.sent.start - 1, -1):
        token = doc[i]
        text = token.text
        if text in ("*", "-", ":") or "\n" in text or token.is_space:
            break
        if not token.is_upper and any(ch.isalpha() for ch in text):
            return None
        tokens.append(token)
    return tokens[::-1]


def priced_per_unit(span: Span, quantity: Quantity) -> bool:
    """ "$72 a barrel", "$3.41 per mmBtu": money per physical unit is a price; money per hour or per day ("earn $17
    an hour", "averaged $13 million a day") is a rate over time of the clause's own measure, not a price."""
    money = is_money(quantity)
    if money and "_per_" in (quantity.unit or ""):
        # the mention read the rate into its unit ("$64 a barrel": USD_per_barrel, "$17 an hour": USD_per_hour)
        return quantity.unit.split("_per_", 1)[1] not in _time_unit_names()
    doc = span.doc
    rate = next(
        (t for t in doc[span.start + 1 : min(span.end + 1, span.sent.end)] if t.lower_ in ("a", "an", "per")), None
    )
    if not money or rate is None:
        return False  # the rate may be inside the mention ("$72 a barrel") or follow it
    units = table("physical_units")
    named = [t for t in doc[rate.i + 1 : min(rate.i + 7, span.sent.end)] if not t.like_num][:4]
    phrases = (" ".join(t.lower_ for t in named[:n]) for n in range(1, len(named) + 1))
    unit = next((p for p in phrases if p in units), None) or (named[0].lemma_.lower() if named else None)
    return unit in units and units[unit][0] not in table("time_units") and unit not in table("time_units")


@cache
def _time_unit_names() -> frozenset[str]:
    """The unit names of `time_units` ("hour", "day", "year"): what a rate over time is given per."""
    return frozenset(name for names in table("time_units").values() for name in names[:1])


def is_money(quantity: Quantity) -> bool:
    """An amount in a currency (an ISO code from `currencies`, also per unit: "USD_per_barrel"), not "35.5
    miles per gallon"."""
    return (quantity.unit or "").split("_per_")[0] in _currency_codes()


def is_currency_amount(quantity: Quantity) -> bool:
    """An amount in a plain currency ("USD", "KRW"), not a rate per some unit ("USD_per_barrel")."""
    return (quantity.unit or "") in _currency_codes()


@cache
def _currency_codes() -> frozenset[str]:
    return frozenset(row[0] for row in table("currencies").values())


def _label_word(token: Token) -> bool:
    """A word of a label: a noun, an adjective, a participle ("operating", "adjusted") or a spelt number
    ("tier one ratio"), not "the" or "*"."""
    participle = token.tag_ in ("VBG", "VBN")
    return token.pos_ in ("NOUN", "ADJ", "PROPN") or participle or token.pos_ == "NUM" and token.is_alpha


def reports_result(verb: Token | None, quantity: Quantity) -> bool:
    """ "the group achieved €120 million", "it realized $3 billion", "recorded INR 497 crore": money as the
    object of a verb that reports a result, with no noun saying which result."""
    money = quantity.unit is not None and quantity.unit not in ("percent", "percentage_point", "times")
    return money and verb is not None and verb.lemma_.lower() in words("result_verbs")


_HEADLINE: weakref.WeakKeyDictionary[Doc, str | None] = weakref.WeakKeyDictionary()


def headline_measure(doc: Doc) -> str | None:
    """The result measure the story is about: of the headline measures ("turnover", "revenue", "profit") the
    one written most often; a tie or none gives None, as nothing then says which one."""
    if doc not in _HEADLINE:
        counts = Counter(t.lower_ for t in doc if t.lower_ in words("headline_measures"))
        ranked = counts.most_common(2)
        _HEADLINE[doc] = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
    return _HEADLINE[doc]


VAGUE = re.compile(r"(?i)^(?:tens|hundreds|thousands|millions|billions|trillions)\s+(?:of|upon)\b")


def is_vague_amount(quantity: Quantity) -> bool:
    """ "hundreds of millions of dollars", "billions of euros": a plural scale word gives an order of
    magnitude, not a figure; kept only where the sentence names what it measures."""
    return bool(VAGUE.match(quantity.surface.strip()))


def places_something(quantity: Quantity, span: Span) -> bool:
    """ "some 33 miles northwest of the plant", "12 km from the port": a length followed by a direction
    says where something is, it measures nothing (TRAPS: a location is no fact)."""
    if quantity.unit not in words("length_units"):
        return False
    following = span.doc[span.end] if span.end < span.sent.end else None
    return following is not None and following.lower_ in words("place_directions")


def bought_back(verb: Token) -> bool:
    """ "bought back", "repurchased": a company buying its own shares."""
    back = any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)
    return verb.lemma_.lower() == "buy" and back or verb.lemma_.lower() == "repurchase"


def names_a_company(token: Token) -> bool:
    """A name that is no place, people or date: in "a 6 percent jump in X" X is a traded company."""
    return token.pos_ == "PROPN" and token.ent_type_ not in ("GPE", "LOC", "NORP", "DATE", "EVENT", "PERSON")


def owned_after(span: Span) -> bool:
    """ "a 55 percent-owned unit", "51-percent owned": the participle "owned" right after a percentage."""
    following = [t.lower_ for t in span.doc[span.end : min(span.end + 2, span.sent.end)]]
    owned = ("owned", "held")  # "55 percent-owned", "60-percent held by its founders"
    return (
        following[:1] in (["owned"], ["held"])
        or following[:1] == ["-"]
        and following[1:2] in (["owned"], ["held"])
        or span_text(span).lower().endswith(owned)
    )


def commodity_of(subject: Token | None) -> Token | None:
    """ "light crude CLx9 settled down $1.01": a contract code named after its commodity measures the commodity."""
    if subject is None or subject.pos_ != "PROPN":
        return None
    return next((c for c in subject.children if c.dep_ == "compound" and _is_commodity(c)), None)


def commodity_measured(measured: Token | None, quantity: Quantity) -> bool:
    """ "crude settled at $58.58", "copper fell 2 percent": money or a move of a commodity is its price; a
    price is per unit, so a scaled amount ("$130 million" of crude hedged) is no price."""
    priced = is_money(quantity) and not SCALED.search(quantity.surface) or quantity.unit == "percent"
    return measured is not None and priced and _is_commodity(measured)


SCALED = re.compile(r"(?i)\b(?:thousand|million|billion|trillion|mln|bln|bn)\b")


def quoted_on_par(measured: Token | None, span: Span, quantity: Quantity) -> bool:
    """ "the notes slipped to 79 cents on the dollar", "debt changing hands near 55 cents on the dollar": money
    quoted on each unit of face value, said of a bond noun, is the bond's price, not its size."""
    if measured is None or not is_money(quantity) or measured.lemma_.lower() not in words("bond_nouns"):
        return False
    after = [t.lower_ for t in span.doc[span.end : min(span.end + 3, span.sent.end)]]
    return len(after) == 3 and after[:2] == ["on", "the"] and after[2] in words("currency_nouns")


def _is_commodity(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in words("commodity_nouns")


def share_close(span: Span) -> bool:
    """ "lifting the stock 3 percent to end at $41.20": a session verb whose clause moves shares prices them."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "at":
        return False
    session = root.head.head
    if session.lemma_.lower() not in words("session_verbs"):
        return False
    holders = [*session.children, *session.head.children] if session.dep_ in ("advcl", "xcomp", "conj") else []
    return any(c.dep_ in ("dobj", "nsubj") and c.lemma_.lower() in SHARE_WORDS for c in holders)


def restated_part(span: Span, quantity: Quantity) -> tuple[Token, str] | None:
    """ "cut 1,100 jobs, or 11 percent of its workforce", "closed 700 branches last year, 3 percent of the
    total", "the layoffs amounted to 14 percent of the staff": a percentage of a whole set beside a count that
    a verb cuts or adds, or said of the cuts themselves, restates that move as a change of the whole ("the
    total" is the whole of what is counted). The measured noun and the direction, or None."""
    root = span.root
    whole = next((g for c in root.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children), None)
    if quantity.unit != "percent" or whole is None or whole.dep_ != "pobj" or whole.pos_ != "NOUN":
        return None
    mover, count = _moved_count(root)
    direction = count_direction(mover.lemma_.lower()) if mover is not None else None
    if direction is None or count is None:
        return None
    return (count if whole.lemma_.lower() == "total" else whole), direction


def _moved_count(root: Token) -> tuple[Token | None, Token | None]:
    """The word that moves a count and the counted noun: the verb of a count the figure is conjoined or
    set beside ("cut 900 jobs, or 9 percent"; "shut 40 plants, 5 percent of ..."), or the subject of a
    restating verb ("the cuts represent 9 percent of ...")."""
    head = root.head
    if root.dep_ in ("conj", "appos") and head.dep_ == "dobj" and _counted(head):
        return head.head, head
    if root.dep_ == "npadvmod" and head.pos_ == "VERB":
        count = next((c for c in head.children if c.dep_ == "dobj" and _counted(c)), None)
        return (head, count) if count is not None else (None, None)
    verb = head.head if root.dep_ == "pobj" and head.lower_ in ("to", "for") else head
    if root.dep_ in ("pobj", "dobj") and verb.lemma_.lower() in words("restating_verbs"):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subject, subject
    return None, None


def _counted(noun: Token) -> bool:
    """A noun counted by a number ("1,100 jobs")."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "nummod" and c.like_num for c in noun.children)


def count_direction(lemma: str) -> str | None:
    """ "up" or "down" for a word of a count's move ("rose", "losses", "additions"); None for any other word."""
    if lemma in words("change_down"):
        return "down"
    if lemma in words("change_up"):
        return "up"
    row = table("count_change_words").get(lemma)
    return row[0] if row else None


def forecast_compound(holder: Token | None, skip: frozenset[int]) -> Token | None:
    """ "cut its revenue estimates", "lowered its sales outlook", "the earnings forecast": the noun a
    forecast or goal noun is compounded with is what it forecasts; without one, the caller carries on."""
    if holder is None:
        return None
    holders = any_words("forecast_nouns", "forecast_goal_nouns")
    if holder.lemma_.lower() not in holders:
        return None
    # "takeover targets" are companies, not a forecast of takeovers
    not_measured = holders | words("goal_nouns") | words("forecast_cues") | words("deal_nouns") | PERIOD_WORDS
    if any(c.dep_ == "compound" and c.lemma_.lower() in words("goal_term_compounds") for c in holder.lefts):
        return None  # "its price target": one term, not a forecast of prices
    compounds = [
        c
        for c in holder.lefts
        if c.dep_ == "compound"
        and c.pos_ == "NOUN"
        and not c.ent_type_
        and c.i not in skip
        and c.lemma_.lower() not in not_measured
        and c.lemma_.lower() not in words("org_nouns")
    ]
    return compounds[-1] if compounds else None


def moved_amount(span: Span, quantity: Quantity) -> tuple[Token, str] | None:
    """ "wiped $2 billion off its market value", "shave 5 percent off costs", "cut $1 billion from its budget",
    "add $500 million to the carrier's costs": money or a percentage that a verb takes off or adds to a noun is a
    change of that noun (`amount_moving_preps`: off for any verb, from after a verb of cutting, to after a
    verb of adding), not of the verb's subject. Returns the noun and the direction."""
    root = span.root
    if quantity.unit is None or root.dep_ != "dobj":
        return None
    verb = root.head
    for prep in (c for c in [*verb.children, *root.children] if c.dep_ == "prep" and c.i > root.i):
        row = table("amount_moving_preps").get(prep.lower_)
        if row is None or len(row) > 1 and row[1] and verb.lemma_.lower() not in words(row[1]):
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is not None and _common_measure(noun):
            return noun, row[0]
    return None


def _common_measure(noun: Token) -> bool:
    """A common noun that can be measured: not a name, a period, a duration or a word that measures nothing."""
    not_measured = PERIOD_WORDS | words("duration_nouns") | words("org_nouns")
    return noun.pos_ == "NOUN" and not noun.ent_type_ and noun.lemma_.lower() not in not_measured


def worth_of(span: Span, skip: frozenset[int]) -> Token | None:
    """ "removed 815 billion yuan worth of bad loans", "$6 billion ($8 billion) worth of bonds": money followed
    by "worth of" measures the of-object, however the parse attaches "worth" (often to the currency noun)."""
    doc, i = span.doc, span.end
    if i < span.sent.end and doc[i].text == "(":  # past a bracketed conversion
        i = next((t.i + 1 for t in doc[i : span.sent.end] if t.text == ")"), span.sent.end)
    if i + 1 >= span.sent.end or doc[i].lower_ != "worth" or doc[i + 1].lower_ != "of":
        return None
    noun = next((c for c in doc[i + 1].children if c.dep_ == "pobj"), None)
    return noun if noun is not None and noun.pos_ in ("NOUN", "PROPN") and noun.i not in skip else None


def worth_holder(span: Span, skip: frozenset[int]) -> Token | None:
    """ "received shares worth $3 million", "unit sales worth $4 billion": money after "worth" that
    follows a noun is what that noun is worth, whatever else the clause is about (the verb's subject)."""
    root = span.root
    inner = next((c for c in root.children if c.lower_ == "worth" and c.i < root.i), None)
    worth = inner if inner is not None else root.head
    if worth.lower_ != "worth" or inner is None and root.dep_ not in ("npadvmod", "pobj", "dobj"):
        return None
    if worth.i + 1 < worth.sent.end and worth.doc[worth.i + 1].lower_ == "of":
        return None  # "$2 billion worth of bonds": worth_of reads it
    if worth.dep_ == "acomp":  # "the deal could be worth $10 million": the verb's subject
        holder = next((c for c in worth.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if holder is not None and holder.tag_ == "WDT" and worth.head.dep_ == "relcl":
            holder = worth.head.head  # "a warehouse that is worth $40 million": the noun the clause describes
    elif inner is not None and root.dep_ == "appos" or worth.dep_ in ("amod", "appos"):
        holder = root.head if inner is not None else worth.head  # "the deals, each worth $5 million"
    else:
        holder = noun_written_before(worth)  # the parse hung "worth" on the verb: the noun written before it
    if holder is None or holder.pos_ != "NOUN" or holder.i in skip:
        return None
    return holder


def noun_written_before(token: Token) -> Token | None:
    """The word before `token`, past "each", a comma and adverbs ("the deals, each worth", "its holdings, now
    worth")."""
    i = token.i - 1
    while i > token.sent.start and (token.doc[i].lower_ in ("each", ",") or token.doc[i].pos_ == "ADV"):
        i -= 1
    return token.doc[i] if i >= token.sent.start else None
