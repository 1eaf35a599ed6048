"""The measured noun of a figure whose verb has no subject of its own, chosen by the figure's dependency path.

A finite verb the parse left without a subject inherits one from the clause it hangs on: "a bulletin showed orders for
tractors rose 9 percent" (rose inherits "bulletin"), "the cheerful mood was helped by a count showing loans fell to
3,000" (fell inherits "mood"). The noun phrase that ends right before the verb is on the figure's own path and
is its subject. Scored, not cascaded: that stranded noun wins when a report's verb found it ("showed", "indicated":
`finding_verbs`, even over a subject the parse took from before the report or from an aside), or when it is a
measure noun and the inherited subject is missing or only tells, frames or times a figure (`report_nouns`: data,
report; `off_path_nouns`: sign, time, investors). An inherited measure noun keeps the older, guarded reading
(`stranded_subjects.subordinate_measure`)."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.measure_phrases import SHARE_WORDS
from extractor.facts.measured_nouns import is_measure_noun, usable_measure
from extractor.facts.share_pronouns import company_shares
from extractor.facts.syntax import PERIOD_WORDS, SUBJECT_DEPS, clause_subject
from extractor.lexicons import any_words, words

_CLAUSE_DEPS = ("ccomp", "advcl", "conj", "relcl")
_FOUND_DEPS = ("dobj", "ccomp", "xcomp", "nsubj", "nsubjpass", "attr", "oprd")  # what a finding verb found


def path_measure(verb: Token) -> Token | None:
    """The measure noun right before a verb the parse left without a subject of its own, when a report's verb
    found it ("figures showed orders rose") or what the verb would inherit is no measure; or right before a verb
    whose subject the parse took from further back, when a report's verb found it ("a release that showed exports
    rose")."""
    if verb.dep_ not in (*_CLAUSE_DEPS, "ROOT"):
        return None
    stranded = _stranded_measure(verb)
    if stranded is None:
        return None
    found = _found_by_a_report(stranded)
    own = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if own:  # "after a release that showed exports rose": the parse gave the verb the report as its subject
        return stranded if found and all(c.i != stranded.i for c in own) else None  # or took an aside for it
    if verb.dep_ == "ROOT":
        return stranded if found else None  # "a tally had indicated exports, its main line, slipped" (misparsed)
    inherited = clause_subject(verb)
    if inherited is not None and inherited.i == stranded.i:
        return None  # the parse already reads it so
    if found or inherited is None or off_path_noun(inherited) or not is_measure_noun(inherited):
        return stranded
    return None


def _found_by_a_report(token: Token) -> bool:
    """The phrase is the object or clausal complement the parse gave a verb of finding ("showed", "indicated"): the
    clause it found. A prepositional phrase hanging off the finding verb ("showed filings in the state jumped") only
    places what was found, it is not the finding."""
    below = token
    for node in (token, *token.ancestors):
        if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in words("finding_verbs"):
            return below.dep_ in _FOUND_DEPS  # under the object: "showing the number of firms seeking"
        if node.pos_ in ("VERB", "AUX") and not (node.dep_ == "acl" and node.tag_ in ("VBN", "VBG")):
            return False
        below = node
    return False


def off_path_noun(token: Token) -> bool:
    """A noun that reports, frames or times a figure, or names who speaks: never what it measures ("data" is
    lemmatized "datum")."""
    return bool({token.lemma_.lower(), token.lower_} & any_words("report_nouns", "off_path_nouns"))


def _people_or_off_path(token: Token) -> bool:
    """People ("consumers", "workers at the plant") or a noun that frames a figure: the phrase they head names who
    acts or tells, so the figure's path gives no measure of its own."""
    people = bool({token.lemma_.lower(), token.lower_} & any_words("crowd_nouns", "person_nouns"))
    return people or off_path_noun(token)


def _report_noun(token: Token) -> bool:
    return token.lemma_.lower() in words("report_nouns")


def _stranded_measure(verb: Token) -> Token | None:
    """The head noun of the noun phrase ending right before the verb (before an aside between commas: "exports of
    pipe, its main line, slipped", where a noun of the aside never counts), when it is a measure noun."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") and not _bare_after_perception(verb):
        return None
    end = verb.i - 1
    if end < verb.sent.start:
        return None
    if verb.doc[end].text == ",":  # an aside between commas restates or qualifies the phrase before it: the subject
        comma = _opening_comma(end, verb)
        if comma is None:
            return None
        head = _phrase_head(verb.doc[comma - 1], verb)  # "consumers, worried about jobs, spent": not "jobs"
    else:
        head = _phrase_head(verb.doc[end], verb)
    return head if head is not None and _measures(head) else None


def _opening_comma(end: int, verb: Token) -> int | None:
    """The comma that opens the aside closed at `end`, with a word before it in the sentence."""
    for i in range(end - 1, verb.sent.start, -1):
        if verb.doc[i].text == ",":
            return i
    return None


def _object_of_another_verb(token: Token) -> bool:
    """ "approved $3 billion in cuts for farmers, provided $1 billion in aid": a phrase that hangs under the
    object of another verb is that verb's, unless the verb finds or sees it ("a bulletin showed orders rose",
    "watched its tonnage drop")."""
    for node in (token, *token.ancestors):
        if node.dep_ == "dobj" and node.head.lemma_.lower() not in any_words(
            "finding_verbs", "complement_subject_verbs"
        ):
            return True
    return False


def _phrase_head(last: Token, verb: Token) -> Token | None:
    """The highest measure noun reached from the phrase's last word through nominal heads before the verb ("bookings
    for the nine weeks ending in early March": bookings); a verb other than a noun's participle, or a report noun, ends
    the phrase. A container that holds no measure of its own ("the number of Danes seeking aid") hands over to
    the measure below it."""
    nouns = [last] if last.pos_ == "NOUN" else []
    token = last
    while token.head.i != token.i and token.head.i < verb.i:
        head = token.head
        participle = head.dep_ == "acl" and head.tag_ in ("VBN", "VBG")
        finding = head.lemma_.lower() in words("finding_verbs")
        if head.pos_ in ("VERB", "AUX") and (finding or not participle) or _report_noun(head):
            break  # "a bulletin showing the count of loans fell": the phrase is the number, not the report
        token = head
        if token.pos_ == "NOUN":
            nouns.append(token)
    if _object_of_another_verb(token) or (nouns and _people_or_off_path(nouns[-1])):
        return None  # "found consumers, worried about jobs, spent": who acts, not what the figure measures
    usable = [n for n in nouns if _measures(n) and usable_measure(n, frozenset()) is n]
    if usable:
        return usable[-1]
    return nouns[-1] if nouns else None


def _measures(token: Token) -> bool:
    if token.ent_type_ or token.lower_ in PERIOD_WORDS or off_path_noun(token) or not is_measure_noun(token):
        return False
    return token.lemma_.lower() not in SHARE_WORDS or company_shares(token)  # "the stock of unsold cars rose"


def _bare_after_perception(verb: Token) -> bool:
    """ "watched its tonnage drop 7 percent": a bare infinitive whose subject is the object of a perception verb."""
    if verb.tag_ != "VB" or any(c.dep_ == "aux" for c in verb.children):
        return False
    previous = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    return (
        previous is not None
        and previous.dep_ == "dobj"
        and previous.head.lemma_.lower() in words("complement_subject_verbs")
    )
