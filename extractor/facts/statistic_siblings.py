"""A statistic's second figure keeps the holder of its first (FACTS.md: "Economy-wide facts ... take the country").

"<Bank> sees <country>'s inflation slowing to <N> percent, then averaging <M> percent in <year>", "<agency> saw
<country>'s exports falling to N, a plunge from M", "<firm> expected a 3 percent fall in GDP and a 2 percent fall
in the next quarter": the later figure names no measure of its own, so it borrows the measure told before it in the
sentence (a conjoined verb, a bare move noun, an "up from" side). Its own parse names no holder either, so the
subject rules fall back to the forecaster, the publisher or the story's company, which never hold an economy-wide
statistic. The figure reads the same statistic of the same place as the one whose measure it borrowed.
"""

from __future__ import annotations

from extractor.facts.predicate_forms import predicate_head
from extractor.facts.statistics_country import is_place_name
from extractor.lexicons import words
from extractor.models import Fact

BORROWED_SOURCES = frozenset({"coordinated", "topic"})  # the predicate was taken from a figure told before


def sibling_statistic_holder(
    predicate: str | None, subject: str | None, source: str, facts: list[Fact], entities
) -> str | None:
    """The place holding the same statistic earlier in the sentence, when this figure borrowed its measure and was
    given a holder that is no place; None when the figure names its own measure or holder."""
    if predicate is None or source not in BORROWED_SOURCES or not is_statistic_predicate(predicate):
        return None
    earlier = next((f for f in reversed(facts) if f.predicate == predicate), None)
    if earlier is None or earlier.subject is None or earlier.subject == subject:
        return None
    if subject is not None and is_place_name(subject, entities):
        return None  # "... and in <another country> to 3 percent": a place of its own
    return earlier.subject if is_place_name(earlier.subject, entities) else None


def is_statistic_predicate(predicate: str) -> bool:
    """ "consumer inflation", "gdp growth", "growth of the economy", "exports": a predicate that ends with an
    economy-wide statistic (`macro_statistics`) or whose measured noun is an economy noun (`economy_nouns`)."""
    tokens = predicate.split()
    singular = [*tokens[:-1], tokens[-1].removesuffix("s")] if tokens else tokens
    statistics = words("macro_statistics")
    if any(" ".join(form[k:]) in statistics for form in (tokens, singular) for k in range(len(form))):
        return True
    return predicate_head(predicate) in words("economy_nouns")
