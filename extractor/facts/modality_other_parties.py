"""A prediction about another named party's figure ("a fund manager expects Tarrow to post a loss of $2 a share",
"the ministry said it was expecting the cartel to cut output by 500,000 barrels"): the verb of predicting has its
own subject, and the clause it governs names a different organization or person as the one who acts. Whoever
predicts does not set that party's figure, so the view is a forecast (FACTS.md: predictions by someone else), not
the predictor's target. A company's officer predicting by title ("chief executive Ann Lee expects Tarrow to ...")
speaks for the company, and is left to the other rules (`modality`)."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Token

from extractor.lexicons import words

NAMED_PARTIES = frozenset({"ORG", "PERSON"})
COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp"})


def predicted_for_another_party(root: Token) -> bool:
    """The first verb of predicting above the figure governs the figure's clause, and that clause's subject is a
    named party other than the predictor."""
    for under, token in pairwise([root, *root.ancestors]):
        if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in words("prediction_verbs"):
            continue
        if under.dep_ not in COMPLEMENT_DEPS or under.pos_ not in ("VERB", "AUX"):
            return False  # "expects sales of $2 billion": the predictor's own object, not another's act
        predictor = _subject(token)
        actor = _subject(under)
        if predictor is None or actor is None or not _named_party(actor):
            return False  # "expects sales to rise", "is expected to": no other party named
        return not _speaks_for_a_company(predictor) and not _same_name(predictor, actor)
    return False


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _named_party(noun: Token) -> bool:
    """A proper name the tagger labels an organization or a person ("Tarrow", "the cartel's OPEC")."""
    return noun.pos_ == "PROPN" and noun.ent_type_ in NAMED_PARTIES


def _speaks_for_a_company(predictor: Token) -> bool:
    """A predictor titled as an officer ("chief executive Ann Lee", "the company's finance chief"): the company's
    own voice, whose predictions about the company are its targets."""
    titles = words("title_words") | words("role_nouns")
    return any(t.lower_ in titles for t in predictor.subtree if t.i <= predictor.i)


def _same_name(predictor: Token, actor: Token) -> bool:
    """The predictor and the actor share a word of their names ("Tarrow expects Tarrow Foods to ..."): one group."""

    def name(noun: Token) -> set[str]:
        return {t.lower_ for t in noun.subtree if t.i <= noun.i and t.pos_ == "PROPN"}

    return bool(name(predictor) & name(actor))
