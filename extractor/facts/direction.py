"""Direction of a figure in its sentence: up, down or none, from the parse and the words around it.

The quantity layer gives each mention the direction its own words state ("rose 5%", "-1.2%"); the rules
here settle it with the sentence: a level reached by a move has none, a count of what a verb acts on has
none, and a change noun, a comparative, a participle or a drag word nearby gives one.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from extractor.facts.attachment import CHANGE_VERBS
from extractor.facts.measure_phrases import counted_part, is_money, moved_amount, restated_part
from extractor.facts.measures import Reading
from extractor.facts.profit_items import profit_item
from extractor.facts.syntax import prep_object
from extractor.lexicons import words
from extractor.mentions.quantities.direction import lemma_direction, moved_by_verb, paced_move
from extractor.models import Quantity

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
        elif token.dep_ == "prt" and f"{token.head.lemma_.lower()} {lower}" in words("static_phrasal_verbs"):
            return None  # "makes up 8 percent", "sets aside": a particle of another verb states no movement
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
            direction = lemma_direction(child.lemma_.lower())
            if direction:
                return direction
    return None


def noun_direction(span: Span) -> str | None:
    after = span.doc[span.end] if span.end < span.sent.end else None
    if after is not None and after.pos_ == "NOUN" and lemma_direction(after.lemma_.lower()):
        return lemma_direction(after.lemma_.lower())
    head_token = span.root.head
    if head_token.lower_ in ("of", "by") and head_token.dep_ == "prep":
        head_token = head_token.head
    return lemma_direction(head_token.lemma_.lower())


def drag_direction(span: Span) -> str | None:
    """ "a $50 million currency headwind", "an unfavorable currency effect of 2 percent", "a drag of
    0.5 point": an amount that a drag word names, or that an adverse adjective qualifies, is a decrease."""
    cues = words("down_cues")
    root, doc = span.root, span.doc
    holders = [root.head.head if root.head.lower_ in ("of", "by") and root.head.dep_ == "prep" else root.head]
    if span.start - 2 >= span.sent.start and doc[span.start - 1].lower_ == "of":
        holders.append(doc[span.start - 2])  # the parse may hang "of 3 percent" elsewhere; the words still say it
    for holder in holders:
        if holder.i == root.i or holder.pos_ != "NOUN":
            continue
        if holder.lemma_.lower() in cues or any(
            c.dep_ in ("amod", "compound") and c.lemma_.lower() in cues for c in holder.children
        ):
            return "down"
    return None


# "$4.60 per share for 2019, up from $4.30": what follows the amount compares it with an earlier level
UP_FROM = re.compile(r"^([^,.;$€£¥%]*?),?\s*(?:up|down)\s+from\b", re.I)


def _compared_with_earlier_level(span: Span) -> bool:
    """The amount is a new level when ", up from" follows it before any other amount or "to"; not the size or
    the speed of a verb's move ("rose 5 percent in May, up from 3 percent in April": two moves compared)."""
    if moved_by_verb(span):
        return False
    match = UP_FROM.match(span.doc[span.end : min(span.end + 8, span.sent.end)].text)
    if match is None:
        return False
    stretch = re.sub(r"\b(?:19|20)\d\d\b", "", match.group(1))
    return not re.search(r"\d|\b(?:to|at)\b", stretch)


YEAR = re.compile(r"(?:19|20)\d\d")
# the words that set an earlier figure against a move just stated: "up from", "compared with", "after", "versus"
COMPARING_CUES = frozenset({"from", "with", "to", "after", "following", "versus", "vs", "vs."})
# what "from", "with" and "to" must follow: "up from", "compared with/to"; not "down to 8 percent", a level
LEADING_CUE_WORDS = {
    "from": frozenset({"up", "down"}),
    "with": frozenset({"compared", "comparing"}),
    "to": frozenset({"compared", "comparing"}),
}


def earlier_move(span: Span, quantity: Quantity) -> str | None:
    """ "rose 5 percent in May, up from 3 percent in April", "expanded at a 2.6 percent pace, compared with 1.9
    percent": a percent set against a percent move of the same clause is the earlier move, in its direction."""
    if quantity.unit != "percent":
        return None
    doc, start = span.doc, span.sent.start
    i = span.start - 1
    while i > start and (doc[i].lower_ in WINDOW_SKIP or doc[i].lower_ == "the"):
        i -= 1  # "up from about 3 percent", "after a 0.4 percent", "up from the 1.9 percent forecast"
    cue = doc[i]
    if cue.lower_ not in COMPARING_CUES or i - 1 <= start:
        return None
    if cue.lower_ in LEADING_CUE_WORDS:
        if doc[i - 1].lower_ not in LEADING_CUE_WORDS[cue.lower_]:
            return None
        i -= 1
    compared = _percent_before(doc[start:i])
    return _move_direction(compared) if compared is not None else None


