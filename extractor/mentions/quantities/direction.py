"""The change direction of a quantity mention: "rose 5 percent" is up, "a 3% decline" down, "rose to 5" none."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span, Token

from extractor.lexicons import table, words
from extractor.mentions.doc_text import span_text
from extractor.mentions.quantities.lexicon import change_forms_pattern

# Words whose lemma states a movement; inflected forms for readings without a parse ("rose from 5 to 7").
CHANGE_FORMS = re.compile(r"\b(?:" + change_forms_pattern() + r")\s+$", re.IGNORECASE)
# The same words anywhere in a clause: "raised its stake from 5% to 9%" is two levels, not a range.
CHANGE_WORD = re.compile(r"\b(?:" + change_forms_pattern() + r")(?![\w])(?![^,;]*[,;])", re.IGNORECASE)


def lemma_direction(lemma: str) -> str | None:
    """ "up" for a lemma of change_up, "down" for one of change_down, else None."""
    if lemma in words("change_up"):
        return "up"
    if lemma in words("change_down"):
        return "down"
    return None


def measure_verb_direction(verb, *, by: bool) -> str | None:
    """ "corn firmed 0.6 percent", "shaved $18 million off costs", "stocks were drawn down by 4.2 million
    barrels": a verb or verb + particle of `measure_move_verbs`, for measures only; some rows hold only
    before "by"."""
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    # "took away 0.2 percentage point": the parse may hang the particle as an adverb
    particles = [f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "advmod")]
    word = verb.lower_
    stems = (word[:-1], word[:-2]) if word.endswith("ed") else ()  # the lemmatizer reads "pared" as "par"
    rows = table("measure_move_verbs")
    for key in (*particles, lemma, *stems):
        row = rows.get(key)
        if row and (row[1:2] != ("by",) or by):
            return row[0]
    return None


def change_direction(span: Span, *, money: bool = False, measure: bool = False, percent: bool = False) -> str | None:
    """Direction a quantity's governor states: "rose 5 percent" up; "a 3% decline" down; "rose to 5" none.

    Only the quantity's own attachment counts: "cut 300 jobs" is a count of jobs cut, not a
    downward change of 300, so a count never takes the direction of the verb of its noun.
    `measure`: a percent, money or physical amount (not a count), which a market verb's particle moves
    ("closed down 3.6 percent"; "closed down 300 stores" counts stores). `percent`: "a loss of 6.5 percent"
    is a fall, "a loss of 383 billion" an amount.
    """
    root = span.root
    sent_start = span.sent.start
    previous = span.doc[span.start - 1] if span.start > sent_start else None
    if previous is not None and previous.lower_ in _LEVEL_BEFORE:
        return None  # "cut its workforce by 1,500 to 12,000", "rose above $980": the amount is a level
    before_lead = _before_lead_phrase(span.doc, span.start - 1, sent_start)  # "cut prices by an average of $40"
    if before_lead != span.start - 1:
        previous = span.doc[before_lead]
    if previous is not None and previous.lower_ == "by" and previous.head.i < previous.i:
        # "cut its workforce by 1,500" (however the number itself was attached); not "driven by 58 points"
        direction = lemma_direction(previous.head.lemma_.lower())
        if direction is None and measure:
            direction = measure_verb_direction(previous.head, by=True)
        if direction:
            return direction
    head = _modified_noun(root)
    if head is not None:
        # "a 70 percent surge", "a 3% decline"; else "went up 328 percent year on year" (parsed as "percent year")
        return _noun_direction(head, money=money, percent=percent) or _up_or_down_before(span, measure=measure)
    if _owned(span):
        return None  # "raising its 7.25 percent repo rate", parsed with the figure as the verb's object: a level
    head = root.head
    governor, via = head, root
    if via.dep_ == "pobj":
        if governor.lower_ == "of" and governor.head.pos_ == "NOUN" and governor.head.i < governor.i:
            return _noun_direction(
                governor.head, money=money, percent=percent
            )  # "a rise of 4%", "an increase of $2 billion"
        if governor.lower_ in ("up", "down") and governor.i < root.i:
            return governor.lower_  # "shares are down about 12 percent", parsed as a preposition
        if governor.lower_ != "by":
            return None  # "rose to 5 percent" gives a level, not the size of the change
        via, governor = governor, governor.head
    if via.dep_ == "dobj" and governor.lemma_.lower() in words("funding_verbs") and money:
        return None  # "raised $25 million": money obtained, not a rise
    if via.dep_ == "dobj" and money and _writes_down(governor):
        return None  # "wrote down 45 million euros of its plant's value": the size of a charge, not a fall
    if governor.i != via.i and via.dep_ in _GOVERNED:
        direction = _governor_direction(governor, span, measure=measure)
        if direction:
            return direction
    return _up_or_down_before(span, measure=measure)


# words before a figure that make it a level, not the size of a move
_LEVEL_BEFORE = frozenset({"to", "from", "at", "above", "below"})
_GOVERNED = frozenset(
    {"dobj", "npadvmod", "advmod", "attr", "prep", "acomp", "oprd", "pobj", "obj", "nsubj", "appos", "dep"}
)


_NOUN_MODIFIERS = ("compound", "nummod", "amod", "npadvmod", "quantmod", "nmod")


def _modified_noun(root):
    """The noun a figure modifies: "a 3% decline"; through one adjective, "an 18 percent annual rise"; through
    nouns of a compound, "a 14 percent market decline"; a change word parsed as a verb, "a 25.4 percent cut"."""
    head = root.head
    if root.dep_ not in _NOUN_MODIFIERS or head.i <= root.i:
        return None
    if _adjective(head) and head.dep_ == "amod" and head.head.i > head.i and head.head.pos_ == "NOUN":
        head = head.head  # "a 12 percent sharp drop"; a participle too, "at a 3.4 percent annualized rate"
    while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ in ("NOUN", "VERB"):
        if _forecaster(head.head):
            break  # "the 1.5 percent rise traders had forecast": the compound ends at the change noun
        head = head.head
    if head.pos_ == "VERB" and any(c.dep_ == "det" for c in head.children):
        return head  # "a 25.4 percent cut": a noun the tagger read as a verb
    return head if head.pos_ in ("NOUN", "PROPN") else None


def _forecaster(noun: Token) -> bool:
    """A noun followed by a verb of predicting (after its auxiliaries): the forecasters of a relative clause with no
    "that", which the parse joins to the change noun before them ("the 1.5 percent rise traders had forecast" reads
    "rise traders" as one compound, and may hang "traders" on a preposition rather than on "forecast")."""
    doc, after = noun.doc, noun.i + 1
    while after < len(doc) and doc[after].dep_ in ("aux", "auxpass"):
        after += 1
    return after < len(doc) and doc[after].pos_ == "VERB" and doc[after].lemma_.lower() in words("prediction_verbs")


def _owned(span: Span) -> bool:
    """ "reduce its $85 billion a month of purchases", "raise the bank's 4 percent deposit rate": a possessive
    right before the figure makes it the size of something owned, a level the verb moves, never the move itself
    (the parse may still hang the figure on the verb as its object). A change noun after the figure ("its 5
    percent rise") is read before this, by `_modified_noun`."""
    if span.start <= span.sent.start:
        return False
    return span.doc[span.start - 1].tag_ in ("PRP$", "POS")


def _adjective(token) -> bool:
    """An adjective, or a past participle the tagger read as a verb where it qualifies a noun ("annualized")."""
    return token.pos_ == "ADJ" or token.tag_ == "VBN"


def _noun_direction(noun, *, money: bool, percent: bool) -> str | None:
    """A change noun's direction: "a rise of 4%"; a percent's "a loss of 6.5%" (`percent_move_nouns`).

    Not a hyphen compound ("a $9 billion tie-up", "a start-up"); not "a gain of 38 cents per share",
    which is a profit item (`not_money_move_nouns`), nor a thing named by a change word (`not_change_nouns`).
    """
    lemma = noun.lemma_.lower()
    if lemma in words("not_change_nouns") or _hyphen_joined(noun):
        return None
    paced = _paced_verb(noun)
    if paced is not None:
        return lemma_direction(paced.lemma_.lower())  # "grew at a 3 percent pace": the move's size
    if money and (lemma in words("not_money_move_nouns") or _write_down_noun(noun)):
        return None  # "a gain of 38 cents a share", "a $1.5 billion write-down": a profit item, a charge
    if percent:
        moved = table("percent_move_nouns").get(lemma)
        if moved:
            return moved[0]
    return lemma_direction(lemma)


def _hyphen_joined(token) -> bool:
    """ "tie-up", "start-up": the second half of a hyphen compound that names a thing (`thing_compounds`);
    "a 51.6 percent run-up" is a rise."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "-" or doc[token.i - 2].whitespace_:
        return False
    return doc[token.i - 2].lower_ in words("thing_compounds")


def _writes_down(verb: Token) -> bool:
    """ "wrote down", "marked down", "write off": a verb and particle of `writing_down_verbs`, whose money object
    is the size of a charge taken on a book value, not a fall of that money."""
    lemma = verb.lemma_.lower()
    return any(f"{lemma} {c.lower_}" in words("writing_down_verbs") for c in verb.children if c.dep_ == "prt")


def _write_down_noun(noun: Token) -> bool:
    """ "a $1.5 billion write-down": the second half of a hyphen compound of `writing_down_verbs`."""
    doc = noun.doc
    if noun.i < 2 or doc[noun.i - 1].text != "-" or doc[noun.i - 2].whitespace_:
        return False
    return f"{doc[noun.i - 2].lemma_.lower()} {noun.lower_}" in words("writing_down_verbs")


def _static_pair(verb, particle: str, *, measure: bool) -> bool:
    """ "made up 12 percent", "drew down a credit line" state no move (`static_phrasal_verbs`); a market verb
    moving a measure does ("closed down 3.6 percent", "ended up 2%": `market_verbs`)."""
    lemma = verb.lemma_.lower()
    if measure and lemma in words("market_verbs"):
        return False
    return f"{lemma} {particle}" in words("static_phrasal_verbs")


def _particle(governor, word: str, span: Span, *, measure: bool) -> bool:
    """ "went up", "marked down", "closed 2.5 percent down": the particle before the figure or right after it.

    Not one past the figure and a comma: in "booked $1.1 billion in sales, up 75 percent" the up is the 75%'s.
    """
    if _static_pair(governor, word, measure=measure):
        return False
    return any(
        c.lower_ == word and c.dep_ in ("advmod", "prt") and (c.i < span.start or c.i == span.end)
        for c in governor.children
    )


def _governor_direction(governor, span: Span, *, measure: bool) -> str | None:
    lemma = governor.lemma_.lower()
    # the verb before its figure ("warmed 3 degrees"): one after it is a parse joining another clause ("is up 80
    # percent and talk has receded")
    moved = measure_verb_direction(governor, by=False) if measure and governor.i < span.start else None
    if moved:
        return moved
    if lemma in words("change_up") or _particle(governor, "up", span, measure=measure):
        return "up"
    if lemma in words("change_down") or _particle(governor, "down", span, measure=measure):
        return "down"
    return None


def _up_or_down_before(span: Span, *, measure: bool = False) -> str | None:
    """ "closed down 5 percent"; for a measure also "were off 42 cents" after a market verb."""
    if _off_by(span):
        return "down"
    for token in span.doc[max(span.sent.start, span.start - 2) : span.start]:
        if token.lower_ in ("up", "down") and token.dep_ in ("advmod", "prt", "amod", "ROOT", "conj"):
            if _static_pair(token.head, token.lower_, measure=measure):
                continue
            return token.lower_
        if measure and token.lower_ == "off" and token.head.lemma_.lower() in words("market_verbs"):
            return "down"  # "shares were off 2.3 percent", "closed off 40 cents"
    return None


def _off_by(span: Span) -> bool:
    """ "Halvern Air off 4.3 percent", "shares were off 2 percent": "off" governing the figure is a fall, as
    "down" is; not a verb's particle, whose figure is the verb's object ("laid off 300", "sold off 20 percent")."""
    head = span.root.head
    return head.lower_ == "off" and head.i == span.start - 1 and head.dep_ != "prt"


def moved_by_verb(span: Span) -> bool:
    """The figure hangs on a change verb ("rose 5%, up from ..."), not on a copula or a level verb, or gives
    the speed of one ("expanded at a 2.6 percent pace, up from 1.9 percent"): then it sizes a move, not a level."""
    head = span.root.head
    return (head.pos_ in ("VERB", "AUX") and lemma_direction(head.lemma_.lower()) is not None) or (
        paced_move(span) is not None
    )


def paced_move(span: Span) -> str | None:
    """The direction of the verb whose speed the figure gives: "rose at a 3 percent annual rate", "grew at a
    rate of 2 percent" (a noun of `move_rate_nouns` after "at"); None for any other figure."""
    root = span.root
    noun = _modified_noun(root)
    if noun is None and root.dep_ == "pobj" and root.head.lower_ == "of":
        noun = root.head.head  # "at a rate of 2 percent"
    verb = _paced_verb(noun) if noun is not None else None
    return lemma_direction(verb.lemma_.lower()) if verb is not None and verb.pos_ in ("VERB", "AUX") else None


def _paced_verb(noun: Token) -> Token | None:
    """The word a pace or rate noun after "at" gives the speed of ("grew at a 3 percent pace"), else None."""
    if noun.lemma_.lower() in words("move_rate_nouns") and noun.dep_ == "pobj" and noun.head.lower_ == "at":
        return noun.head.head
    return None


def word_right_after(span: Span, *, percent: bool = False, money: bool = False) -> str | None:
    """ "closed 2.3% lower", "4% higher than a year earlier": a comparative right after the figure.

    "15 percent more" compares; "$847 million more in relief" is an extra sum (third column: "percent").
    """
    if span.end >= len(span.doc):
        return None
    following = table("direction_after").get(span.doc[span.end].lower_)
    if not following:
        return _change_noun_after(span, money=money, percent=percent)
    if following[1:2] == ("percent",) and not percent:
        return None
    return following[0]


def _change_noun_after(span: Span, *, money: bool, percent: bool) -> str | None:
    """ "a 12 percent nosedive": the change noun right after "a <figure>", when the parse did not attach the
    figure to it (the tagger reads rare change nouns as adjectives)."""
    if span.start == 0 or span.doc[span.start - 1].lower_ not in ("a", "an"):
        return None
    return _noun_direction(span.doc[span.end], money=money, percent=percent)


def sign_direction(surface: str) -> str | None:
    """ "FTSE -0.4%", "banks +2.4%": a figure written with its sign, as in a market list."""
    if surface[:1] in ("-", "−"):
        return "down"
    if surface[:1] == "+":
        return "up"
    return None


@cache
def _cue_tokens() -> frozenset[str]:
    """Single words of bound and approximation cues ("over", "nearly", "more than"), not the prepositions."""
    cues = [*table("bound_cues"), *words("approx_cues")]
    return frozenset(w for cue in cues for w in cue.split()) - _NOT_CUE_TOKENS


_NOT_CUE_TOKENS = frozenset({"to", "at", "of", "by", "up", "down", "the", "a", "an", "in", "from", "for"})


def verb_right_before(span: Span, *, money: bool = False) -> str | None:
    """ "grew 0.3 percent quarter on quarter": a change verb just before a measure, however the parse attached it.

    Not for plain counts: "cut 300 jobs" counts jobs.
    """
    doc = span.doc
    i, sent_start = span.start - 1, span.sent.start  # Span.sent walks the Doc: find it once
    if i >= sent_start and doc[i].lower_ in _LEVEL_BEFORE:
        return None  # "rose above $980 an ounce", "dipped below $100 a barrel": a level passed
    while i > sent_start and doc[i].lower_ in _cue_tokens():
        i -= 1  # "fell over 9 percent", "rose by nearly 4%"
    i = _before_lead_phrase(doc, i, sent_start)  # "fell by an average of 12 mmHg"
    by = i > sent_start and doc[i].lower_ == "by"
    if by:
        i -= 1
    if i < sent_start:
        return None
    if doc[i].pos_ == "ADJ":
        return _participle_direction(doc[i].lower_)
    if doc[i].pos_ not in ("VERB", "AUX"):
        return None
    lemma = doc[i].lemma_.lower()
    if money and not by and lemma in words("funding_verbs"):
        return None  # "raised $25 million"; "raised its fee by $5" moves
    return lemma_direction(lemma) or measure_verb_direction(doc[i], by=by)


@cache
def _lead_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(phrase.split()) for phrase in words("amount_lead_phrases"))


