"""Who tells a passive prediction ("X is expected to open 40 stores, a company spokeswoman said"): the company's
side, someone else, or no one in the sentence.

The reporting verb's subjects are all asked, not only the first: a dateline lead ("CITY (Reuters) - Orvane Foods
Plc said on Wednesday it is expected to ...") gives the parser both the city and the name as subjects. A company's
speaker ("a spokesman for the group", "a company official"), a name the story's company goes by, and an "according
to" phrase with the company's own document or name ("according to a statement", "according to its annual report")
are its side."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.modality_tellers import company_side, outsider, press_report, public_body, teller
from extractor.facts.story_company import names_story_company
from extractor.lexicons import words


def own_side_tells(predicate: Token) -> bool | None:
    """True when the company's side tells the prediction, False when someone else does, None when no teller or
    source stands above it."""
    for verb in [predicate, *predicate.ancestors]:
        source = _according_to(verb)
        if source is not None:
            return _company_source(source)
        if verb is not predicate and verb.lemma_.lower() in words("reporting_verbs"):
            tellers = [c for c in verb.children if c.dep_ == "nsubj"] or [t for t in [teller(verb)] if t]
            return any(_company_teller(t) for t in tellers) if tellers else None
    return None


def _according_to(verb: Token) -> Token | None:
    """The object of an "according to" phrase on the verb."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "according":
            return next((o for t in prep.subtree for o in t.children if o.dep_ == "pobj"), None)
    return None


def _company_source(source: Token) -> bool:
    """ "a statement", "its annual report", "the company": not "a newspaper report" or "a statement from the
    central bank"."""
    if any(public_body(t) or outsider(t) for t in source.subtree):
        return False
    if any(c.dep_ == "poss" and c.tag_ != "PRP$" and not names_story_company(c) for c in source.children):
        return False  # "according to the agency's monthly report": another body's document
    if names_story_company(source):  # not any name: "according to Halden Estimates" is a forecaster's
        return True
    return source.lemma_.lower() in words("company_document_nouns") and not press_report(source)


def _company_teller(who: Token) -> bool:
    """The company, its anaphor or officer (`company_side`), a name the story's company goes by, or its speaker
    ("a company spokeswoman", "a spokesman for the group"), not a public body's or an outsider's."""
    if public_body(who) or outsider(who):
        return False
    if company_side(who) or names_story_company(who):
        return True
    if who.lemma_.lower() not in words("company_speaker_nouns"):
        return False
    if any(_names_another_side(c) for c in who.children):
        return False  # "a trade ministry official", "an industry executive": a speaker for someone else
    speaks_for = [o for p in who.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return not any(public_body(o) for o in speaks_for)


def _names_another_side(modifier: Token) -> bool:
    """A noun or name before a speaker noun that is not the company's ("government", "ministry", "industry",
    "Japanese"); "a company spokeswoman" and "an Orvane executive" are the company's."""
    if modifier.dep_ not in ("compound", "amod", "poss"):
        return False
    if modifier.ent_type_ == "NORP":
        return True
    return modifier.pos_ in ("NOUN", "PROPN") and not (company_side(modifier) or names_story_company(modifier))
