"""Plans told by a verb of announcing: "Orvel outlined 14 depot shutdowns", "proposed 600 redundancies", "unveiled
25 branch closures, aiming to save $45 million a year". The count of a planned action (`planned_action_nouns`)
that an announcing verb (`plan_announcing_verbs`) takes as its object is what the subject will do, and a
purpose infinitive on that verb states what the plan is for: both are the subject's target (FACTS.md). A
result announced ("announced that revenue grew 6 percent") names no planned action and stays actual."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.lexicons import any_words, words

PURPOSE_DEPS = frozenset({"xcomp", "advcl"})
COUNT_DEPS = frozenset({"nummod", "quantmod", "compound"})


def announced_plan(root: Token) -> bool:
    """The figure counts a planned action the announcing verb takes as object, or is the amount of a saving
    or cutting verb in the purpose infinitive of a verb that announces such an action."""
    noun = _counted_action(root)
    if noun is not None:
        return (noun.dep_ == "dobj" and _announcing(noun.head)) or _included_in_announced(noun)
    if _announced_sum(root):
        return True
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
    """A noun of a planned action or programme ("shutdowns", "a share buyback"), not one a past clause tells as
    done ("the savings it achieved last year")."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in any_words("planned_action_nouns", "announced_sum_nouns"):
        return False
    if lemma not in words("planned_action_nouns") and _single_deal(noun):
        return False
    return not _done_by_past_clause(noun)


def _single_deal(noun: Token) -> bool:
    """ "the $2 billion purchase of Halden Bank", "an investment in Orvane Tools": one deal (its noun singular, of
    `deal_nouns` or naming the company it is in), whose announced price is a fact of the deal, not a programme."""
    if noun.tag_ != "NN":
        return False
    if noun.lemma_.lower() in words("deal_nouns"):
        return True
    objects = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("in", "of") for o in p.children]
    return any(o.pos_ == "PROPN" or o.ent_type_ == "ORG" for o in objects)


def _done_by_past_clause(noun: Token) -> bool:
    """A relative clause in the simple past on the noun ("the $2 billion in savings it achieved last year"); not one
    of telling ("shutdowns that it said would happen"), whose own clause is ahead."""
    reporting = words("reporting_verbs")
    return any(c.dep_ == "relcl" and c.tag_ == "VBD" and c.lemma_.lower() not in reporting for c in noun.children)


def _announcing(verb: Token) -> bool:
    """A verb of `plan_announcing_verbs`; a modal above it ("will announce cuts") already made the figure a
    plan before this test is asked, which runs on actual figures only."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in words("plan_announcing_verbs")


def _announced_sum(root: Token) -> bool:
    """ "announced 90 billion crowns of bond purchases", "unveiled 450 million pounds worth of savings": a sum the
    announcing verb takes as object, whose "in"/"of" phrase (or that of its "worth") names a planned action or a
    programme of buying or spending (`planned_action_nouns`, `announced_sum_nouns`): the size of the plan."""
    sum_ = root.head if root.dep_ == "compound" and root.head.lower_ == "worth" else root
    if sum_.dep_ != "dobj" or not _announcing(sum_.head) or _done_by_past_clause(sum_):
        return False
    if _told_as_done(sum_.head):
        return False
    holders = [sum_, *(c for c in sum_.children if c.dep_ in ("amod", "advmod") and c.lower_ == "worth")]
    preps = [p for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in ("in", "of")]
    return any(_is_action(o) for p in preps for o in p.children)


def _told_as_done(verb: Token) -> bool:
    """ "announced $5 billion of purchases last year, which it completed in June": a clause in the simple past
    opened by "which" on the announcing verb tells the programme as carried out, so its sum is a result."""
    reporting = words("reporting_verbs")
    for clause in verb.children:
        if clause.dep_ in ("relcl", "advcl") and clause.tag_ == "VBD" and clause.lemma_.lower() not in reporting:
            if any(c.tag_ == "WDT" for c in clause.children):
                return True
    return False


def _included_in_announced(noun: Token) -> bool:
    """ "announced 3 billion euros of savings, including 1,900 job cuts": a planned action counted inside the
    "including" phrase of what the verb announces is part of the same plan."""
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "including":
        return False
    announced = prep.head
    return announced.dep_ == "dobj" and _announcing(announced.head)
