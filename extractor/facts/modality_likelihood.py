"""A figure under "is likely to", "is set to", "is due to", "looks poised to": a likelihood or a schedule, no result.

The predicate (`lexicons/likelihood_predicates.txt`) puts its infinitive ahead in time, so nothing the infinitive
states has happened. The company telling its own course ("costs are likely to stay at 3 percent, the group said")
gives its guidance, a target. Otherwise whose view it is turns on the infinitive and the predicate's subject: an
actor ("the company is set to close 12 stores", "Tamsin Mills looks poised to open 40 kiosks") is to do the act, its
plan; a measure ("growth is set to slow to 4 percent"), a state ("is likely to stay flat"), a passive ("is set to be
fined") or an outcome the subject meets or tells ("the brewer is due to report earnings of 80 million euros", "is
likely to face a fine of N") is predicted by someone else. A perfect infinitive ("is unlikely to have made") judges a
past fact: actual. The caller turns a target into a forecast where the sentence names forecasters, as for any plan."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.modality_tellers import company_side, teller
from extractor.facts.syntax import SUBJECT_DEPS
from extractor.lexicons import words


def likelihood_modality(head: Token, below: Token | None) -> str | None:
    """ "target", "forecast" or "actual" when `head` is a predicate of likelihood or schedule whose infinitive
    (`below`, the token under `head` on the figure's path) holds the figure; None otherwise."""
    if below is None or below.dep_ != "xcomp":  # "was set at 2 percent to cover N": a purpose, no likelihood
        return None
    predicate = _likelihood_predicate(head)
    if predicate is None:
        return None
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in below.children):
        return "actual"  # "is unlikely to have made a profit of N": an estimate of what has happened
    subject = _subject_of(predicate)
    if company_guidance(predicate, subject):
        return "target"  # "it said profit is likely to stay at N": the company's own guidance
    if foreseen_not_acted(below) or subject is not None and any(c.dep_ == "auxpass" for c in below.children):
        return "forecast"  # "is set to be fined N"; with no subject ("a mill due to be sold for N") a plan
    if subject is not None and not is_actor(subject):
        return "forecast"  # "sales are likely to rise 5 percent"
    return "target"  # with no subject ("a merger, now set to close in May") the act is planned


def company_guidance(predicate: Token, subject: Token | None) -> bool:
    """The company tells its own course (`_told_by_the_company`) of a clause that names no other company."""
    return _told_by_the_company(predicate) and not _another_name(subject, predicate)


def _another_name(subject: Token | None, predicate: Token) -> bool:
    """ "Ardell Securities said Norvale's profit is likely to rise", "Norvale said Brellin is set to cut N jobs": the
    likely clause names a company (its subject or the subject's owner) that is not the teller, so the teller speaks
    of another's course, a forecast, not its own guidance."""
    if subject is None:
        return False
    named = [t for t in subject.subtree if t.i <= subject.i and _names_a_party(t)]
    if not named:
        return False
    verb = next((v for v in predicate.ancestors if v.lemma_.lower() in words("reporting_verbs")), None)
    who = teller(verb) if verb is not None else None
    if who is None or not _names_a_party(who):
        return False  # "..., the group said", "it said": the company's anaphor speaks of its own course
    teller_name = {t.lower_ for t in who.subtree if t.i <= who.i and _names_a_party(t)}
    return not any(t.lower_ in teller_name for t in named)


def _names_a_party(token: Token) -> bool:
    """A word of a company's name: an ORG word, or a proper-noun owner the tagger may label a person ("Norvale's
    profit"); not a place, a month or a product before the measure ("Ostria sales", "January sales")."""
    owner = token.dep_ == "poss" and token.pos_ == "PROPN" and token.ent_type_ in ("PERSON", "ORG", "")
    return token.ent_type_ == "ORG" or owner


def foreseen_not_acted(verb: Token) -> bool:
    """A state ("to remain near N") or an outcome met or told ("to report sales of N", "to face a fine of N", "to
    cost the group N"): nothing the subject plans to do."""
    lemma = verb.lemma_.lower()
    outcomes = words("result_verbs") | words("likelihood_outcome_verbs")
    return lemma in words("state_verbs") or lemma in outcomes


def _likelihood_predicate(head: Token) -> Token | None:
    """The word of likelihood or schedule: an adjective ("likely" after "is") or a participle ("set", "scheduled";
    not the verb "set" of "Quillmore set out to hire")."""
    predicates = words("likelihood_predicates")
    if head.lemma_.lower() in predicates or head.lower_ in predicates:
        if head.pos_ == "ADJ" or head.tag_ == "VBN":
            return head
    return None


def _subject_of(predicate: Token) -> Token | None:
    """The subject of the likelihood: the participle's own ("Norvale is scheduled"), else the linking verb's
    ("Norvale is likely"); a relative pronoun stands for the noun its clause hangs on."""
    holders = [predicate, predicate.head] if predicate.dep_ in ("acomp", "oprd") else [predicate]
    if holders[-1].dep_ == "conj":  # "output rose 3 percent and looks bound to pass 9,000 tonnes": output
        holders.append(holders[-1].head)
    subject = next((c for h in holders for c in h.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None and subject.tag_ in ("WDT", "WP"):
        clause = next((h for h in holders if h.dep_ == "relcl"), None)
        return clause.head if clause is not None else None
    return subject


def is_actor(subject: Token) -> bool:
    """A subject that can carry out an act: a name, a pronoun, or a noun for an organization, a person or a
    government ("the ministry", "the state", "the cabinet"); a measure ("growth", "sales", "the economy") is none."""
    if subject.pos_ in ("PROPN", "PRON"):
        return True
    lemma = subject.lemma_.lower()
    actors = words("org_nouns") | words("person_nouns") | words("industry_member_nouns")
    government = (words("country_nouns") | words("public_body_words")) - words("macro_statistics")
    return lemma in actors or lemma in government or _phrase(subject) in words("government_bodies")


def _phrase(noun: Token) -> str:
    """The noun with its compounds and adjectives before it ("national assembly", "white house")."""
    return " ".join(t.lower_ for t in noun.subtree if t.i <= noun.i and (t == noun or t.dep_ in ("compound", "amod")))


def _told_by_the_company(predicate: Token) -> bool:
    """ "costs are likely to rise 4 percent, it said", "..., Norvale said", "..., its chief executive told
    reporters": the nearest reporting verb above the predicate has the company's side as teller
    (`modality_tellers.company_side`), whose view of its own course is its guidance. A public body ("the central
    bank said") or an outsider keeps the forecast."""
    for verb in predicate.ancestors:
        if verb.lemma_.lower() in words("reporting_verbs"):
            who = teller(verb)
            return who is not None and company_side(who)
    return False
