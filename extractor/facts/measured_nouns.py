"""Which noun a figure may measure: a common noun outside the quantities (`is_measure_noun`), and the
hand-overs from a word that only holds or paces a measure to the noun it stands for: a period word ("full
year dividend") and a container ("the number of stores", "the high end of the range") in `usable_measure`, the
speed of a move ("sales rose at a 3 percent annual rate": the sales) in `paced_measure`."""

from __future__ import annotations

from functools import cache

from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from extractor.facts.held_money import held_money
from extractor.facts.measure_phrases import is_generic_count, measure_acronym
from extractor.facts.syntax import PERIOD_WORDS, clause_subject, governing_verb, is_index_code, prep_object
from extractor.facts.tagged_nouns import capitalised_common_noun, possessed_acronym, written_as_name
from extractor.lexicons import table, words
from extractor.mentions.token_index import lower_ids, lowered_positions

PRICE_NOUNS = frozenset({"share", "shares", "stock", "stocks"})  # the grammatical forms of one word, not a word list


def usable_measure(token: Token | None, skip: frozenset[int]) -> Token | None:
    """A measured noun must be a common noun outside the quantities; a period word or a container
    ("the high end of the range", "full year dividend") hands over to the noun it stands for."""
    if token is None:
        return None
    if is_index_code(token) or token.pos_ == "PROPN" and token.lemma_.lower() == "index":
        return token  # "the Harbor Activity Index rose": a named index measures itself
    if token.dep_ == "pobj" and token.head.lower_ == "per" and token.head.head.pos_ == "NOUN":
        token = token.head.head  # "earnings per share of 136.7 pence": the measure is the earnings, per share
    if token.i in skip:
        return None
    if measure_acronym(token):
        return token  # "EBITA was flat": a measure's acronym, whatever the tagger made of it
    if (
        token.ent_type_ in ("ORG", "GPE", "PERSON", "DATE", "MONEY", "PERCENT", "CARDINAL")
        and token.pos_ == "PROPN"
        and not possessed_acronym(token)
    ):
        return None
    lemma = token.lemma_.lower()
    if lemma in words("time_of_day_nouns"):
        return None  # "at $38.75 in late morning", "the prior week": a time, never a measure
    if lemma in PERIOD_WORDS:
        nxt = token.doc[token.i + 1] if token.i + 1 < token.sent.end else None
        return nxt if nxt is not None and nxt.pos_ == "NOUN" and nxt.i not in skip else None
    if lemma in _containers():
        # "a market value of $2 billion", "book value", "enterprise value": a container that is itself a measure,
        # named by a noun compound, is what is measured; a bare "value of" hands over to what it holds
        named = any(c.dep_ == "compound" and c.pos_ == "NOUN" and not c.ent_type_ for c in token.children)
        if named and lemma in words("measure_nouns"):
            return token
        contained = contained_measure(token, skip)
        return token if contained is None and lemma in words("standalone_containers") else contained
    if token.pos_ != "NOUN" and not capitalised_common_noun(token) and not possessed_acronym(token):
        return None
    if written_as_name(token):
        return None  # "Halvorsen raised debt ...": a name the tagger read as a common noun measures nothing
    if (
        any(ch.isdigit() for ch in token.text)
        or lemma in words("org_nouns")
        and lemma not in words("unit_words") | PRICE_NOUNS
        and not held_money(token)
    ):
        return None
    return token


def contained_measure(container: Token, skip: frozenset[int], depth: int = 0) -> Token | None:
    """What a container noun holds: its of-object ("the number of stores"), else the subject of its
    clause ("the number of interns stood at a level of 40"), itself unwrapped when a container."""
    containers = _containers()
    ranged = guided_compound(container, skip)
    if ranged is not None:
        return ranged  # "the margin range sits at 11 to 13 percent": the range is of the margin
    inner = prep_object(container, ("of",))
    if inner is not None and inner.i not in skip and inner.pos_ == "NOUN":
        if inner.lemma_.lower() not in containers:
            return inner
        return contained_measure(inner, skip, depth + 1) if depth < 2 else None
    if container.dep_ == "pobj" and container.head.lower_ == "in" and container.head.head.pos_ == "NOUN":
        return container.head.head  # "sales in the range of $2 billion": the noun the range is given for
    named = ("NOUN",) if container.i > container.sent.start + 1 else ("NOUN", "PROPN")  # "Store counts were"
    if container.tag_ == "NNS" and any(
        c.dep_ == "compound" and c.pos_ in named and not c.ent_type_ for c in container.children
    ):
        return container  # "passenger numbers", "branch numbers": the compound names what is counted
    verb = governing_verb(container)
    moved = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None) if verb else None
    if moved is not None and moved.i not in skip and moved.i != container.i and is_measure_noun(moved):
        if _holds_a_part(moved) and depth < 2:  # "lifted the top of its outlook to 70 cents"
            return contained_measure(moved, skip, depth + 1) or moved
        return moved  # "lowered its key rate to an all-time low of 1.25 percent": what the verb moved
    subject = clause_subject(verb) if verb is not None else None
    if subject is None or subject.i in skip or subject.i == container.i or not is_measure_noun(subject):
        return None
    if subject.lemma_.lower() in containers:
        inner = contained_measure(subject, skip, depth + 1) if depth < 2 else None
        standalone = subject.lemma_.lower() in words("standalone_containers")  # "the confidence gauge slipped"
        return subject if inner is None and standalone else inner
    return subject


