"""The date of an announcement is not the date of the plan it announces: "Orvel proposed in May that 45 depots
would shut", "Last month it unveiled 600 redundancies". The period phrase hangs on the announcing verb
(`plan_announcing_verbs`), the planned figure sits inside that verb's object or purpose infinitive, and the
plan has no period of its own (FACTS.md: a target takes the period in which it is expected; the text gives
none)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.announced_plans import is_purpose_infinitive
from extractor.facts.attachment_clauses import phrase_span
from extractor.lexicons import words
from extractor.mentions.periods import PeriodMention

OBJECT_DEPS = frozenset({"dobj", "attr"})
PHRASE_DEPS = frozenset({"pobj", "prep", "npadvmod", "nmod", "compound", "amod"})


def dates_the_announcement(m: PeriodMention, span: Span, modality: str | None) -> bool:
    """A target whose period phrase dates the verb that announced it, the figure being in that verb's object."""
    if modality != "target":
        return False
    phrase = phrase_span(span.doc, span.sent, m)
    verb = _governing_word(phrase.root) if phrase is not None else None
    if verb is None or verb.lemma_.lower() not in words("plan_announcing_verbs"):
        return False
    return _inside_object(span.root, verb) and _announcement_time(m, phrase, verb)


def _announcement_time(m: PeriodMention, phrase: Span, verb: Token) -> bool:
    """A phrase before the verb ("In May it proposed ..."), a day ("on Monday") or a period over by publication
    ("... last week") dates the announcing; a trailing period still ahead ("announced 300 job cuts in the fourth
    quarter") may be the plan's own, which the parse does not tell apart, so it stays."""
    if phrase.end <= verb.i or m.point:
        return True
    published = verb.doc._.published if verb.doc.has_extension("published") else None  # an ISO date string
    return bool(published) and m.period.end is not None and m.period.end.isoformat() < published


def _governing_word(token: Token) -> Token | None:
    """The verb a period phrase modifies, past the words of the phrase itself ("In" of "In March")."""
    while token.dep_ in PHRASE_DEPS and token.head.i != token.i:
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def _inside_object(root: Token, verb: Token) -> bool:
    """The figure lies in the subtree of the verb's object ("a scheme to shed 450 posts", "600 redundancies") or
    of its purpose infinitive ("outlined 14 shutdowns, aiming to save $45 million")."""
    parts = [c for c in verb.children if c.dep_ in OBJECT_DEPS or is_purpose_infinitive(c)]
    return any(root == p or p in root.ancestors for p in parts)
