"""Dependency-structure helpers shared by the fact rules: noun phrases, clause subjects, governing verbs."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from extractor.lexicons import words
from extractor.mentions.doc_memo import DocMemo

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


FIGURE_ENTS = ("PERCENT", "MONEY", "QUANTITY")  # entity labels of a measured figure
NUMBER_ENTS = (*FIGURE_ENTS, "CARDINAL")  # and a bare count ("61", "three"); never a date, an ordinal or a year


CLAUSE_LINKS = frozenset({"advcl", "xcomp", "conj", "ccomp", "relcl", "acl", "pcomp"})


PERIOD_WORDS = frozenset(
    "first second third fourth last final quarter quarterly half annual full year yearly fiscal month period "
    "monthly q1 q2 q3 q4 h1 h2 fy first-quarter second-quarter third-quarter fourth-quarter full-year "
    "first-half second-half year-end this next".split()
)


def span_text(tokens: list[Token]) -> str:
    return " ".join(t.text for t in sorted(tokens, key=lambda t: t.i))


def _scale_letter(token: Token) -> bool:
    """ "20M customers": the M belongs to the number, not to the noun."""
    return token.text in ("M", "m", "K", "k", "B", "bn", "mn") and token.i > 0 and token.doc[token.i - 1].like_num


# ".SPX", ".N225" (an index code) and "UAL.N", "7203.T" (a ticker): codes, never words of a predicate
MARKET_CODE = re.compile(r"^(?:\.[A-Z0-9]{2,12}|[A-Z0-9]{2,}(?:\.[A-Z0-9]{1,8})*\.[A-Z]{1,3})$")  # not "U.S"
INDEX_CODE = re.compile(r"^\.[A-Z0-9]{2,}$")  # ".N225", ".FTSE": a stock index's quote code
_LEADING_AND, _SPACED_HYPHEN = re.compile(r"^(?:&|and)\s+"), re.compile(r"\s*-\s*")  # per noun phrase: compiled once


def is_market_code(token: Token) -> bool:
    return bool(MARKET_CODE.match(token.text))


def is_index_code(token: Token) -> bool:
    return is_market_code(token) and token.text.startswith(".")


def noun_phrase(head: Token, *, drop_entities: bool = True, skip: frozenset[int] = frozenset()) -> str:
    """The measured noun with its compounds and adjectives, lower case, without
    determiners, possessors, numbers or period words: "Zentra's smartphone shipments" -> "smartphone shipments"."""
    # asked about 5.7k times per 300 stories, 3.3k of them distinct (a sentence's figures share their nouns, and
    # the measure, predicate and modality readers ask again): the phrase depends on the parse alone, kept per Doc
    return _PHRASES.get(head.doc, (head.i, drop_entities, skip), lambda: _noun_phrase(head, drop_entities, skip))


_PHRASES: DocMemo[str] = DocMemo()


def _noun_phrase(head: Token, drop_entities: bool, skip: frozenset[int]) -> str:
    kept: list[Token] = [head]
    for child in head.lefts:
        if child.i in skip:
            continue
        if child.dep_ in ("compound", "amod", "nmod") and not child.like_num:
            if drop_entities and child.ent_type_ in (
                "ORG",
                "GPE",
                "PERSON",
                "NORP",
                "DATE",
                "MONEY",
                "PERCENT",
                "CARDINAL",
            ):
                if child.ent_type_ != "NORP" or child.dep_ != "amod":
                    continue
            if child.lower_ in PERIOD_WORDS or child.lower_ in ("record", "record-high", "new", "total", "overall"):
                continue
            if _marks_now(child, head):
                continue  # "from the current 32 stores": the level's time, not a kind of store
            subtree = [t for t in child.subtree if t.i < head.i and t.dep_ not in ("det", "poss", "case", "punct")]
            subtree = [
                t
                for t in subtree
                if t.lower_ not in PERIOD_WORDS
                and not t.like_num
                and not any(ch.isdigit() for ch in t.text)
                and not _scale_letter(t)
                and t.ent_type_ not in ("DATE",)
                and t.i not in skip
            ]
            kept.extend(subtree)
    # "earnings per share", "research and development"
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "per":
            # "per share", not "per share of 45 cents for the quarter"
            kept.append(child)
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                kept.extend(t for t in obj.lefts if t.dep_ in ("compound", "amod"))
                kept.append(obj)
        # "office products and cloud services revenue": the last conjunct carries the shared head noun
        if _shares_the_head(head, child):
            kept.extend(t for t in head.doc[head.i + 1 : child.i + 1] if t.i not in skip and not t.like_num)
    kept = [t for t in kept if not is_market_code(t)] + _infix_hyphens(kept)
    if is_index_code(head) or _names_an_index(head):
        return "index"  # "the Kestrel Composite index .KCI": a named index measures itself (FACTS.md)
    text = span_text(_once_each(sorted(set(kept), key=lambda t: t.i))).lower()
    text = _LEADING_AND.sub("", text)
    text = _SPACED_HYPHEN.sub("-", text)
    return text.replace(" 's", "").strip()


def _once_each(kept: list[Token]) -> list[Token]:
    """ "GRAIN Grain stocks rose": a word kept twice in a row (a heading run into the sentence, or the word
    left next to itself once the entity between is dropped) names the thing once; the later copy stays."""
    return [t for t, after in zip(kept, [*kept[1:], None], strict=True) if after is None or t.lower_ != after.lower_]


def _marks_now(modifier: Token, head: Token) -> bool:
    """ "the current 17 clinics", "its present six ferries": a `now_levels` word before the count of the head
    dates the count; "current assets" (no count after it) is a kind of asset and keeps the word."""
    return modifier.lower_ in words("now_levels") and any(
        c.dep_ == "nummod" and c.i > modifier.i for c in head.children
    )


def _shares_the_head(head: Token, conj: Token) -> bool:
    """ "seed and fertiliser income": a bare noun conjunct right after the head shares one head noun with it; a
    conjunct with a determiner, possessive or number of its own ("40 vans and a repair shop", "the levy and
    the permit delays") is a separate thing, not part of the measured phrase."""
    own = any(c.dep_ in ("det", "poss", "nummod") for c in conj.children)
    return conj.dep_ == "conj" and conj.pos_ == "NOUN" and conj.i == head.i + len(list(conj.subtree)) + 1 and not own


def lemma_phrase(token: Token, skip: frozenset[int] = frozenset()) -> str:
    """The noun phrase of `token` with its head word as a lemma ("its own shares" -> "its own share")."""
    parts = noun_phrase(token, skip=skip).split()
    if parts:
        parts[-1] = token.lemma_.lower()
    return " ".join(parts)


def worth_phrase(token: Token, skip: frozenset[int] = frozenset()) -> str:
    """What money puts on a noun it values: "bonds worth 80 cents" -> "bond value", "seats valued at $4
    million" -> "seat value"; a noun that already names a value or a price stays as it is."""
    phrase = lemma_phrase(token, skip=skip)
    return phrase if phrase.split()[-1] in ("value", "price") else f"{phrase} value"


def _infix_hyphens(kept: list[Token]) -> list[Token]:
    """ "loan write-offs", "like-for-like sales": a hyphen written between two kept words joins them."""
    indices = {t.i for t in kept}
    doc = kept[0].doc if kept else None
    return [
        doc[i]
        for i in range(min(indices, default=0) + 1, max(indices, default=0))
        if doc is not None
        and doc[i].text == "-"
        and i - 1 in indices
        and i + 1 in indices
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
    ]


def names_an_index(token: Token) -> bool:
    """A named index or its quote code: a noun whose phrase is written "index" with its name as subject."""
    return is_index_code(token) or _names_an_index(token)


def _names_an_index(head: Token) -> bool:
    """A stock or activity index named by proper nouns ("Harbor Activity Index", "Kestrel industrial
    average .KIA", "the Kestrel average"): its readings are of the index, whose name is the subject, not the
    predicate."""
    lemma = head.lemma_.lower()
    if lemma not in ("index", "average"):
        return False  # asked for every measured noun: the subtree is walked only for these two
    coded = is_market_code(head.head) or any(is_market_code(t) for t in head.subtree if 0 < t.i - head.i <= 2)
    named = any(t.pos_ == "PROPN" for t in head.subtree if t.i < head.i)
    named_average = lemma == "average" and _named_average(head)
    return lemma == "index" and (named or coded) or lemma == "average" and (coded or named_average)


def _named_average(average: Token) -> bool:
    """ "the Kestrel average climbed 2 percent": an average that moves as a clause's subject, right after a proper
    noun that is no place, is a stock average; "the industry average", "beat the Norland average of 12 percent"
    are none."""
    before = average.doc[average.i - 1] if average.i > 0 else None
    named = before is not None and before.pos_ == "PROPN" and before.head.i == average.i
    return named and before.ent_type_ not in ("GPE", "LOC", "NORP") and average.dep_ in ("nsubj", "nsubjpass")


RELATIVE_PRONOUNS = frozenset({"which", "that", "who"})


def _can_be_antecedent(noun: Token) -> bool:
    """A change noun ("growth, which were 9 billion") is a misattached antecedent: a change has no level."""
    return noun.lemma_.lower() not in words("change_up") | words("change_down")


def clause_subject(verb: Token | None) -> Token | None:
    """The subject of a verb, inherited through xcomp/advcl/conj/relcl chains. Asked about 11k times per 300
    stories by the measure, subject, event and market readers, often of the same verb: the answer depends on the
    parse alone, so its position is kept per Doc (a fresh Token is returned, as before)."""
    if verb is None:
        return None  # callers pass a figure's verb, which may be missing
    doc = verb.doc
    found = _SUBJECTS.get(doc, verb.i, lambda: _subject_position(verb))
    return None if found is None else doc[found]


def _subject_position(verb: Token) -> int | None:
    subject = _clause_subject(verb)
    return None if subject is None else subject.i


_SUBJECTS: DocMemo[int | None] = DocMemo()


def _clause_subject(verb: Token) -> Token | None:
    seen = 0
    while verb is not None and seen < 6:
        # nearest first: a dateline ("OSLO (Agency) - Norway's exports are expected") may parse as a second subject
        subjects = sorted((c for c in verb.children if c.dep_ in SUBJECT_DEPS), key=lambda c: abs(verb.i - c.i))
        if (
            subjects
            and verb.dep_ == "relcl"
            and subjects[0].lower_ in RELATIVE_PRONOUNS
            and _can_be_antecedent(verb.head)
        ):
            return verb.head  # "shares, which have risen 8 percent": the relative pronoun stands for the noun
        if subjects:
            return subjects[0]
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN") and not verb.head.like_num:
            return verb.head  # "with Norvale climbing 8 percent": a participle's subject is the noun it modifies
        # "forecast TV sales to slump", parsed as an adverbial clause: only a verb of expecting controls it
        infinitive = (
            verb.dep_ == "advcl"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and verb.head.lemma_.lower() in words("target_cues")
        )
        if (verb.dep_ in ("xcomp", "ccomp") or infinitive) and seen == 0:
            controller = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
            if controller is not None:
                return controller  # "forecast TV sales to slump": the object is the subject of "slump"
        if verb.dep_ == "relcl":
            return verb.head
        if verb.dep_ in CLAUSE_LINKS or verb.dep_ in ("prep", "pcomp"):
            verb = verb.head
            seen += 1
            continue
        return None
    return None


def figure_head(token: Token) -> Token:
    """The token a number's words hang from as a whole: "3.4" of "3.4 million euros" climbs its number and compound
    links to the phrase's own attachment, where a preposition or verb takes it."""
    while token.dep_ in ("nummod", "compound", "quantmod") and token.head.i != token.i:
        token = token.head
    return token


def governing_verb(token: Token) -> Token | None:
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor
    return None


def to_infinitive(verb: Token) -> bool:
    """A verb with its own "to" ("a deal to buy X", "in talks to sell X")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def possessor(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "poss":
            return child
    return None


def prep_object(head: Token, preps: tuple[str, ...]) -> Token | None:
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def own_clause(token: Token) -> Token | None:
    """The verb of the clause a token belongs to (the token itself when it is a verb)."""
    return token if token.pos_ in ("VERB", "AUX") else governing_verb(token)


def clause_tokens(span: Span) -> frozenset[int]:
    """Token indices of the clause governing a span: its verb's subtree without coordinated clauses."""
    verb = own_clause(span.root)
    if verb is None:
        return frozenset()
    # asked for every figure, and the figures of a sentence mostly share a verb: each clause is walked once per Doc
    return _CLAUSES.get(verb.doc, verb.i, lambda: _clause_of(verb))


_CLAUSES: DocMemo[frozenset[int]] = DocMemo()


def _clause_of(verb: Token) -> frozenset[int]:
    tokens = {t.i for t in verb.subtree}
    for child in verb.children:
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
            tokens -= {t.i for t in child.subtree}
    return frozenset(tokens)


def bracketed_tokens(sent: Span) -> set[int]:
    """The tokens between "(" and ")" in a sentence, brackets included (a ticker after a name)."""
    inside, depth = set(), 0
    for token in sent:
        depth += token.text == "("
        if depth > 0:
            inside.add(token.i)
        depth -= token.text == ")" and depth > 0
    return inside
