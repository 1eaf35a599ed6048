"""The predicate check of the strict level (FACTS.md): a head word of the gold predicate, lemmatized,
is among the lemmas of the predicted predicate.

Head words. The coordination rule ("president and chief executive" -> president, executive) applies
to role facts only: for other kinds "research and development expenses" has the same shape and would
make "research" a head, pairing it with "research and development investment". A trailing participle
adds the noun before it and keeps the participle itself ("also accepted").

Abbreviations. An acronym reads alike the words it abbreviates (FACTS.md is silent; decision of issue 10
round 4, docs/DECISIONS.md): a one-word predicate of two to six letters matches a predicate of two or more
words whose initials, or the initials of its last words, spell it, "and", "of", "&" and "the" not counted:
"gdp" and "gross domestic product", "gmv" and "gross merchandise value", "ebita" and "earnings before
interest, tax and amortization".

Titles. Common forms of one title read alike on both sides: every long form in the lexicon
`scoring_title_forms.tsv` ("chief executive officer", "chief executive") is read as its short form
("ceo") before the head words are taken, in the gold and in the predicted predicate alike.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from extractor.lexicons import table, words
from extractor.word_forms import singular

Lemmatize = Callable[[str], str]

_COORDINATORS = frozenset({"and", "or", "&"})
_EDGE_PUNCTUATION = " \t\n.,;:!?()[]{}\"'`“”‘’"


@cache
def _title_forms() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(long form as words, short form), longest first, so "chief executive officer" wins over "chief executive"."""
    pairs = [(tuple(long.split()), short) for short, longs in table("scoring_title_forms").items() for long in longs]
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


def _short_titles(words: list[str]) -> list[str]:
    """Each long form of a title replaced by its short form: ["chief", "executive", "officer"] -> ["ceo"]."""
    out: list[str] = []
    i = 0
    while i < len(words):
        match = next(((long, short) for long, short in _title_forms() if tuple(words[i : i + len(long)]) == long), None)
        if match is None:
            out.append(words[i])
            i += 1
        else:
            out.append(match[1])
            i += len(match[0])
    return out


def predicate_words(predicate: str) -> list[str]:
    """Lower-case words split on spaces, edge punctuation removed, titles in their short form.

    A hyphenated compound stays one word.
    """
    split = (word.strip(_EDGE_PUNCTUATION) for word in predicate.casefold().split())
    return _short_titles([word for word in split if word])


def _is_participle(word: str) -> bool:
    if word in words("scoring_irregular_participles"):
        return True
    # "-ed" past participles; "speed", "need" and "hundred" are not.
    return len(word) > 4 and word.endswith("ed") and not word.endswith("eed") and word != "hundred"


def _first_post_modifier(words_: list[str]) -> int:
    """Index of the first post-modifier, or len(words_). It cannot follow a head in first position ("for sale")."""
    post_modifiers = words("scoring_post_modifiers")
    return next((i for i, word in enumerate(words_) if i > 0 and word in post_modifiers), len(words_))


def _conjunct_heads(core: list[str]) -> set[str]:
    """The last word of each conjunct, when all conjuncts have one or two words; else nothing."""
    conjuncts: list[list[str]] = [[]]
    for word in core:
        if word in _COORDINATORS:
            conjuncts.append([])
        else:
            conjuncts[-1].append(word)
    if len(conjuncts) > 1 and all(1 <= len(conjunct) <= 2 for conjunct in conjuncts):
        return {conjunct[-1] for conjunct in conjuncts}
    return set()


def head_words(predicate: str, *, coordinated: bool = False) -> frozenset[str]:
    """The accepted head words of a gold predicate, not yet lemmatized.

    The head is the last word before the first post-modifier (a preposition, a relative word,
    a post-nominal adjective such as "capable"): "earnings per share" -> earnings. Also accepted:
    the noun before a trailing participle ("professionals hired" -> professionals, hired); after a
    quantity noun, the head of its of-phrase ("number of employees" -> number, employees); and with
    `coordinated`, the last word of each conjunct when all conjuncts have one or two words
    ("president and chief executive" -> president, ceo).
    """
    words_ = predicate_words(predicate)
    if not words_:
        return frozenset()
    cut = _first_post_modifier(words_)
    core = words_[:cut]
    heads = {core[-1]}
    if len(core) >= 2 and _is_participle(core[-1]):
        heads.add(core[-2])
        core = core[:-1]
    if coordinated:
        heads |= _conjunct_heads(core)
    quantity_noun = singular(words_[cut - 1]) in words("scoring_quantity_nouns")
    if quantity_noun and cut + 1 < len(words_) and words_[cut] == "of":
        heads |= head_words(" ".join(words_[cut + 1 :]))
    return frozenset(heads)


@cache
def _lemmatizer():  # -> (Vocab, Lemmatizer); spaCy is imported only when lemmas are first needed.
    from extractor.nlp import load_spacy

    # Always the default pipeline, never --model: the score must not depend on the model under test.
    nlp = load_spacy(exclude=("tok2vec", "tagger", "parser", "attribute_ruler", "ner", "senter"))
    return nlp.vocab, nlp.get_pipe("lemmatizer")


@cache
def noun_lemma(word: str) -> str:
    """The noun lemma of one lower-case word by the pipeline's rule tables, without context.

    Both predicates are lemmatized the same way, so a word always meets its own lemma; the tagger is
    skipped because a two-word predicate gives it too little context to be worth its cost.
    """
    from spacy.tokens import Doc

    vocab, lemmatizer = _lemmatizer()
    token = Doc(vocab, words=[word], pos=["NOUN"])[0]
    forms = lemmatizer.rule_lemmatize(token)
    known = _known_nouns()
    # Without a tag the rules strip any final "s": "loss" would become "los". A word the noun table
    # knows keeps its form unless a rule reaches another known noun ("losses" -> "loss").
    if word in known and not (forms and forms[0] in known):
        return word
    return forms[0] if forms else word


@cache
def _known_nouns() -> frozenset[str]:
    _, lemmatizer = _lemmatizer()
    return frozenset(lemmatizer.lookups.get_table("lemma_index")["noun"])


_NOT_INITIALLED = frozenset({"and", "of", "&", "the"})


def _abbreviates(short: list[str], long: list[str]) -> bool:
    """ "gdp" and "gross domestic product": the one short word is spelt by the initials of all, or of the
    last, words of the longer predicate."""
    if len(short) != 1 or not 2 <= len(short[0].replace(".", "")) <= 6 or not short[0].replace(".", "").isalpha():
        return False
    initials = "".join(word[0] for word in long if word not in _NOT_INITIALLED)
    acronym = short[0].replace(".", "")
    return len(initials) >= 2 and len(acronym) >= 2 and initials.endswith(acronym) and len(long) >= len(acronym)


def predicate_compatible(
    predicted: str, gold: str, *, coordinated: bool = False, lemmatize: Lemmatize | None = None
) -> bool:
    """A head word of the gold predicate, lemmatized, is among the lemmas of the predicted predicate."""
    lemma = lemmatize or noun_lemma
    heads = head_words(gold, coordinated=coordinated)
    predicted_words = predicate_words(predicted)
    if not heads:
        return not predicted_words
    lemmas = {lemma(word) for word in predicted_words}
    if any(lemma(head) in lemmas for head in heads):
        return True
    gold_words = predicate_words(gold)
    return _abbreviates(predicted_words, gold_words) or _abbreviates(gold_words, predicted_words)
