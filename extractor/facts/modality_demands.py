"""A figure that a demanded act sets is a target: "the fund urged Halden to return $3 billion to holders", "holders
demanded that Halden pay a special dividend of $5 a share", "the board recommended raising the dividend to 40
cents", "the plan calls for cutting 1,200 jobs", "the union called for a 7 percent pay increase". The act is asked
for, not done, whatever tense the verb of asking takes (`lexicons/demanding_verbs.txt`). Read from the form of the
demanded clause: a "to" infinitive, a gerund or a bare (subjunctive) verb under the verb of asking, or a noun after
its "for"; not a finite clause ("data suggested sales rose": no verb of asking either), and only the figure the
act sets (`modality_intentions.sets_the_figure`: "urged investors to look past a 12 percent drop" keeps the drop
a result). A move of a price or market ("a bank called for a $20 fall in crude") is a view, not a demand. A
negation on the way ("did not ask", "urged it not to sell") leaves the figure alone."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.modality_intentions import negated, sets_the_figure
from extractor.lexicons import any_words, words

CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pcomp", "oprd"})
GERUND_DEPS = frozenset({"xcomp", "dobj", "pcomp"})  # "recommended raising", "calls for cutting": the thing asked
PARTY_ENTS = frozenset({"ORG", "PERSON", "NORP", "GPE"})
BARE_TAGS = frozenset({"VB", "VBP", "VBG"})  # "to return", "that it pay", "recommended raising"
NOUN_TAGS = frozenset({"NOUN", "PROPN", "NUM", "SYM"})


def demanded_act(token: Token, below: list[Token]) -> bool:
    """Whether `token`, a word on the figure's path (`below`: the path from the figure up to it), is the act or
    the thing a verb of asking asks for, and sets the figure."""
    if token.pos_ == "ADP" and token.lower_ == "for":
        asked = below[-1] if below else None
        if asked is None or asked.dep_ != "pobj" or _a_move(asked):
            return False
        return _asks_for(token.head) and _party_asks(token.head) and _noun_sets(below[:-1])
    if token.pos_ not in ("VERB", "AUX") or token.tag_ not in BARE_TAGS or token.dep_ not in CLAUSE_DEPS | {"advcl"}:
        return False
    if token.tag_ == "VBG" and token.dep_ not in GERUND_DEPS:
        return False
    if token.dep_ == "advcl" and not _infinitive(token):
        return False  # a participle after a comma tells what was done: "opened 40 stores, paying $3 billion"
    if _a_move(token) and not any(c.dep_ == "dobj" for c in token.children):
        return False  # "called for oil to fall to $80": a price moves by itself; a bank's call on it is a view
    asker = token.head
    if asker.pos_ == "ADP" and asker.lower_ == "for" and token.dep_ == "pcomp":  # "calls for cutting 1,200 jobs"
        asker = asker.head
    elif token.tag_ == "VBP" and not any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
        return False  # a bare present only after "that": "demanded that it pay", not "asks why sales fall"
    if not _asks_for(asker) or not _party_asks(asker) or negated(token, asker):
        return False
    return sets_the_figure(token, below)


def _a_move(word: Token) -> bool:
    """ "a $20 fall in crude", "shares to climb 10 percent": a move of a price or market, no one's act to demand
    (`price_move_verbs`, as verb or noun); "a 7 percent pay increase", "a 10 percent cut" are acts."""
    return word.lemma_.lower() in words("price_move_verbs")


def _asks_for(verb: Token) -> bool:
    """A verb of asking whose subject is no deal: "the merger agreement calls for Halden to invest $2 billion" states
    the terms of a deal, which are facts once it is agreed (round 12)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words("demanding_verbs"):
        return False
    deals = words("deal_nouns") | words("agreement_nouns") | {"settlement"}
    return not any(c.dep_ == "nsubj" and c.lemma_.lower() in deals for c in verb.children)


def _infinitive(verb: Token) -> bool:
    """ "urged Halden to shut 12 plants", "called for the company to buy back": the parser often hangs the asked
    infinitive on the verb of asking as an adverbial clause."""
    return verb.tag_ == "VB" and any(c.dep_ in ("aux", "mark") and c.lower_ in ("to", "for") for c in verb.children)


def _party_asks(verb: Token) -> bool:
    """Someone asks: the verb's subject is a party (a name, a pronoun, a company, group or body noun, a plan or
    proposal that speaks for one: `asking_party_nouns`), or the verb is passive with no agent ("was urged to").
    A cause that drives an act is no one asking ("weak demand pushed Halden to cut 500 jobs": the cut is a
    result). A verb with no subject of its own ("urging it to ...") is left to its form."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.dep_ == "nsubjpass":
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        subject = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head  # "a plan that calls for ...": the plan
    return subject is None or _a_party(subject)


def _a_party(noun: Token) -> bool:
    if noun.pos_ in ("PRON", "PROPN") or noun.ent_type_ in PARTY_ENTS:
        return True
    parties = any_words(
        "asking_party_nouns",
        "org_nouns",
        "person_nouns",
        "shareholder_nouns",
        "public_body_words",
        "authority_body_words",
        "data_group_nouns",
        "policy_plan_nouns",
        "company_document_nouns",
    )
    return noun.lemma_.lower() in parties


def _noun_sets(path: list[Token]) -> bool:
    """ "called for a 7 percent pay rise", "asked lenders for $2 billion": the figure is the noun asked for, or
    sizes it directly; not a figure deeper in its phrase ("called for a review of the $4 billion deal")."""
    return not path or len(path) == 1 and path[0].dep_ in ("nummod", "compound", "amod", "nmod", "quantmod")
