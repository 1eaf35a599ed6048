"""A deal's term under a modal is agreed only when a party to the deal tells it. "Acme said it would buy Beta for
$2 billion" reports agreed terms (`modality.modality_for`, `agreed_deal`); but "the fund said the retailer may
attract an offer of $8 a share", "a deal that would value Beta at $5 billion, according to a business weekly" and
"the paper said a deal would value Beta at 5 billion euros" tell what an outsider reckons the deal may bring: a
forecast (FACTS.md: predictions by someone else). The teller is the subject of the nearest reporting verb above the
figure, or the object of an "according to" on the figure's path; it is an outsider when it is a newspaper, a
report, a source or a forecaster, or a named party other than the figure's subject. A pronoun or a company
anaphor ("it said", "the company said") is taken for a party."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.discourse import DocContext, resolve_subject
from extractor.facts.modality_tellers import teller
from extractor.lexicons import any_words, words


def told_by_a_nonparty(root: Token, subject: str, ctx: DocContext) -> bool:
    """The figure's teller (see the module) is someone other than the figure's subject."""
    who = _teller_of(root)
    return who is not None and _outside_the_deal(who, subject, ctx)


def _teller_of(root: Token) -> Token | None:
    """The subject of the nearest reporting verb above the figure, else the object of an "according to" on the
    figure's path (the parser hangs it on the main verb, or on a noun of the clause)."""
    reporting = words("reporting_verbs")
    for token in root.ancestors:
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in reporting:
            return teller(token)
        according = _according_to_object(token)
        if according is not None:
            return according
    return None


def _according_to_object(token: Token) -> Token | None:
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "according":
            to = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            if to is not None:
                return next((o for o in to.children if o.dep_ == "pobj"), None)
    return None


def _outside_the_deal(who: Token, subject: str, ctx: DocContext) -> bool:
    lemma = who.lemma_.lower()
    anaphor = who.pos_ != "PROPN" and lemma in any_words("anaphors", "org_nouns", "company_pronouns")
    if who.pos_ == "PRON" or anaphor:
        return False  # "it said", "the company said": most often the deal's own party; not "Harlow Group"
    if lemma in any_words("media_words", "press_report_nouns", "source_nouns", "forecast_cues"):
        return True  # "the paper said", "the report said", "sources said", "an analyst said"
    cluster = ctx.entities.at(who.i)
    if cluster is not None and cluster.agency:
        return True  # a news agency or a pollster tells, never a party
    name = resolve_subject(who, ctx)
    return name is not None and name != subject and name.lower() not in subject.lower()
