"""A holder's own plan relayed by a press report stays the holder's target (`modality_tellers.told_by_forecaster`).

"a newspaper said Halden Foods intends to pay back 700 million euros over three years", "the lender, the report
said, is on track to issue 1.5 billion pounds of bonds", "the group may also sell its $2 billion stake, the article
added": the report tells what the holder means to do; the plan is the holder's (FACTS.md: a goal or plan of the
subject is a target), not the paper's prediction. What the report predicts of an outcome ("profit could fall 10
percent", "Norvale could lose $2 billion", "the deal would value Halden at $5 billion") stays its forecast.

The clause between the figure and the reporting verb is read by scored cues (weights below, fire at
`PLAN_SCORE`): who acts (an agent: a named organization, place or person, a company or public body noun, a
pronoun; not a measure such as "sales" or "the deal", nor a plural kind of party), in which voice (a passive has
no acting holder), and the verb's lemma: one of wanting or planning (`pledge_verbs`, `intent_verbs`,
`wanting_verbs`), "on track to" an act, or an act of closing or cutting, or of disposing or raising a sum of money
(`_own_act`), under a modal of future or possibility; a verb of predicting (`prediction_verbs`: "expects to post")
speaks of an outcome and counts against, and so does an act the holder is obliged to (`obligation_heads`,
`forcing_verbs`: "may have to pay $500 million in fines") or a payment for a penalty. A verb of denying above the
clause ("denied it plans to cut") stops the rule.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.modality_tellers import company_side, press_outlet, press_report, public_body, teller
from extractor.lexicons import any_words, words

AGENT_LABELS = frozenset({"ORG", "GPE", "NORP", "PERSON"})
AGENT_PRONOUNS = frozenset({"it", "they", "we", "he", "she"})
MODALS = frozenset({"will", "would", "'ll", "shall", "can", "could", "may", "might"})

# weights of the cues; a clause is the holder's own plan at PLAN_SCORE or more
HOLDER_ACTS = 2  # an agent is the active subject of the verb (or of the verb it completes: "intends to pay back")
PLAN_LEMMA = 2  # want, plan, aim, intend, hope, seek, consider, "on track"
ACT_UNDER_MODAL = 1  # "could sell", "will repay": an act the holder controls, told as to come
PREDICTION_LEMMA = -3  # "expects to post": an outcome, not an act
PASSIVE = -2  # "could be sold": no acting holder in the clause
OBLIGED = -2  # "may have to pay", "could be forced to sell": what befalls the holder, not what it means to do
PLAN_SCORE = 3


def reported_own_plan(root: Token) -> bool:
    """The nearest report above the figure is the press's (a report noun, or "the newspaper reported"), and the
    figure's clause below it is its holder's own plan. A verb of predicting with its own subject on the way ("the
    paper reported analysts expect ...") leaves the prediction to that verb."""
    for under, token in zip([root, *root.ancestors], root.ancestors, strict=False):
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and under.dep_ in ("acl", "ccomp") and press_report(token):
            return holders_own_plan(root, token)  # "amid reports that Norvale wants to sell ..."
        if token.pos_ not in ("VERB", "AUX"):
            continue
        if lemma in words("prediction_verbs") and any(c.dep_ == "nsubj" for c in token.children):
            return False
        if lemma in words("reporting_verbs") and under.pos_ in ("VERB", "AUX"):
            who = teller(token)
            press = who is not None and (press_report(who) or press_outlet(who, token, under))
            return press and holders_own_plan(root, token)
    return False


def holders_own_plan(root: Token, reporting: Token) -> bool:
    """The figure's clause below `reporting` (the report's verb) tells what its holder means to do."""
    best = None
    for token in root.ancestors:
        if token == reporting:
            break
        if token.pos_ in ("VERB", "AUX"):
            if _denying(token):
                return False  # "denied it plans to cut 3,000 jobs": the plan is refused, no target
            score = _plan_score(token, root)
            best = score if best is None else max(best, score)
    return best is not None and best >= PLAN_SCORE


def _plan_score(verb: Token, root: Token) -> int:
    lemma = verb.lemma_.lower()
    score = 0
    subject = _subject(verb)
    if (subject is not None and subject.dep_ == "nsubjpass") or any(c.dep_ == "auxpass" for c in verb.children):
        score += PASSIVE
    elif subject is not None and _agent(subject):
        score += HOLDER_ACTS
    if lemma in any_words("pledge_verbs", "intent_verbs", "wanting_verbs") or _on_track(verb):
        score += PLAN_LEMMA
    elif _modal(verb) and _own_act(verb, lemma, root):
        score += ACT_UNDER_MODAL
    if lemma in words("prediction_verbs"):
        score += PREDICTION_LEMMA
    if _befalls(verb, lemma):
        score += OBLIGED
    return score


def _own_act(verb: Token, lemma: str, root: Token) -> bool:
    """An act of closing or cutting (`plan_progressive_verbs`), or one of disposing or raising (`holder_act_verbs`);
    a sale only of a sum of money ("could sell $3 billion of its towers"), not of a volume of goods ("could sell 5
    million phones": sales, an outcome); never a price per share or a price paid for a named company (the terms
    of a deal in talks, told as the report's forecast like the value a deal would put on a company)."""
    if lemma in words("plan_progressive_verbs"):
        return True
    if lemma not in words("holder_act_verbs") or (lemma == "sell" and not _money(root)):
        return False  # a count sold is a sales volume; a count bought, built or ordered is the holder's deal
    return not _per_share(root) and not (lemma in ("pay", "offer", "bid") and _for_a_company(verb))


def _per_share(root: Token) -> bool:
    """ "$30 per share", "$41 a share", "at $20 each": a price per share, right after the figure."""
    after = [t.lower_ for t in root.doc[root.right_edge.i + 1 : root.right_edge.i + 3]]
    inside = any(t.lower_ in ("per", "each", "apiece") for t in root.subtree)
    return inside or after[:1] in (["each"], ["apiece"], ["per"]) or after == ["a", "share"]


def _for_a_company(verb: Token) -> bool:
    """ "would pay $2 billion for Orvane Tools": the price of a takeover in talks, whose terms the report tells
    as its forecast (as the value a deal would set on a company), not the bidder's own plan."""
    objects = [o for p in verb.subtree if p.dep_ == "prep" and p.lower_ == "for" for o in p.children]
    return any(o.pos_ == "PROPN" or o.ent_type_ == "ORG" for o in objects)


def _money(root: Token) -> bool:
    """A sum of money: a currency sign or noun with the figure ("$3 billion", "800 million euros")."""
    currencies = words("currency_nouns")
    return root.ent_type_ == "MONEY" or any(t.tag_ == "$" or t.lemma_.lower() in currencies for t in root.subtree)


def _befalls(verb: Token, lemma: str) -> bool:
    """An act the holder is obliged to ("may have to pay", "could be forced to sell"), or a payment whose object or
    purpose is a penalty or a settlement ("could spend up to $1 billion on fines", "could pay $3 billion to settle
    the lawsuits"): what befalls the holder, not what it means to do."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in any_words("obligation_heads", "forcing_verbs"):
        return True
    if lemma not in ("pay", "spend"):
        return False
    return any(t.lemma_.lower() in words("penalty_words") for t in verb.subtree)


def _subject(verb: Token) -> Token | None:
    """The verb's own subject, or that of the verb it completes ("intends to pay": "pay" acts for the subject of
    "intends")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "xcomp":
        return _subject(verb.head)
    return subject


