"""Word forms shared by the extractor and the scorer: one cheap English singular, so that a plural written in a
predicate ("deliveries", "businesses") meets the lemma kept elsewhere ("delivery", "business"); and the "-ing"
form a predicate writes for what counted people do ("members voting")."""

from __future__ import annotations

import re

from extractor.lexicons import table, words


def singular(word: str) -> str:
    """A cheap English singular ("metres" -> "metre", "inches" -> "inch", "feet" -> "foot", "deliveries" ->
    "delivery"); a word it does not know as a plural comes back as it is."""
    irregular = table("scoring_plurals").get(word)
    if irregular:
        return irregular[0]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 2:
        return word[:-1]
    return word


_VOWELS = "aeiou"


def present_participle(lemma: str) -> str:
    """The "-ing" form of a verb's lemma ("vote" -> "voting", "need" -> "needing", "cut" -> "cutting", "die" ->
    "dying"). A final consonant doubles after one short vowel in a one-syllable verb; longer verbs stressed on the
    last syllable ("begin", "submit") are listed in `ing_doubling_verbs`."""
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")) and len(lemma) > 2:
        return lemma[:-1] + "ing"
    if lemma in words("ing_doubling_verbs") or _one_short_syllable(lemma):
        return lemma + lemma[-1] + "ing"
    return lemma + "ing"


def _one_short_syllable(lemma: str) -> bool:
    """ "cut", "plan", "stop": one vowel between a consonant and a final consonant other than w, x or y."""
    syllables = re.findall(f"[{_VOWELS}]+", lemma)
    return (
        len(syllables) == 1
        and len(lemma) >= 3
        and lemma[-1] not in _VOWELS + "wxy"
        and lemma[-2] in _VOWELS
        and lemma[-3] not in _VOWELS
    )
