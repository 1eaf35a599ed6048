"""A "forecast" the tagger read as a noun where it is the clause's verb: "the Brandt Institute forecast growth would be
2 percent", "analysts in a survey forecast, on average, earnings of <N> cents", "the group, set up in <year>,
forecast savings of $<M> million". The parse then hangs the figure under another verb ("would be", "loss" as the
root), so the clause reads as a result or as a plan of that verb, and the maker is lost. Read the word as the verb
it is: the figures after it in its clause are what its maker predicts. A forecaster's prediction (analysts, a poll)
is a forecast; an organization's view of an economy-wide statistic that is not its own state's is a forecast
(FACTS.md: predictions by other institutions); a company's view of anything else is its target (its own guidance).

Only the tagger's misreading is handled: a verb tagged as a verb is read by the other rules (`modality`)."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.modality_bases import is_comparison_base, known_base
from extractor.facts.modality_economy import state_holder
from extractor.facts.modality_tellers import company_side, titled_forecaster
from extractor.facts.statistics_country import is_macro_statistic
from extractor.facts.syntax import SUBJECT_DEPS
from extractor.lexicons import any_words, words

VERB_SIGNS = frozenset({"would", "will", "could", "may", "might", "that"})  # "the company forecast would equal N"
CLAUSE_BREAKS = frozenset({";", "while", "whereas", "but", "although", "though"})


def misread_forecast_modality(root: Token) -> str | None:
    """ "forecast" or "target" for a figure (`root`) that a misread verb of predicting governs; None when there is
    none, or when the figure is a comparison base or a known level ("growth of 3 percent after 2 percent last
    year"), which stays as the other rules read it."""
    verb = _misread_verb_before(root)
    if verb is None:
        return None
    chain = [root, *root.ancestors]
    if is_comparison_base(chain) or known_base(chain, compared=False):
        return None
    maker = _maker(verb)
    if maker is None:
        return None
    if _names_a_forecaster(maker, verb):
        return "forecast"  # "Analysts polled by X forecast, on average, a loss of N"
    if state_holder(maker, verb):
        return "target"  # "Freedonia forecast growth of 3 percent": a state's view of its own economy
    if any(is_macro_statistic(t) for t in root.doc[verb.i + 1 : root.i + 1]):
        return "forecast"  # "the Brandt Institute forecast economic growth would be N": a view of an economy
    return "target" if _a_company(maker) else None


def _misread_verb_before(root: Token) -> Token | None:
    """The nearest misread "forecast" before the figure in its sentence, with nothing between them that opens
    another clause of telling or predicting ("..., while analysts had forecast N") or breaks the clause."""
    sent = root.sent
    for token in reversed(root.doc[sent.start : root.i]):
        if token.lower_ in CLAUSE_BREAKS or _tells_or_predicts(token):
            return None
        if _is_misread_forecast(token):
            return token
    return None


def _tells_or_predicts(token: Token) -> bool:
    verbs = any_words("reporting_verbs", "prediction_verbs", "belief_verbs")
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in verbs


def _is_misread_forecast(token: Token) -> bool:
    """A form of `misread_prediction_verbs` tagged as a noun, right after its maker, with no number or adjective of
    its own ("the 2010 forecast", "a gloomy forecast") and no word after it that goes on the noun ("the Brandt
    Institute forecast of 3 percent", `prediction_noun_followers`; a comma only before a phrase set off, "forecast, on
    average, a loss"). A determiner or owner of the word ("its forecast", "the company forecast") makes it a noun
    unless a modal or "that" follows ("the company forecast would equal N"); a name's own article does not ("The
    Halden Bank forecast on Monday ...")."""
    if token.pos_ not in ("NOUN", "PROPN") or token.lower_ not in words("misread_prediction_verbs"):
        return False
    if token.i + 2 >= len(token.doc) or any(c.dep_ in ("amod", "nummod") for c in token.children):
        return False
    following, next_after = token.doc[token.i + 1], token.doc[token.i + 2]
    if following.lower_ in words("prediction_noun_followers") or following.is_punct and following.text != ",":
        return False
    if following.text == "," and next_after.pos_ not in ("ADP", "ADV"):
        return False  # "the Brandt Institute forecast, released on Monday, showed": the noun, a phrase on it
    maker = _maker(token)
    determined = any(c.dep_ in ("det", "poss") and not _article_of_a_name(c, maker) for c in token.children)
    return maker is not None and (not determined or following.lower_ in VERB_SIGNS)


def _article_of_a_name(determiner: Token, maker: Token | None) -> bool:
    """ "The" before a name ("The Halden Bank forecast"): the name's article, not the noun's."""
    return maker is not None and maker.pos_ == "PROPN" and determiner.i < maker.i


def _maker(verb: Token) -> Token | None:
    """Who predicts: the noun or name just before the word ("the Brandt Institute forecast", "Carvell Estimates
    forecast"), or the subject whose set-off phrase a comma closes before it ("the group, formed last year,
    forecast")."""
    if verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ in ("NOUN", "PROPN", "PRON"):
        return before
    if before.text != "," or before.head.i > before.i:
        return None
    # the comma closes a phrase set off after the subject ("the group, created by the merger of two grocers,"):
    # the parse hangs it on the phrase's last noun, so climb to the noun the phrase describes
    return next((t for t in (before.head, *before.head.ancestors) if _subject_noun(t)), None)


def _subject_noun(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and (token.dep_ in SUBJECT_DEPS or token.dep_ == "ROOT")


def _names_a_forecaster(maker: Token, verb: Token) -> bool:
    """The maker's phrase, or a noun the parse hangs the word under before it ("Analysts polled by X Estimates
    forecast": "analysts"), names forecasters; or the maker is a person titled as one ("Brandt analyst Ann Lee")."""
    cues = words("forecast_cues")
    phrase = [*maker.subtree, *(t for t in verb.ancestors if t.i < verb.i)]
    return titled_forecaster(maker) or any(t.lemma_.lower() in cues for t in phrase)


def _a_company(maker: Token) -> bool:
    """A company speaking of its own figures: its anaphor or a noun for it ("the company", "it", "the group"), or a
    name with a business suffix ("Norvale Corp"). A bare name ("the Fund", an agency's initials) may be a forecasting
    institution, which the other rules read as before."""
    if maker.pos_ in ("NOUN", "PRON"):
        return company_side(maker)
    suffixes = words("org_suffixes")
    return any(t.lower_.rstrip(".") in suffixes for t in maker.subtree if t.i <= maker.i)