def _agent(who: Token) -> bool:
    """A party that can plan: a named organization, place or person, a company or public body noun, a pronoun."""
    if who.lower_ in AGENT_PRONOUNS or who.ent_type_ in AGENT_LABELS:
        return not _generic(who)
    return (company_side(who) or public_body(who)) and not _generic(who)


def _generic(who: Token) -> bool:
    """ "Banks such as Norvale could sell ...", "lenders could sell ...": a plural noun with no determiner, or one
    with "such as", names a kind of party, not a holder with a plan of its own."""
    if any(c.dep_ == "prep" and c.lower_ == "such" for c in who.children):
        return True
    return who.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in who.children)


def _modal(verb: Token) -> bool:
    """A future or possibility auxiliary on the verb or on the verb it completes ("could also sell", "will have
    to repay"); not negated ("could not sell" tells no plan)."""
    for v in (verb, verb.head) if verb.dep_ == "xcomp" else (verb,):
        children = list(v.children)
        if any(c.dep_ == "neg" for c in children):
            return False
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in children):
            return True
    return False


def _on_track(verb: Token) -> bool:
    """ "is on track to issue": a "be" with "on track" and a verb it completes that is an act or plan of the holder
    ("on track to post a loss", "to report a profit" speak of a result: no plan)."""
    if verb.lemma_ != "be":
        return False
    on = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"]
    if not any(p.lemma_.lower() in words("on_track_nouns") for o in on for p in o.children):
        return False
    plan_verbs = ("holder_act_verbs", "plan_progressive_verbs", "plan_amount_verbs", "intent_verbs")
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in any_words(*plan_verbs) for c in verb.children)


def _denying(verb: Token) -> bool:
    """A verb of denying or refusing (`refusing_verbs`, "dismiss", "rule out") over the plan's clause."""
    lemma = verb.lemma_.lower()
    if lemma in words("refusing_verbs") or lemma == "dismiss":
        return True
    return lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
