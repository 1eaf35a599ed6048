"""Goal nouns ("target", "goal", "objective"): a figure that such a noun states or stands beside is an aim the
subject set itself, not a result it reported, so its fact is a goal (docs/DECISIONS.md, "Modality: goal nouns read by
clause and tense")."""

from __future__ import annotations

from extractor.lexicons import words


def is_goal_lemma(lemma: str) -> bool:
    """Whether a lemma is a goal noun's: "its margin target of 12 percent" is planned, not achieved. A test of the
    lemma string alone, so that the Doc's lemma index can answer it once per distinct word."""
    return lemma.lower() in words("goal_nouns")
