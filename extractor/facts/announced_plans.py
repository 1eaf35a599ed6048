"""Plans told by a verb of announcing: "Orvel outlined 14 depot shutdowns", "proposed 600 redundancies", "unveiled
25 branch closures, aiming to save $45 million a year". The count of a planned action (`planned_action_nouns`)
that an announcing verb (`plan_announcing_verbs`) takes as its object is what the subject will do, and a
purpose infinitive on that verb states what the plan is for: both are the subject's target (FACTS.md). A
result announced ("announced that revenue grew 6 percent") names no planned action and stays actual."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.lexicons import words

PURPOSE_DEPS = frozenset({"xcomp", "advcl"})
COUNT_DEPS = frozenset({"nummod", "quantmod", "compound"})


def announced_plan(root: Token) -> bool:
    """The figure counts a planned action the announcing verb takes as object, or is the amount of a saving
    or cutting verb in the purpose infinitive of a verb that announces such an action."""
    noun = _counted_action(root)
    if noun is not None:
        return noun.dep_ == "dobj" and _announcing(noun.head)
    verb = _amount_verb(root)
    if verb is None or not is_purpose_infinitive(verb):
        return False
    announcer = verb.head
    return _announcing(announcer) and any(_is_action(c) for c in announcer.children if c.dep_ == "dobj")


def is_purpose_infinitive(verb: Token) -> bool:
    """A "to" infinitive that says what its head verb is done for ("... aiming to save $45 million")."""
    return verb.dep_ in PURPOSE_DEPS and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _amount_verb(root: Token) -> Token | None:
    """The verb of `plan_amount_verbs` whose own amount the figure is: its object ("save $45 million"), the
    extent of its cut ("trim costs 5 percent", npadvmod) or the object of its "by" ("lower its costs by $9
    million"); a figure deeper down describes something else ("to cope with a 30 percent slump in orders"), never
    the plan's amount."""
    head = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "by" else root.head
    by_object = root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.lower_ == "by"
    own = root.dep_ in ("dobj", "npadvmod") or by_object
    return head if own and head.lemma_.lower() in words("plan_amount_verbs") else None


def _counted_action(root: Token) -> Token | None:
    """The planned-action noun the figure counts ("14 depot shutdowns", "600 redundancies")."""
    noun = root.head if root.dep_ in COUNT_DEPS else None
    return noun if noun is not None and _is_action(noun) else None


def _is_action(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in words("planned_action_nouns")


def _announcing(verb: Token) -> bool:
    """A verb of `plan_announcing_verbs`; a modal above it ("will announce cuts") already made the figure a
    plan before this test is asked, which runs on actual figures only."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in words("plan_announcing_verbs")