def _percent_before(stretch: Span) -> Span | None:
    """The last percent figure of a stretch, when nothing but words (or a year) stands between it and the end."""
    for k in range(len(stretch) - 1, 0, -1):
        token = stretch[k]
        if token.like_num and token.ent_type_ not in ("DATE", "ORDINAL") and not YEAR.fullmatch(token.text):
            return None
        if token.lower_ in ("to", ";"):
            return None  # "rose to 5 percent, up from 4 percent": two levels
        if token.lower_ in ("percent", "%", "pct") and stretch[k - 1].like_num:
            return stretch[k - 1 : k + 1]
    return None


def _move_direction(figure: Span) -> str | None:
    """The direction of the move a figure sizes ("rose 5 percent") or paces ("grew at a 2 percent rate")."""
    head = figure.root.head
    if figure.root.dep_ in ("dobj", "npadvmod", "advmod") and head.pos_ in ("VERB", "AUX"):
        return lemma_direction(head.lemma_.lower())
    return paced_move(figure)


def settle_direction(quantity: Quantity, span: Span, reading: Reading) -> Quantity:
    """The direction of a quantity from the parse, else from its neighbouring words; none for a
    count of what a verb acts on ("cut 1,000 jobs" is a count of jobs cut)."""
    compared = counted_comparison(span) if quantity.counted and quantity.unit is None else None
    if compared:
        return quantity.model_copy(update={"direction": compared})
    if (
        quantity.counted
        and quantity.unit is None
        and span.root.dep_ in ("nummod", "compound")
        and span.root.head.dep_ in ("dobj", "attr")
    ):
        return quantity.model_copy(update={"direction": None})
    if counted_part(span, quantity) is not None:  # "cut 100 jobs, 40 in the plant": a part of the count
        return quantity.model_copy(update={"direction": None})
    if level_by_construction(span, quantity):
        return quantity.model_copy(update={"direction": None})
    if quantity.unit is None and quantity.counted and not reading.is_change:
        return quantity
    restated = restated_part(span, quantity)
    if restated is not None:  # "cut 900 jobs, or 9 percent of its staff": the verb's move, past the comma
        return quantity.model_copy(update={"direction": restated[1]})
    earlier = earlier_move(span, quantity) if not quantity.direction else None
    if earlier:  # "rose 5 percent, up from 3 percent": the figure compared with is the earlier move
        return quantity.model_copy(update={"direction": earlier})
    before = span.doc[span.start - 1] if span.start > span.sent.start else None
    before2 = span.doc[span.start - 2] if span.start - 1 > span.sent.start else None
    infinitive = span.root.pos_ == "VERB"  # "to halve its costs": a multiplying verb, not a level after "to"
    if (
        before is not None
        and before.lower_ in ("to", "at")
        and not infinitive
        and not (before2 and before2.lower_ == "up")
    ):
        return quantity.model_copy(update={"direction": None})  # "rose ... to €34.9 million" is the new level
    if before is not None and before.dep_ == "prt" and _static_particle(before):
        return quantity.model_copy(update={"direction": None})  # "makes up 8 percent" is a share, not a rise
    if _compared_with_earlier_level(span):
        return quantity.model_copy(update={"direction": None})  # "$4.60 a share, up from $4.30" is the new level
    if not quantity.direction and profit_item(span, quantity) is not None:
        return quantity  # "a gain of $5 million from a settlement": a profit item's level, not a rise
    if not quantity.direction and _money_obtained(span, quantity):
        return quantity  # "raised $2 billion from investors": money obtained, not a rise
    if _money_lost(span, quantity):
        return quantity.model_copy(update={"direction": None})  # "the bank lost $2 billion": a loss, a level
    if not quantity.direction and _sizes_owned_thing(span):
        return quantity.model_copy(update={"direction": None})  # "would reduce its $1 billion expense base"
    moved = moved_amount(span, quantity)  # "wiped $2 billion off its value": the preposition says which way
    direction = quantity.direction or (moved[1] if moved else None)
    direction = direction or (noun_direction(span) if reading.is_change else None)
    direction = direction or window_direction(span) or comparative_direction(span) or acl_direction(span)
    direction = direction or drag_direction(span)
    return quantity.model_copy(update={"direction": direction}) if direction != quantity.direction else quantity


