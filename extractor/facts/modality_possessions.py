"""Figures that size a thing which exists now (the subject's fund, its stake, its debt): what a clause plans is done
to that thing, so its size is a result, not a target; and the nouns of goals and predictions that keep a size
planned ("its planned $750 million program", "its $2 billion target")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.modality_bases import is_quantity
from extractor.lexicons import words


def forecast_nouns() -> frozenset[str]:
    return words("forecast_nouns")


def names_a_forecast(noun: Token) -> bool:
    """ "the average estimate", "the poll average", "the consensus": a noun of prediction, or one
    compounded with a forecaster."""
    cues = words("forecast_cues")
    return noun.lemma_.lower() in forecast_nouns() or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in cues | forecast_nouns() and not _an_estimated(c)
        for c in noun.children
    )


def _an_estimated(word: Token) -> bool:
    """ "holds an estimated 7 million tonnes", "swelled to an estimated 8.4 percent": "an estimated" before a figure
    says it is approximate, not predicted; its clause decides the modality ("will spend an estimated $2 billion")."""
    return word.lower_ == "estimated" and word.i > 0 and word.doc[word.i - 1].lower_ in ("an", "a")


def size_of_possessed(span: Span) -> bool:
    """ "will shutter its $600 billion program", "will split Norvale's $100 million fine", "will give its 40,000
    workers a bonus": a figure before a noun that a possessive owns gives the size of a thing that exists; what
    the clause plans is done to that thing, not to the figure. Not a noun of a goal or prediction ("its $2
    billion target", "analysts' 50-cent estimate") nor a planned thing ("its planned $750 million program")."""
    root = span.root
    if _owned_amount(root):
        return True
    noun = root.head
    if root.dep_ not in ("nummod", "compound", "quantmod", "amod", "nmod") or noun.i < span.end:
        return False
    if noun.pos_ not in ("NOUN", "PROPN") or _goal_in_phrase(span, noun):
        return False
    if not_yet_existing(noun) or _subject_of_an_outcome(noun):
        return False  # "will hire its 500 new staff", "expects its 12,000 workforce to be in place by 2016"
    return any(c.dep_ == "poss" and c.i < span.start for c in noun.children)


def _owned_amount(root: Token) -> bool:
    """ "may use up much of its $3 billion of cash": an amount a possessive owns, of a thing that is no goal
    or prediction ("its $2 billion of savings targets" is one)."""
    if not is_quantity(root) or not any(c.dep_ == "poss" and c.i < root.i for c in root.children):
        return False  # not an event noun ("its purchase of X completes in the autumn")
    things = [o for p in root.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return bool(things) and not any(_is_goal_or_prediction(t) for t in things)


def _goal_in_phrase(span: Span, noun: Token) -> bool:
    """Whether the noun phrase after the figure names a goal, a prediction or a guided range: "its 10 to 14
    percent growth forecast", "its $1.85 to $1.90 range" (up to two words past its head, not past a preposition)."""
    for token in span.doc[span.end : min(noun.i + 3, noun.sent.end)]:
        if token.i > noun.i and token.pos_ not in ("NOUN", "PROPN", "NUM"):
            break
        if token.pos_ in ("NOUN", "PROPN") and _is_goal_or_prediction(token):
            return True
    return False


def _is_goal_or_prediction(noun: Token) -> bool:
    """A noun of a goal or prediction, or one that a word of planning qualifies ("planned", "proposed")."""
    lemma = noun.lemma_.lower()
    if lemma in words("goal_nouns") or lemma in words("guided_range_nouns") or names_a_forecast(noun):
        return True
    cues = words("target_cues")
    return any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in cues | words("goal_nouns") for c in noun.children)


def _is_stock(noun: Token) -> bool:
    """A noun of a stock or level that exists now (`lexicons/stock_nouns.txt`): "debt", "market value", "a debt
    pile" (a stock noun compounded before the head)."""
    stocks = words("stock_nouns")
    if noun.lemma_.lower() in stocks:
        return True
    return any(c.dep_ == "compound" and c.lemma_.lower() in stocks for c in noun.children)


def _owned_by_of(noun: Token) -> bool:
    """ "the debt of its hotel unit", "the reserves of Norvale": an owner named after the noun, by a possessive
    or a name in its "of" phrase."""
    owners = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    return any(o.pos_ == "PROPN" or any(c.dep_ == "poss" for c in o.children) for o in owners if o.dep_ == "pobj")


def owned_stock_size(span: Span) -> bool:
    """A figure that sizes a stock the subject holds now, with its owner written after the noun and a definite
    article before it ("hopes to lift the 12 percent stake of its fund in Keddle to 20 percent"; "will sell 10 million
    shares of its unit" sizes what is sold, a plan) or with the figure in an "of" phrase on an owned stock
    ("aims to put its reserves of $700 million toward new mills"): what the clause plans is done to that stock,
    so its present size is a result. Not a noun of a goal or prediction, nor a planned thing."""
    root = span.root
    of = root.head
    if root.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ == "NOUN" and of.i == of.head.i + 1:
        noun = of.head  # "its reserves of $700 million"; not an "of" hung past a phrase on the noun
        owned = any(c.dep_ == "poss" for c in noun.children) or _owned_by_of(noun)
    elif root.dep_ in ("nummod", "compound", "quantmod") and root.head.i >= span.end and root.head.pos_ == "NOUN":
        noun = root.head  # "the 12 percent stake of its fund"; not "will sell 10 million shares of its unit"
        owned = _owned_by_of(noun) and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        owned = owned and not _bare_count(span)  # "will close the 40 stores of its chain": the act's size
    else:
        return False
    if not owned or not _is_stock(noun) or _is_goal_or_prediction(noun) or _goal_in_phrase(span, noun):
        return False
    return not _inside_a_goal(noun) and not not_yet_existing(noun) and not _subject_of_an_outcome(noun)


def _bare_count(span: Span) -> bool:
    """A figure with no unit of its own ("the 40 stores", "the 2 billion shares") counts the things the verb acts
    on, so it is the size of the act; a sum or share ("the $300 million debt of its arm") sizes the stock itself."""
    return all(t.like_num or t.pos_ == "NUM" for t in span)


def _subject_of_an_outcome(noun: Token) -> bool:
    """ "expects its workforce of 12,000 to be in place", "wants its market share of 20 percent to come from new
    stores": the stock is the subject of an outcome a verb of expecting or wanting governs, not a thing acted on
    now (a belief about plants that exist, "believes its five plants could run longer", keeps their size)."""
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.dep_ in ("ccomp", "xcomp"):
        return _expects_or_wants(noun.head.head)
    verb = noun.head
    outcome = any(c.dep_ in ("xcomp", "ccomp") and c.i > noun.i for c in verb.children)
    return noun.dep_ == "dobj" and outcome and _expects_or_wants(verb)


def _expects_or_wants(verb: Token) -> bool:
    return verb.lemma_.lower() in words("target_cues") | words("forecast_cues")


def not_yet_existing(noun: Token) -> bool:
    """A thing that does not exist yet, so a figure sizing it is planned like the act: a "new" noun or owner ("the
    500 staff of its new plant"), one a relative clause of planning qualifies ("the shares that it plans to issue"),
    or the object of a verb that creates or sets it (`lexicons/creating_verbs.txt`: "will set its price of $6")."""
    owners = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    owners += [c for c in noun.children if c.dep_ == "poss"]
    if any(c.dep_ == "amod" and c.lower_ == "new" for t in (noun, *owners) for c in t.children):
        return True
    cues = words("target_cues")
    if any(c.dep_ == "relcl" and any(t.lemma_.lower() in cues for t in c.subtree) for c in noun.children):
        return True
    verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lemma_.lower() in words("creating_verbs")


def dated_in_its_phrase(span: Span, chain: list[Token]) -> bool:
    """Whether the phrase that sizes the stock or describes the subject carries a date of its own ("with $2 billion
    in sales next year", "with 2015 sales of", "its market share of 20 percent next year"): asked when the claim's
    period lies after the story, such a figure is dated ahead, not a present size."""
    root = span.root
    heads = [t for t in chain[1:] if t.dep_ in DESCRIBING_DEPS and t.head.dep_ in ("nsubj", "nsubjpass")][:1]
    heads += [root.head.head] if root.dep_ == "pobj" and root.head.lower_ == "of" else [root.head]
    return any(t.ent_type_ == "DATE" for head in heads for t in head.subtree)


def _inside_a_goal(noun: Token) -> bool:
    """The noun is part of a goal's phrase, up to its verb ("its plan for a cut in costs at its branches of $3
    million", where the parser may hang the figure on the branches)."""
    for token in noun.ancestors:
        if token.pos_ in ("VERB", "AUX"):
            return False
        if _is_goal_or_prediction(token):
            return True
    return False


DESCRIBING_DEPS = frozenset({"appos", "advmod", "prep"})  # "Norvale, a firm with ...", ", home to", ", with"


def describes_its_subject(chain: list[Token]) -> bool:
    """A figure in a phrase set off on a named subject ("Lindqvist, an operator with 14 ships, intends ...",
    "next year Ostby, with deposits of $6 billion, will ...", or one opening the clause before it: "With $4 billion
    in cash, Ostby will ...") describes what the subject is or has now, the ground of the plan the verb states: a
    result. Not when the phrase names a goal or a prediction, or has a verb of its own (a participle or relative
    clause decides for itself)."""
    subjects = ("nsubj", "nsubjpass")
    for below, token in zip(chain, chain[1:], strict=False):
        if token.pos_ in ("VERB", "AUX"):
            return _fronted_holding(below, token)
        if _is_goal_or_prediction(token):
            return False
        if token.dep_ in subjects and token.pos_ == "PROPN":
            having = below.dep_ != "prep" or below.lower_ == "with"  # not "Dovex, at $40 a share, would be worth"
            return below.dep_ in DESCRIBING_DEPS and below.i > token.i and having
    return False


def _fronted_holding(with_prep: Token, verb: Token) -> bool:
    """A "with" phrase that opens the clause, before the verb's subject ("With 14 ships in service, Lindqvist plans
    to ...", "With $4 billion under management, the fund intends ..."), tells what the subject has as it plans: a
    present holding. Not a phrase with a verb of its own ("With 30 stores planned", "With sales falling 5 percent":
    the participle decides), nor an amount still to be added ("with 500 more stores, it would ...",
    `lexicons/added_amount_words.txt`), nor anything that is not yet there ("with its new 40-berth port"), nor a
    goal ("With its target of 40 branches")."""
    if with_prep.dep_ != "prep" or with_prep.lower_ != "with":
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not with_prep.i < subject.i:
        return False
    phrase = list(with_prep.subtree)
    if any(t.pos_ in ("VERB", "AUX") for t in phrase):
        return False
    added = words("added_amount_words")
    nouns = [t for t in phrase if t.pos_ in ("NOUN", "PROPN")]
    if any(t.lower_ in added for t in phrase) or any(not_yet_existing(n) for n in nouns):
        return False
    return not any(_is_goal_or_prediction(n) for n in nouns)
