"""Who tells a prediction: a forecaster (an analyst, a poll, a titled economist), a press report, or forecasters
named in an "according to" phrase; what they tell is their forecast, not the company's target (`modality`)."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.lexicons import words


def told_by_forecaster(root: Token) -> bool:
    """ "X's margin could widen 2 points, said analyst Ann Lee", "growth will slow, Ann Lee, an economist at Brandt,
    said": a prediction that the nearest reporting verb above it gives to a forecaster is theirs, whoever's figure
    it is. Only targets move: a result a forecaster relays stays actual."""
    for token in root.ancestors:
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in words("reporting_verbs"):
            who = teller(token)
            if who is None:
                return False
            titled = who.ent_type_ != "ORG" and titled_forecaster(who)  # not a newspaper ("the Halden Gazette")
            return who.lemma_.lower() in words("forecast_cues") or titled or press_report(who)
    return False


def press_report(who: Token) -> bool:
    """ "the deal would value Halden at $5 billion, the report said": a report that is no one's own ("its report"
    is the company's) tells what others expect. Not "the newspaper", which may be the company itself."""
    return who.lemma_.lower() in words("press_report_nouns") and not any(c.dep_ == "poss" for c in who.children)


def teller(verb: Token) -> Token | None:
    """Who tells: the reporting verb's subject, or that of the reporting verb it continues ("..., said Ann Lee,
    adding that ...")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ in ("advcl", "conj") and verb.head.lemma_.lower() in words("reporting_verbs"):
        return teller(verb.head)
    return subject


def sourced_to_forecasters(root: Token) -> bool:
    """An "according to" phrase above the figure whose object names forecasters or their prediction
    ("according to the median forecast of 15 analysts", "according to economists polled by X", "according to
    Carvell Estimates", a name the tagger leaves unlemmatized)."""
    cues = words("forecast_cues") | words("forecast_nouns")
    for token in root.ancestors:
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "according":
                if any(t.lemma_.lower() in cues or t.lower_.rstrip("s") in cues for t in prep.subtree):
                    return True
    return False


def titled_forecaster(name: Token) -> bool:
    """ "Brandt analyst Ann Lee", "Ann Lee, an economist at Brandt": a person a forecaster's title names."""
    cues = words("forecast_cues")
    return any(
        c.dep_ == "compound" and c.lemma_.lower() in cues or c.dep_ == "appos" and c.lemma_.lower() in cues
        for c in name.children
    )
