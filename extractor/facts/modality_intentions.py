"""Acts a subject sets out to do: a figure that the "to" infinitive of a word of intention or attempt sets.

"Corran Dairy began an effort to bottle 30 million litres a year", "the studio is eager to release four films", "Pell
Rail is attempting to sell 12 of its depots": the infinitive tells what the subject means to do, so the figure it
sets is a target, not a result, whatever tense the sentence around it takes. The head word is a noun of a course of
action (`lexicons/intention_nouns.txt`), an adjective of readiness (`lexicons/intention_adjectives.txt`) or a verb
of attempting in the present (`lexicons/attempt_verbs.txt`; "tried to sell" may have failed); each is asked in its
own part of speech, so "the rally led traders to buy" is no plan. Only the act's own figure counts: its object or
the level it aims at ("to sell 12 depots", "to lift output to 9 tonnes"), not a figure inside another noun ("to
stem a 6 percent loss of members", "to use part of its $4 billion reserve"). Verbs of deciding are left out: a
decision may be carried out already ("decided in May to close 3 mills, and closed them") or fix a deal's term,
which the gold reads as actual, as it does words of need and agreement. A negation anywhere from the infinitive to
the head ("is not willing to", "chose not to", "has no scheme to") leaves the figure alone."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.lexicons import words

COMPLEMENT_DEPS = frozenset({"xcomp", "acl", "relcl", "advcl"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "dative"})


def intended_act(verb: Token, below: list[Token]) -> bool:
    """Whether `verb`, a verb on the figure's path, is the "to" infinitive of a word of intention or attempt that
    sets the figure (`below`: the path from the figure up to `verb`). The infinitive itself is asked, not the word
    above it: the claim of a figure stops at a relative clause, and the parser often makes "an effort to lift ..."
    one."""
    if not _to_infinitive(verb) or not sets_the_figure(verb, below):
        return False
    head = verb.head
    if negated(verb, head):
        return False
    if _takes_a_step(head, verb):
        return True  # "is taking steps to ...": the parser hangs the infinitive on the verb, not on "steps"
    lemma = head.lemma_.lower()
    if head.pos_ == "VERB" and lemma in words("attempt_verbs"):
        return _present(head)
    return (head.pos_ == "NOUN" and lemma in words("intention_nouns")) or (
        head.pos_ == "ADJ" and lemma in words("intention_adjectives")
    )


def _to_infinitive(verb: Token) -> bool:
    """A bare verb hanging on a word above it with its own "to" ("an effort to bottle", "eager to release")."""
    if verb.dep_ not in COMPLEMENT_DEPS or verb.tag_ != "VB" or verb.head == verb:
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def sets_the_figure(verb: Token, below: list[Token]) -> bool:
    """The figure is what the act sets: the verb's object ("to sell 12 depots", the noun a plain number counts, a
    new thing a sum sizes: "to set up a $9 billion fund"), or the object of a preposition on the verb ("to open
    shops in 40 towns") or of one of a level on its object ("to lift output to 9 tonnes", "to trim costs by 5
    percent"). Not a figure that sizes a change or a thing already there ("to stem a 6 percent loss", "to fight
    the $2 million fine"), a possessed one ("part of its $4 billion reserve") or one of a relative clause."""
    if not below or below[0].pos_ == "VERB":
        return _the_act_itself(below)
    if any(c.dep_ == "poss" for c in below[0].children):
        return False
    sized = len(below) > 1 and (_counts_its_noun(below[0]) or _sizes_a_new_thing(below[0]))
    path = below[1:] if sized else below
    first = path[0]
    if len(path) == 1:
        return first.dep_ in OBJECT_DEPS or first.dep_ == "npadvmod"
    if len(path) > 3 or first.dep_ != "pobj":
        return False
    if len(path) == 2:
        return path[1].lower_ not in words("ground_prepositions")
    if path[1].lower_ == "of" and path[2].dep_ == "dobj":
        return _new_thing(path[2])  # "to pay a special dividend of $5": the object's own size
    return path[1].lower_ in words("aim_prepositions") and path[2].dep_ == "dobj"


def _new_thing(noun: Token) -> bool:
    """An object no one owns that is no change nor gap: "a dividend of $5" is what the act makes; "its reserve of
    $4 billion" is there already, "a loss of 6 percent" sizes a change."""
    if any(c.dep_ == "poss" for c in noun.children):
        return False
    return noun.lemma_.lower() not in words("change_up") | words("change_down") | words("existing_gap_nouns")


def _the_act_itself(below: list[Token]) -> bool:
    """An event that is the act, or an act the act aims at through its object: "is trying to sell its unit" (the
    sale), "is trying to obtain clearance to acquire a rival" (the purchase)."""
    return all(t.dep_ in ("xcomp", "acl", "advcl", "dobj") for t in below)


def _counts_its_noun(figure: Token) -> bool:
    """A plain number that counts its noun ("700 jobs", "12 depots") or measures it ("30 days' output"): the noun is
    the object, the number its size. A sum of money or a share does not count a noun (`_sizes_a_new_thing`)."""
    if figure.dep_ == "poss":
        return any(c.dep_ == "nummod" for c in figure.children)
    if figure.dep_ != "nummod" or figure.lower_ in ("percent", "pct", "%"):
        return False
    return not any(t.tag_ == "$" for t in figure.subtree)


def _sizes_a_new_thing(figure: Token) -> bool:
    """A sum that sizes an indefinite noun which is no change ("to set up a $9 billion fund", not "to fight the $2
    million fine", "to reverse a $5 million drop"): what the act makes, so its size. A share is left out: "a 6
    percent loss" is a change whatever its noun."""
    noun = figure.head
    if figure.dep_ not in ("nummod", "compound", "amod", "nmod") or noun.pos_ != "NOUN":
        return False
    if not any(t.tag_ == "$" for t in figure.subtree) or noun.lemma_.lower() in words("change_up") | words(
        "change_down"
    ) | words("existing_gap_nouns"):
        return False
    if any(c.dep_ in ("acl", "relcl") for c in noun.children):
        return False  # "a $400 million loan taken out in 2010": a thing already there, told by its own clause
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _takes_a_step(verb: Token, infinitive: Token) -> bool:
    """A verb whose object, before the infinitive, is a noun of a course of action ("took steps to", "is making
    efforts to")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    nouns = words("intention_nouns")
    return any(c.dep_ == "dobj" and c.i < infinitive.i and c.lemma_.lower() in nouns for c in verb.children)


def _present(verb: Token) -> bool:
    """ "tries", "is trying", "has been trying": an attempt under way; not "tried", nor a bare participle ("accused
    of trying to steal", "after trying to sell"), which tells a past act."""
    if verb.tag_ in PRESENT_TAGS:
        return True
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VBG" and any(a.tag_ in PRESENT_TAGS or a.lower_ == "been" for a in auxiliaries)


def negated(infinitive: Token, head: Token) -> bool:
    """A negation anywhere from the infinitive to the word that governs its head: "chose not to open" (on the
    infinitive), "is not willing to" (on the copula above the adjective), "has no strategy to" (a determiner on the
    noun), "has taken no steps to" (on the verb's object)."""
    holders = [infinitive, head, head.head, *(c for c in head.children if c.dep_ == "dobj")]
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for h in holders for c in h.children)
