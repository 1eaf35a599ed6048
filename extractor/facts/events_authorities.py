"""Acts of police, prosecutors, courts and regulators on a named person or organization: arrests, charges,
indictments, convictions, sentences and fines (lexicons/authority_act_verbs.tsv).

- Active, "Ardanian police arrested Ann Lee on Tuesday": the doer is the subject, a named body, else the unnamed
  body as written ("Ardanian police", "federal prosecutors", lexicons/authority_nouns.txt); the object is the
  named party acted on.
- Passive with a named agent, "Lee was fined by the Brandt Exchange": the agent acts on the patient.
- Passive without one, "Lee was arrested in May and charged the next week": the party it befalls is the subject
  and, as an event that acts on no other party names itself, the object repeats the predicate ("arrest").

A denied, supposed or guessed act ("was not charged", "if convicted", "could be fined") is no event; a verb of
several senses states the act only with its preposition ("charged X with fraud", lexicons column 3)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.attachment import SentencePeriods
from extractor.facts.discourse import DocContext, resolve_subject
from extractor.facts.events_clauses import negated, only_guessed, unreal
from extractor.facts.events_common import event_fact, head_names
from extractor.facts.syntax import clause_subject
from extractor.lexicons import table, words
from extractor.mentions.cluster_lookup import named
from extractor.mentions.government_bodies import is_government_body
from extractor.models import Fact

PARTIES = ("PERSON", "ORG")
_MODIFIERS = ("amod", "compound", "nmod")  # "Italian police", "U.S. prosecutors", "federal grand jury"


def authority_acts(verb: Token, sent: Span, both: SentencePeriods, ctx: DocContext) -> list[Fact | None]:
    """One event per named party an act of public authority acts on (see the module's docstring); an act others
    predict or one that would follow a condition ("expect regulators to fine X", "would be sentenced if...") is
    no deed, so only an act told as done is kept."""
    return [f for f in _acts(verb, sent, both, ctx) if f is not None and f.modality == "actual"]


def _acts(verb: Token, sent: Span, both: SentencePeriods, ctx: DocContext) -> list[Fact | None]:
    row = table("authority_act_verbs").get(verb.lemma_.lower())
    if row is None or verb.pos_ != "VERB":
        return []
    if not (_with_preposition(verb, row[1] if len(row) > 1 else "") or _joined_act(verb)):
        return []
    if negated(verb) or unreal(verb) or only_guessed(verb):
        return []
    predicate = row[0]
    if _passive(verb):
        agent = _agent(verb)
        patient = _patient(verb)
        named_agent = acting_body(agent, ctx) if agent is not None else None
        parties = _parties(patient, ctx)
        if named_agent is None and row[2:3] == ("agent",):
            return []  # "was fined by the regulator": a fine is told with who imposed it
        if named_agent is None:  # "Lee was arrested": the act befalls Lee, and names itself
            return [event_fact(verb, party, predicate, predicate, sent, both, ctx) for party in parties]
        return [event_fact(verb, named_agent, predicate, party, sent, both, ctx) for party in parties]
    # "fined Brandt Bank $5 million": the parse reads the party fined as the dative, the sum as the object
    obj = next((c for c in verb.children if c.dep_ == "dative"), None)
    obj = obj or next((c for c in verb.children if c.dep_ == "dobj"), None)
    doer_token = clause_subject(verb)
    doer = acting_body(doer_token, ctx) if doer_token is not None else None
    if obj is None or doer is None or not _public_body(doer_token, doer, ctx):
        return []  # "he was convicted" handled above; "they arrested him": nothing named
    return [event_fact(verb, doer, predicate, party, sent, both, ctx) for party in _parties(obj, ctx)]


def acting_body(token: Token, ctx: DocContext) -> str | None:
    """Who acts: an unnamed body as written ("the regulator" is no anaphor of the story's company), else the
    named party or the one a pronoun stands for."""
    return written_body(token) or resolve_subject(token, ctx)


def _public_body(token: Token, doer: str, ctx: DocContext) -> bool:
    """ "police", "the Justice Department", "the Financial Markets Authority", "Ardania": an act of authority is
    done by a public body (an unnamed one as written, a country, a government body or central bank, or a name
    whose words say it is one, lexicons/authority_nouns.txt and authority_body_words.txt); a company that "charged
    its chief with a task" or "fined a contractor" under a contract, or a sports league, holds no public power."""
    if written_body(token) is not None:
        return True
    if any(c.label == "GPE" or is_government_body(c) for c in named(ctx.entities, doer)):
        return True
    body_words = words("authority_nouns") | words("authority_body_words")
    return any(w in body_words or w.rstrip("s") in body_words for w in doer.lower().split())


def written_body(token: Token | None) -> str | None:
    """ "Ardanian police", "U.S. prosecutors", "a federal grand jury": an unnamed public body (its head in
    lexicons/authority_nouns.txt) as the story writes it, with the modifiers before its head and without
    determiners; a common word that opens the sentence is written in lower case ("Authorities" -> "authorities")."""
    if token is None or token.ent_type_ in ("PERSON", "ORG") or token.lemma_.lower() not in words("authority_nouns"):
        return None
    first = min((t.i for c in token.lefts if c.dep_ in _MODIFIERS for t in c.subtree), default=token.i)
    phrase = [t for t in token.doc[first : token.i + 1] if t.dep_ not in ("det", "poss", "punct")]
    text = "".join(t.text_with_ws for t in phrase).strip()
    return text if phrase[0].ent_type_ else text[:1].lower() + text[1:]


def _with_preposition(verb: Token, needed: str) -> bool:
    """ "charged X with fraud", "was sentenced to ten years": a verb of several senses (column 3 of the lexicon)
    states the act only with its preposition."""
    return not needed or any(c.dep_ == "prep" and c.lower_ == needed for c in verb.children)


def _joined_act(verb: Token) -> bool:
    """ "was detained and then charged": an act joined to another act of authority needs no preposition."""
    return verb.dep_ == "conj" and verb.head.lemma_.lower() in table("authority_act_verbs")


def _passive(verb: Token) -> bool:
    """ "was arrested", "Lee, arrested in May", "was arrested and charged": a passive auxiliary or subject, a
    participle describing a noun, or a participle joined to a passive verb."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    if verb.tag_ == "VBN" and verb.dep_ == "acl":
        return True
    return verb.dep_ == "conj" and _passive(verb.head) and not _has_object(verb)


def _has_object(verb: Token) -> bool:
    return any(c.dep_ in ("dobj", "nsubj") for c in verb.children)


def _patient(verb: Token) -> Token | None:
    """Who a passive act befalls: its own passive subject (that of the first of joined verbs), the noun a
    participle describes, the noun a relative pronoun stands for."""
    if verb.dep_ == "acl" and not any(c.dep_ == "nsubjpass" for c in verb.children):
        return verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None and verb.dep_ == "conj":
        return _patient(verb.head)  # "was arrested and charged": the first verb's passive subject
    if subject is not None and subject.lower_ in words("relative_pronouns") and verb.dep_ == "relcl":
        return verb.head
    # only the verb's own passive subject: one inherited from a governing clause is who the story is telling of
    # ("Lee won praise when his client was sentenced": not Lee)
    return subject


def _agent(verb: Token) -> Token | None:
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _parties(token: Token | None, ctx: DocContext) -> list[str]:
    """The named persons and organizations a phrase is ("Ann Lee", "former trader Ann Lee", "Lee and Chen"), or
    the one an anaphor noun stands for ("the bank")."""
    if token is None:
        return []
    # the party itself or one in apposition ("a former clerk at Brandt, Ann Lee"); not a name that only modifies
    # it ("a former Brandt trader": the trader, unnamed, is arrested, not Brandt)
    named = head_names(token, ctx, PARTIES)
    # "A, B and C were charged": the parse reads B as A's apposition with C joined to it, a list of parties
    for listed in (c for c in token.children if c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children)):
        named += [n for n in head_names(listed, ctx, PARTIES) if n not in named]
    return named or ([name] if token.pos_ == "NOUN" and (name := resolve_subject(token, ctx)) else [])
