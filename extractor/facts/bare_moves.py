"""A move noun that names nothing moved takes the measure it is told of (docs/DECISIONS.md "Bare moves").

"freight volumes climbed 2 percent, after a 1 percent pickup", "orders reached 4,300, up from a 3,900 advance", "a
goal of a 6 percent increase", "analysts had expected a rise of 4 percent": the figure sizes a move noun
(`change_up`, `change_down`, `bare_move_nouns`) that has no "in"/"of" phrase of its own, so the parse finds no
measured noun and the fact was called after the move ("pickup", "gain") or the fallback ("amount"). Such a move is
the earlier value, the estimate or the target of a measure already told: the nearest earlier figure of the same
sentence with a measure and the same unit class (a percent after a percent, a count after a count), else, for a
percent or a count, the last measure of that class in the paragraph or, failing that, the story (never a stock's
move told elsewhere); a count counts that measure's noun. A move whose owner or clause subject is a thing ("the
dollar's 2 percent gain", "payrolls showed a 2,000 gain") names what moved, and a sentence about the stock tells the
stock's move: neither borrows. Growth nouns are left to `growth_rates`. A move that names what moved ("an increase
in imports", "a rise of 4 percent in orders") is left to the parse, as is a move told by a verb ("fell 47 percent"):
only a noun sized by the figure is read here.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from extractor.facts.discourse import DOC_TOPIC
from extractor.facts.predicate_forms import FALLBACK_PREDICATE, SHARE_MOVES
from extractor.lexicons import words
from extractor.mentions.quantities.unit_classes import unit_class
from extractor.models import Fact, Quantity

SIZING_DEPS = frozenset({"nummod", "compound", "amod", "quantmod", "npadvmod"})  # "a 0.4 percent pickup"
OWN_MEASURE_PREPS = frozenset({"in", "of", "for", "at"})  # "an increase in imports" names what moved
# a percent or a count move restates the paragraph's or story's measure; a sum moved ("a $15 billion cut") is
# more often a new action on a thing the sentence names without a figure, so it borrows only within its sentence
TOPIC_CLASSES = frozenset({"percent", "count"})
COUNTED_TOPIC = DOC_TOPIC + "counted:"  # + a measure: the noun its counts count ("jobs added" -> job), story-wide
TIME_ENTITIES = frozenset({"DATE", "TIME"})  # "a gain in May" dates the move, it names nothing moved
# a subject that tells who saw or expected the move, never what moved: "the company posted a gain", "Acme saw ..."
AGENT_ENTITIES = frozenset({"ORG", "GPE", "PERSON", "NORP"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
RELATIVE_TAGS = frozenset({"WDT", "WP"})  # "its stock, which had a run-up": the subject is the relative's head


@cache
def move_lemmas() -> frozenset[str]:
    """Nouns that state a move and nothing else."""
    moves = words("change_up") | words("change_down") | words("bare_move_nouns")
    return moves - words("not_change_nouns") - words("growth_rate_nouns")  # "3X growth" is `growth_rates`' own


def names_nothing(predicate: str | None) -> bool:
    """ "amount" (nothing read), "gain", "pickup": a predicate that names no measure, only that something moved."""
    return predicate is None or predicate == FALLBACK_PREDICATE or predicate in move_lemmas()


def sized_move(span: Span) -> Token | None:
    """The singular move noun the figure sizes: "a 0.4 percent pickup", "a 140,000 gain" (the figure modifies
    it), "a rise of 4 percent" (the figure is its of-object); None when the noun names what moved ("an increase
    in imports") or when no move noun is sized."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.i != head.i:
        noun = head.head
    elif root.dep_ in SIZING_DEPS and head.i != root.i:
        noun = head
    else:
        return None
    if noun.tag_ != "NN" or noun.lemma_.lower() not in move_lemmas():
        return None
    owner = any(c.dep_ == "poss" and _names_mover(c) for c in noun.children)
    if owner or _stock_sentence(noun):
        return None  # "the dollar's 2 percent gain", "shares had a run-up"
    own = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in OWN_MEASURE_PREPS and c.i != head.i]
    return None if any(_names_what_moved(c) for c in own) else noun


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, the relative's head for "which"/"that" ("its stock, which had a run-up")."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None and subject.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
        return verb.head
    return subject