def _money_obtained(span: Span, quantity: Quantity) -> bool:
    """Money a funding verb takes as its object ("raised $45 million in a funding round", "will raise up to $5
    billion"): obtained, not moved; "raised its fee by $5" (through "by") moves the fee."""
    root = span.root
    return is_money(quantity) and root.dep_ == "dobj" and root.head.lemma_.lower() in words("funding_verbs")


LOSING_SUBJECT_LABELS = frozenset({"ORG", "GPE", "PERSON", "NORP"})


def _money_lost(span: Span, quantity: Quantity) -> bool:
    """ "the carmaker lost $2 billion in 2005", "a unit that lost $400 million": money an organization, a person
    or a country loses is the amount of its loss, not a fall; "shares lost $1.20" (a traded thing) and "lost $3
    billion in market value" still move."""
    root = span.root
    verb = root.head
    if not is_money(quantity) or root.dep_ != "dobj" or verb.lemma_.lower() not in words("loss_verbs"):
        return False
    if any(p.lower_ in ("in", "of") and _names_market_value(p) for p in (*verb.children, *root.children)):
        return False
    subject = _clause_subject(verb)
    return subject is not None and _is_loser(subject)


# a verb without a subject of its own takes the subject of the clause it hangs on
SUBJECTLESS_DEPS = frozenset({"pcomp", "advcl", "xcomp", "conj"})


def _clause_subject(verb: Token) -> Token | None:
    """The subject of a verb: its own, the noun a relative pronoun or a participle stands for ("Velmar, losing $2
    billion a year"), else that of the clause a subjectless verb hangs on ("abandoned its goal after losing $750
    million", "shares fell, losing $1.20")."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ in words("relative_pronouns") and verb.dep_ == "relcl":
            return verb.head
        if subject is not None:
            return subject
        if verb.dep_ == "acl":
            return verb.head
        if verb.dep_ not in SUBJECTLESS_DEPS:
            return None
        verb = verb.head.head if verb.dep_ == "pcomp" else verb.head
    return None


def _names_market_value(preposition: Token) -> bool:
    return any(c.dep_ == "pobj" and c.lemma_.lower() in words("market_value_nouns") for c in preposition.children)


def _is_loser(subject: Token) -> bool:
    """An organization, person or country named or referred to: an entity, an organization noun, a pronoun."""
    return (
        subject.ent_type_ in LOSING_SUBJECT_LABELS
        or subject.lemma_.lower() in words("org_nouns")
        or subject.tag_ == "PRP"  # a personal pronoun ("it", "they"), not "which" or "this"
    )


PREMODIFIER_DEPS = frozenset({"nummod", "compound", "quantmod", "amod", "nmod"})


def _sizes_owned_thing(span: Span) -> bool:
    """ "reduce its $85 billion bond purchases", "raise the government's $14 trillion debt ceiling": a figure
    before a noun a possessive owns gives that thing's size, a level; the verb moves the thing, by an amount the
    sentence may give elsewhere. Not a change noun ("its 5 percent rise in sales")."""
    root = span.root
    noun = root.head
    if root.dep_ not in PREMODIFIER_DEPS or noun.i < span.end or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.lemma_.lower() in CHANGE_VERBS:
        return False
    return any(c.dep_ == "poss" and c.i < span.start for c in noun.children) or _moved_by_other_amount(noun)


def _moved_by_other_amount(noun: Token) -> bool:
    """ "boost a $3 billion credit line by another $1.5 billion", "cut the $20 billion debt load by half": the verb
    of the sized thing states its move with "by" and a figure of its own, so the figure before the noun is a size."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "by" and any(t.like_num or t.lower_ == "half" for t in c.subtree)
        for c in verb.children
    )


def counted_comparison(span: Span) -> str | None:
    """ "2,000 fewer branches than in 2008", "300 more stores than a year ago": a count stated as the
    difference from another count, which a comparative before the counted noun and "than" after it mark."""
    after = span.doc[span.end] if span.end < span.sent.end else None
    if after is None or after.lower_ not in ("fewer", "more"):
        return None
    if not any(t.lower_ == "than" for t in span.doc[span.end + 1 : min(span.end + 5, span.sent.end)]):
        return None
    return "down" if after.lower_ == "fewer" else "up"


def _static_particle(particle: Token) -> bool:
    """ "makes up", "sets up": a verb + particle pair that states no move."""
    return f"{particle.head.lemma_.lower()} {particle.lower_}" in words("static_phrasal_verbs")


