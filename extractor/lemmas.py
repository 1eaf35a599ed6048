"""spaCy's rule lemmatizer made cheaper for the pipelines `load_nlp` builds, with the same lemmas.

The rule lemmatizer checks each form its suffix rules make against a word list of the part of speech
(`lemma_index`), which spaCy keeps as a Python list: 57,000 nouns, 21,000 adjectives, 8,700 verbs,
scanned for every word form it has not met before. That scan was about 5 % of a batch run (more than
a tenth of the fact extractor's own time). The lists stay lists here; `in` asks a set instead.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import Lemmatizer

from extractor.lexicons import table


class WordList(list):
    """A list of words that answers `word in words` from a set of them. It is still the list (saved,
    compared, iterated as before); only membership is a hash lookup instead of a scan."""

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        self._set = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return word in self._set


def index_words_as_sets(lemmatizer: Lemmatizer) -> None:
    """The lemmatizer's word lists (`lemma_index`, one per part of speech) as `WordList`s."""
    if "lemma_index" not in lemmatizer.lookups.tables:
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if type(words) is list:  # only a plain list: a list of strings, as spaCy loads it
            table[key] = WordList(words)


def speed_up_lemmatizer(nlp: Language) -> None:
    """Make `nlp`'s lemmatizer (if any, in rule mode) cheaper; its lemmas, name, config and tables as saved
    stay the same, so a pipeline saved with `nlp.to_disk` reloads in plain spaCy with the same output."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode == "rule":
        index_words_as_sets(lemmatizer)


def add_lemma_exceptions(nlp: Language) -> None:
    """Give the forms `lexicons/lemma_exceptions.tsv` lists their lemma. The suffix rules read "hopes", "hoped"
    and "hoping" as forms of "hop" (they try "-es" and "-ed" before "-s" and "-d", and "hop" is a verb), and
    spaCy's exception table does not outrank a stem the rules also find; the attribute ruler runs before the
    lemmatizer, which keeps a lemma already set. The `fact_extractor` factory calls it, so plain `spacy.load` +
    `add_pipe("fact_extractor")` reads the same lemmas as `load_nlp`; adding a form twice is skipped."""
    if "attribute_ruler" not in nlp.pipe_names or "lemmatizer" not in nlp.pipe_names:
        return
    if getattr(nlp.get_pipe("lemmatizer"), "overwrite", True):
        return  # a lemmatizer that overwrites would undo the ruler's lemma
    ruler = nlp.get_pipe("attribute_ruler")
    present = [(p["patterns"], p["attrs"]) for p in ruler.patterns]  # a reloaded pipeline saved them already
    for form, (lemma,) in table("lemma_exceptions").items():
        pattern, attrs = [[{"LOWER": form}]], {"LEMMA": lemma}
        if (pattern, attrs) not in present:
            ruler.add(patterns=pattern, attrs=attrs)