def _before_lead_phrase(doc, i: int, sent_start: int) -> int:
    """The index before a phrase such as "an average of" that ends at token `i`, or `i` when none does."""
    last = None  # the word at `i`, read once: a phrase is read in full only when it ends in that word
    for phrase in _lead_phrases():
        first = i - len(phrase) + 1
        if first <= sent_start:
            continue
        if last is None:
            last = doc[i].lower_
        if phrase[-1] == last and tuple(t.lower_ for t in doc[first : i + 1]) == phrase:
            return first - 1
    return i


def _participle_direction(word: str) -> str | None:
    """ "Index .IXIC advanced 13.40 points": a past form the tagger read as an adjective after a ticker."""
    if not word.endswith("ed"):
        return None
    for stem in (word[:-1], word[:-2], word[:-3]):  # "advanced", "jumped", "slipped"
        direction = lemma_direction(stem)
        if direction:
            return direction
    return None


def multiple_direction(span: Span) -> str | None:
    """ "doubled" is up, "halved" down: the factor of a multiplying verb (lexicon `multiple_verbs`)."""
    forms = (span.root.lemma_.lower(), span_text(span).lower())  # the lemma of a base form may be off ("halve")
    for stem, (factor, *_rest) in table("multiple_verbs").items():
        if any(form.startswith(stem) for form in forms):
            return "up" if float(factor) > 1 else "down"
    return None