def level_by_construction(span: Span, quantity: Quantity) -> bool:
    """A figure whose construction makes it a level, whatever move word stands near it: the figure compared
    with, the size of a cause, the size of a cut or write-down (see each check)."""
    return (
        _comparison_baseline(span)
        or (is_money(quantity) and _sizes_cause(span))
        or _amount_cut(span, quantity)
        or (quantity.unit == "percent" and _gap_to_reference_price(span))
    )


def _gap_to_reference_price(span: Span) -> bool:
    """ "priced at $15, 4 percent below Monday's closing price", "9 percent above the company's 52-week high": a
    percent above or below a reference price (`reference_price_nouns`) is a premium or a discount, a level; "6
    percent below a year earlier" or "above its year-earlier level" compares times and stays a move."""
    root = span.root
    side = root.head
    if root.dep_ != "npadvmod" or side.lower_ not in ("above", "below") or side.i != span.end:
        return False
    reference = next((c for c in side.children if c.dep_ == "pobj"), None)
    return reference is not None and reference.lemma_.lower() in words("reference_price_nouns")


def _comparison_baseline(span: Span) -> bool:
    """ "was 32 percent, lower than the 36 percent a year earlier", "higher than the 2,400 it had forecast": a definite
    figure after "than" is the level compared with, not the size of a move; "more than 5 percent" is a bound."""
    root, doc = span.root, span.doc
    if span.end < span.sent.end and _is_change_word(doc[span.end]):
        return False  # "than the 4 percent drop in the benchmark": the compared figure is itself a move
    if span.start - 2 >= span.sent.start and doc[span.start - 2].lower_ == "than":
        return doc[span.start - 1].lower_ in ("the", "its", "their")  # however the parse attached the figure
    if root.dep_ != "pobj" or root.head.lower_ != "than":
        return False
    return any(c.dep_ in ("det", "poss") and c.i < span.start and c.lower_ not in ("a", "an") for c in root.children)


def _sizes_cause(span: Span) -> bool:
    """ "profit was hit by a $200 million charge", "dragged down by $45 million of restructuring costs": money
    that sizes the thing a "by" phrase names as the cause is that thing's amount; not "by 5 percent", the move's
    size, nor a change noun ("hurt by a 5 percent drop in sales")."""
    root = span.root
    if root.dep_ in PREMODIFIER_DEPS and root.head.i >= span.end:
        noun, cause = root.head, root.head
    elif root.head.lower_ == "by" and _passive_by(root.head):
        noun, cause = root, prep_object(root, ("of",))  # "by a $45 million charge"
    else:
        return False
    if cause is None or noun.dep_ != "pobj" or noun.head.lower_ != "by" or cause.pos_ != "NOUN":
        return False
    return not _is_change_word(cause)


def _is_change_word(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return lemma in CHANGE_VERBS or lemma_direction(lemma) is not None


def _passive_by(by: Token) -> bool:
    """ "was hit by", "were weighed down by": the "by" of a passive names a cause (the parse may call it "agent")."""
    return by.dep_ == "agent" or any(c.dep_ == "auxpass" for c in by.head.children)


def _amount_cut(span: Span, quantity: Quantity) -> bool:
    """ "plans to cut $300 million in costs", "wrote down $600 million of goodwill": money that a cutting verb or a
    write-down verb (`writing_down_verbs`) takes as its object is the size of the cut, as "cut 1,000 jobs" counts
    jobs cut; "cut its budget by $5 million" and "cut $5 million from its budget" move the budget."""
    root = span.root
    verb = root.head
    if not is_money(quantity) or root.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    written = any(f"{lemma} {c.lower_}" in words("writing_down_verbs") for c in verb.children if c.dep_ == "prt")
    if not (written or lemma in words("cutting_verbs")):
        return False
    return not any(c.dep_ in ("prep", "agent") and _names_the_move(c) for c in verb.children)


# prepositions by which a cutting verb names what it moves or by how much
MOVING_PREPOSITIONS = frozenset({"by", "from", "off", "to"})


def _names_the_move(preposition: Token) -> bool:
    """ "by $5 million", "from its budget", "to $20 million" state the move; "to March 2011" and "by 2014" only
    end its time."""
    if preposition.lower_ not in MOVING_PREPOSITIONS:
        return False
    timed = preposition.lower_ in ("to", "by")
    return not timed or not any(c.ent_type_ == "DATE" for c in preposition.children)