def _fits_mover(noun: Token, measure: str | None) -> bool:
    """ "payrolls showed a 2,000 gain", "its backlog saw a decline": the object of a verb whose subject is a
    common noun names what moved, so it restates only a measure that noun names ("sales showed a 0.5 percent
    gain" after "retail sales rose")."""
    subject = _subject(noun.head) if noun.dep_ == "dobj" else None
    if subject is None or not _names_mover(subject) or subject.lemma_.lower() in words("unnamed_result_nouns"):
        return True  # "the figure followed a 0.2 percent decline": a word for the result restates its measure
    named = set((measure or "").lower().split())
    return subject.lower_ in named or subject.lemma_.lower() in named


def _names_mover(token: Token) -> bool:
    """A common noun that can move ("the dollar", "payrolls"); a company, a pronoun, a name or a forecaster
    ("its gain", "analysts expected a gain") only tells whose or whose estimate the move is, so the move
    still restates a measure."""
    if token.pos_ != "NOUN" or token.ent_type_ in AGENT_ENTITIES or token.ent_type_ in TIME_ENTITIES:
        return False
    # "the prior month's 0.2 percent decline", "last year's rise": a time dates the move, it did not move
    return token.lemma_.lower() not in agent_lemmas() and token.lemma_.lower() not in words("duration_nouns")


@cache
def agent_lemmas() -> frozenset[str]:
    """Nouns for who has or expects a move, never what moved."""
    return words("org_nouns") | words("business_nouns") | words("forecast_cues") | words("role_nouns")


def _stock_sentence(noun: Token) -> bool:
    """ "Brixton shares had a 40 percent run-up": a move told in a sentence about a stock is the stock's own
    move, never a restated measure of the company's results."""
    # the move's own clause: "the shares jumped after the company reported a 3 percent gain" is the company's gain
    verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    subject = _subject(verb) if verb is not None else None
    return subject is not None and subject.lemma_.lower() in words("share_nouns")


def _names_what_moved(prep: Token) -> bool:
    """ "in imports", "of 4 percent in orders": a phrase of the move noun that names a thing; a time ("in May",
    "for the quarter") only dates the move."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return any(o.ent_type_ not in TIME_ENTITIES and o.lemma_.lower() not in words("duration_nouns") for o in objects)


def _borrowed_measure(
    noun: Token, quantity: Quantity, earlier: list[Fact], topics: dict[str, str]
) -> Fact | str | None:
    """The fact (same sentence) or the measure (paragraph, then story topic) the bare move `noun` restates; None
    when nothing of its unit class was told before."""
    cls = unit_class(quantity)
    told = [f for f in earlier if f.value is not None and unit_class(f.value) == cls and not names_nothing(f.predicate)]
    if told:
        return told[-1] if _fits_mover(noun, told[-1].predicate) else None
    if cls not in TOPIC_CLASSES:
        return None
    topic = topics.get(cls) or topics.get(DOC_TOPIC + cls)
    # a stock's move told in another sentence is no measure of a bare move ("its stock slid 4 percent ... a
    # margin outlook that sees a widening of 2 points")
    if names_nothing(topic) or topic in SHARE_MOVES or not _fits_mover(noun, topic):
        return None
    return topic


def with_borrowed(
    predicate: str | None,
    span: Span,
    kind: str,
    quantity: Quantity,
    earlier: list[Fact],
    topics: dict[str, str],
) -> tuple[str, Quantity] | None:
    """(predicate, quantity) of a bare move told of an earlier measure; a count takes that measure's counted
    noun too ("a 140,000 gain" after "95,000 jobs" counts jobs). None when the move is no bare move."""
    noun = sized_move(span) if kind == "change" and names_nothing(predicate) else None
    found = _borrowed_measure(noun, quantity, earlier, topics) if noun is not None else None
    if found is None:
        return None
    if isinstance(found, str):  # "Employers added 120,000 jobs. Economists had expected a 150,000 gain."
        predicate, counted = found, topics.get(COUNTED_TOPIC + found)
    else:
        predicate, counted = found.predicate, found.value.counted if found.value is not None else None
    counted = counted if quantity.unit is None else None
    return predicate, quantity.model_copy(update={"counted": counted}) if counted else quantity


def remember_counted(topics: dict[str, str], measure: str, quantity: Quantity) -> None:
    """Keep the counted noun of a count's measure, for a later bare move that restates that measure."""
    if quantity.unit is None and quantity.counted:
        topics[COUNTED_TOPIC + measure] = quantity.counted
