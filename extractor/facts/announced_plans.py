"""Plans told by a verb of announcing: "Orvel outlined 14 depot shutdowns", "proposed 600 redundancies", "unveiled
25 branch closures, aiming to save $45 million a year". The count of a planned action (`planned_action_nouns`)
that an announcing verb (`plan_announcing_verbs`) takes as its object is what the subject will do, and a
purpose infinitive on that verb states what the plan is for: both are the subject's target (FACTS.md). A
result announced ("announced that revenue grew 6 percent") names no planned action and stays actual."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.syntax import governing_verb
from extractor.lexicons import words

PURPOSE_DEPS = frozenset({"xcomp", "advcl"})
COUNT_DEPS = frozenset({"nummod", "quantmod", "compound"})


def announced_plan(root: Token) -> bool:
    """The figure counts a planned action the announcing verb takes as object, or sits in the verb's purpose
    infinitive while that verb announces such an action."""
    noun = _counted_action(root)
    if noun is not None:
        return noun.dep_ == "dobj" and _announcing(noun.head)
    verb = governing_verb(root)
    if (
        verb is None
        or verb.dep_ not in PURPOSE_DEPS
        or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        return False
    announcer = verb.head
    return _announcing(announcer) and any(_is_action(c) for c in announcer.children if c.dep_ == "dobj")


def _counted_action(root: Token) -> Token | None:
    """The planned-action noun the figure counts ("14 depot shutdowns", "600 redundancies")."""
    noun = root.head if root.dep_ in COUNT_DEPS else None
    return noun if noun is not None and _is_action(noun) else None


def _is_action(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in words("planned_action_nouns")


def _announcing(verb: Token) -> bool:
    """A finite verb of announcing with no modal: "will announce cuts" is already a plan by its modal."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in words("plan_announcing_verbs")
