"""A holder's own plan relayed by a press report stays the holder's target (`modality_tellers.told_by_forecaster`).

"Norvale wants to repay $4 billion by June, the newspaper reported", "the lender is on track to raise $3 billion,
the report said", "the group could also sell its $2 billion stake, the article added": the report tells what the
holder means to do; the plan is the holder's (FACTS.md: a goal or plan of the subject is a target), not the paper's
prediction. What the report predicts of an outcome ("profit could fall 10 percent", "Norvale could lose $2 billion",
"the deal would value Halden at $5 billion") stays its forecast.

The clause between the figure and the reporting verb is read by scored cues (weights below, fire at
`PLAN_SCORE`): who acts (an agent: a named organization, place or person, a company or public body noun, a
pronoun; not a measure such as "sales" or "the deal"), in which voice (a passive has no acting holder), and the
verb's lemma: one of wanting or planning (`pledge_verbs`, `intent_verbs`, `wanting_verbs`), "on track to", or an act
of disposing or raising (`holder_act_verbs`, `plan_progressive_verbs`) under a modal of future or possibility; a
verb of predicting (`prediction_verbs`: "expects to post") speaks of an outcome and counts against, and so does
an act the holder is obliged to (`obligation_heads`, `forcing_verbs`: "may have to pay $500 million in fines").
"""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.modality_tellers import company_side, press_outlet, press_report, public_body, teller
from extractor.lexicons import any_words, words

AGENT_LABELS = frozenset({"ORG", "GPE", "NORP", "PERSON"})
AGENT_PRONOUNS = frozenset({"it", "they", "we", "he", "she"})
MODALS = frozenset({"will", "would", "'ll", "shall", "can", "could", "may", "might"})

# weights of the cues; a clause is the holder's own plan at PLAN_SCORE or more
HOLDER_ACTS = 2  # an agent is the active subject of the verb (or of the verb it completes: "wants to repay")
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
            score = _plan_score(token)
            best = score if best is None else max(best, score)
    return best is not None and best >= PLAN_SCORE


def _plan_score(verb: Token) -> int:
    lemma = verb.lemma_.lower()
    score = 0
    subject = _subject(verb)
    if subject is not None and subject.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in verb.children):
        score += PASSIVE
    elif subject is not None and _agent(subject):
        score += HOLDER_ACTS
    if lemma in any_words("pledge_verbs", "intent_verbs", "wanting_verbs") or _on_track(verb):
        score += PLAN_LEMMA
    elif lemma in any_words("holder_act_verbs", "plan_progressive_verbs") and _modal(verb):
        score += ACT_UNDER_MODAL
    if lemma in words("prediction_verbs"):
        score += PREDICTION_LEMMA
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in any_words("obligation_heads", "forcing_verbs"):
        score += OBLIGED
    return score


def _subject(verb: Token) -> Token | None:
    """The verb's own subject, or that of the verb it completes ("wants to repay": "repay" acts for the subject of
    "wants")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "xcomp":
        return _subject(verb.head)
    return subject


def _agent(who: Token) -> bool:
    """A party that can plan: a named organization, place or person, a company or public body noun, a pronoun."""
    if who.lower_ in AGENT_PRONOUNS or who.ent_type_ in AGENT_LABELS or _ticker_fragment(who):
        return True
    return company_side(who) or public_body(who)


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
    """ "is on track to raise": a "be" with "on track" and a verb it completes."""
    if verb.lemma_ != "be":
        return False
    on = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"]
    return any(p.lemma_ == "track" for o in on for p in o.children) and any(c.dep_ == "xcomp" for c in verb.children)


def _ticker_fragment(who: Token) -> bool:
    """ "Norvale Corp ( NVL.N ) could sell ...": the parser may split a ticker before the verb and take its last
    piece, closed by the bracket, as the subject; it stands for the company named before it."""
    following = who.doc[who.i + 1] if who.i + 1 < len(who.doc) else None
    return following is not None and following.text == ")" and who.text.isupper() and len(who.text) <= 5
