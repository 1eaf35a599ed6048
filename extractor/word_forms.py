"""Word forms shared by the extractor and the scorer: one cheap English singular, so that a plural written in a
predicate ("deliveries", "businesses") meets the lemma kept elsewhere ("delivery", "business"); and the "-ing"
form a predicate writes for what counted people do ("members voting")."""

from __future__ import annotations

from extractor.lexicons import table


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


def present_participle(lemma: str) -> str:
    """The "-ing" form of a verb's lemma ("vote" -> "voting", "cut" -> "cutting", "die" -> "dying"), from
    lemminflect's inflection tables; a lemma it does not know gets a plain "-ing"."""
    # imported here: its tables load on the first call, which most documents never make
    from lemminflect import getInflection

    forms = getInflection(lemma, tag="VBG")
    return forms[0] if forms else lemma + "ing"
