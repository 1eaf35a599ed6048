"""Where a period phrase sits in a sentence's parse: its tokens, the clause it belongs to, whether a clause is
on a figure's own noun phrase or a token is in a clause's subject (shared by `attachment` and `attachment_days`)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractor.facts.stranded_subjects import acts_as_subject
from extractor.lexicons import words
from extractor.mentions.periods import PeriodMention


def phrase_span(doc: Doc, sent: Span, m: PeriodMention) -> Span | None:
    """The tokens of a period phrase, without trailing punctuation ("in June." ends a sentence)."""
    phrase = doc.char_span(sent.start_char + m.start, sent.start_char + m.end, alignment_mode="expand")
    while phrase is not None and len(phrase) > 1 and phrase[-1].is_punct:
        phrase = phrase[:-1]
    return phrase


def phrase_clause(phrase: Span) -> Token | None:
    """The verb of the clause a period phrase sits in, outside the phrase ("the quarter that ended ...")."""
    inside = {t.i for t in phrase}
    return next((a for a in phrase.root.ancestors if is_clause_verb(a) and a.i not in inside), None)


def is_clause_verb(token: Token) -> bool:
    """A verb heading a clause, not a name at the end of a list mistagged as a verb ("sold on A, B and C")."""
    return token.pos_ in ("VERB", "AUX") and not (token.dep_ == "conj" and token.head.pos_ in ("NOUN", "PROPN"))


def on_figure(verb: Token, span: Span) -> bool:
    """ "the $6 million it paid in 2015", "$40 million of orders that arrived in the third quarter": a
    relative clause on the figure's own noun phrase dates the figure."""
    if verb.dep_ not in ("relcl", "acl"):
        return False
    phrase = {t.i for t in span.root.subtree}
    for ancestor in span.root.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            break
        phrase.add(ancestor.i)
    return verb.head.i in phrase


def in_subject(token: Token, verb: Token) -> bool:
    """The token is (in) the subject of the verb's clause: "the No. 2 carmaker" of "grain shipments to the
    region's No. 3 food importer slipped"."""
    while token.i != verb.i and token.head.i != token.i:
        if token.dep_ in ("nsubj", "nsubjpass") or acts_as_subject(token):
            return True  # also "posted a loss as the No. 2 carmaker lost share": "as" misread as a preposition
        token = token.head
    return False


def in_earlier_event(phrase: Span, figure: Span) -> bool:
    """ "after the purchase of a rival in 2006, it has 40 plants", "rose 3 percent following Tuesday's report": a
    phrase inside a noun phrase that "after" or "following" opens dates that earlier event, not a figure outside
    it. Not a clause ("after falling as low as $7.91 on Friday": `pcomp`); not "before" ("had 900 branches before
    the sale last year": the level held until then)."""
    for ancestor in phrase.root.ancestors:
        if is_clause_verb(ancestor):
            return False
        if ancestor.dep_ == "prep" and ancestor.lower_ in words("event_order_prepositions"):
            objects = [c for c in ancestor.children if c.dep_ == "pobj"]
            return bool(objects) and not any(t.i == figure.root.i for t in ancestor.subtree)
    return False


def opens_when_clause(verb: Token | None, own: Token | None, figure: Span) -> bool:
    """ "took over six ports when it acquired a rival in February", "was worth $3 billion when the two sides signed
    it in June", "when it listed in May, the group was worth $2 billion": a clause opened by "when" on the figure's
    own verb tells the time of that verb, so its period phrase dates the figure as a clause above would. Not after
    a comma that sets off a phrase of another noun ("came to 47 cents, matching the target it set when it lowered
    its outlook in May": the target's time)."""
    if verb is None or own is None or verb.dep_ != "advcl" or verb.head.i != own.i:
        return False
    when = next((c for c in verb.children if c.lower_ == "when" and c.dep_ == "advmod" and c.i < verb.i), None)
    if when is None:
        return False
    return when.i < figure.start or not any(t.is_punct for t in figure.doc[figure.end : when.i])