def guided_compound(container: Token, skip: frozenset[int]) -> Token | None:
    """ "its full-year profit range", "a sales band": the noun compounded with a guided range is what the range
    is given for (lexicon guided_range_nouns); a range with no such noun hands over as other containers do."""
    if container.lemma_.lower() not in words("guided_range_nouns"):
        return None
    compounds = [
        c
        for c in container.lefts
        if c.dep_ == "compound" and c.pos_ == "NOUN" and not c.ent_type_ and c.i not in skip and is_measure_noun(c)
    ]
    return compounds[-1] if compounds else None


def _holds_a_part(token: Token) -> bool:
    """ "the low end", "the top of its forecast": a noun that names a part of a range or a container."""
    return token.lemma_.lower() in _containers()


@cache
def _containers() -> frozenset[str]:
    """Nouns that hand over to what they hold: containers ("the number of stores") and the parts of a range
    ("the top of its outlook", "the low end of its forecast"), each kept in its own lexicon."""
    return words("container_nouns") | words("range_part_nouns")


def is_measure_noun(token: Token) -> bool:
    """A common noun (or a capitalised one that names no entity) that is not an organization word."""
    if token.lemma_.lower() in words("forecast_cues"):
        return False  # "analysts expected 31 cents": who forecasts is not what is forecast
    if token.lemma_.lower() == "index" or is_index_code(token) or measure_acronym(token):
        return True  # "the Harbor Activity Index rose": a named index is measured, and is the subject
    if token.pos_ == "NOUN" and not written_as_name(token):
        lemma = token.lemma_.lower()
        # "its power business grew 30 percent": a unit's figures are measured on the unit (FACTS.md)
        return (
            lemma not in words("org_nouns") or lemma in PRICE_NOUNS or lemma in words("unit_words") or held_money(token)
        )
    return capitalised_common_noun(token) or possessed_acronym(token)


def paced_measure(token: Token | None, skip: frozenset[int]) -> Token | None:
    """The measured noun of a figure that gives the speed of a move: "retail sales rose at a 2 percent annual
    rate", "prices gained at a solid rate of 3 percent", "starts fell to an annual pace of 900,000 units". A bare
    speed noun (`move_rate_nouns`, qualified only by adjectives, the figure or a growth noun) after "at" or "to"
    measures the noun of the verb it paces: its object, else its subject. A named rate ("an interest rate of 5
    percent", "the jobless rate") measures itself and is left alone."""
    if is_generic_count(token) and token.dep_ == "pobj" and token.head.lower_ == "of":
        token = token.head.head  # "an annual rate of 1.2 million units": the units are the rate's own count
    if token is not None and token.dep_ == "compound" and token.lemma_.lower() in words("growth_rate_nouns"):
        token = token.head  # "revised up to a 5 percent growth rate": the rate the growth noun qualifies
    if token is None or token.lemma_.lower() not in words("move_rate_nouns") or _named_rate(token, skip):
        return None
    if token.dep_ != "pobj" or token.head.lower_ not in ("at", "to") or token.head.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = token.head.head
    if verb.lemma_.lower() not in _pacing_verbs():
        return None
    subject = clause_subject(verb)
    held = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None) or subject
    if held is None or held.i in skip or held.lemma_.lower() in words("move_rate_nouns") or not is_measure_noun(held):
        return None
    return usable_measure(held, skip)


def _named_rate(rate: Token, skip: frozenset[int]) -> bool:
    """ "an interest rate", "the fed funds rate": a noun before the speed noun names a rate of its own;
    the figure, a growth noun ("a 3 percent growth rate") and a counting word ("a 5 million-unit pace") do not."""
    allowed = words("growth_rate_nouns") | words("generic_count_nouns")
    return any(
        c.dep_ in ("compound", "nmod")
        and c.pos_ in ("NOUN", "PROPN")
        and c.i not in skip
        and c.lemma_.lower() not in allowed
        for c in rate.children
    )


@cache
def _pacing_verbs() -> frozenset[str]:
    """Verbs whose figure may be given as a speed: the change verbs and `paced_verbs`."""
    return (
        words("change_up")
        | words("change_down")
        | words("growth_verbs")
        | words("paced_verbs")
        | frozenset(table("measure_move_verbs"))
    )


@cache
def _fixed_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The fixed phrases by their first word, so a sentence is scanned once."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in words("fixed_preposition_phrases"):
        by_first.setdefault(phrase.split()[0], []).append(tuple(phrase.split()))
    return {first: tuple(phrases) for first, phrases in by_first.items()}


@cache
def _phrase_openers() -> frozenset[str]:
    return frozenset(_fixed_phrases())


@cache
def _phrase_ids() -> dict[int, tuple[tuple[int, ...], ...]]:
    """The fixed phrases as string ids of their words, by the id of the first word."""
    return {
        get_string_id(first): tuple(tuple(map(get_string_id, phrase)) for phrase in phrases)
        for first, phrases in _fixed_phrases().items()
    }


def phrase_fragments(sent: Span) -> frozenset[int]:
    """The nouns of fixed phrases that work as one preposition ("in lieu of", "thanks to", "on top of"):
    a figure beside one measures something else, so no reading may take the noun as its measure."""
    found: set[int] = set()
    doc = sent.doc
    lowers = lower_ids(doc)  # words compared by string id on the Doc's LOWER array: no Token per word
    for i in lowered_positions(doc, sent.start, sent.end, _phrase_openers()):
        for phrase in _phrase_ids()[lowers[i]]:
            end = i + len(phrase)
            if end <= sent.end and all(lowers[i + k] == word for k, word in enumerate(phrase)):
                found.update(t.i for t in doc[i:end] if t.pos_ not in ("ADP", "DET"))
    return frozenset(found)
