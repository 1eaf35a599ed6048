"""What a named index is called when it is the subject of its readings: the short name of a proper name
("the Halden 300 index"), the compiler and its description ("Halden's world share index"), or the index last
named for "the index" (FACTS.md: a named index of any kind is the subject of its readings)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from extractor.facts.attachment_days import is_index_predicate
from extractor.facts.index_descriptions import described_index
from extractor.facts.index_initials import initialled_form
from extractor.facts.syntax import INDEX_CODE
from extractor.lexicons import table, words
from extractor.models import Entity, Fact

if TYPE_CHECKING:
    from extractor.facts.discourse import DocContext

PLACE_TYPES = frozenset({"GPE", "LOC", "NORP"})


DASHES = frozenset({"-", "--", "—", "–"})


def _spaced_dash(token: Token) -> bool:
    """ "(Reuters) - The": a dash between spaces, not the hyphen inside "blue-chip"."""
    return token.text in DASHES and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)


def index_name(measured: Token | None, ctx: DocContext) -> str | None:
    """The index named by `measured` (`_written_name`), by the initialled form of its name where the story also
    writes that ("H&V 300" for "Halden & Vell's 300")."""
    name = _written_name(measured, ctx)
    if name is None or measured is None:
        return name
    short = initialled_form(name, measured.doc)
    if short != name and ctx.last_index == name:
        ctx.last_index = short
    return short


def _written_name(measured: Token | None, ctx: DocContext) -> str | None:
    """ "a gain in the Halden 300 index": a named index is the subject of its own readings, by its short
    name when its modifiers are all proper nouns ("Halden 300"), with a capitalized index noun that is part
    of the name ("Vantor Activity Index"), else by its whole phrase ("electrical machinery index");
    "its jobs index" is the document's named index that ends so; "the index" is the last one named."""
    if measured is not None and INDEX_CODE.match(measured.text):
        # "the Halden 300 index .HLD fell": the index noun before its code is what is measured
        before = measured.doc[measured.i - 1] if measured.i > 0 else measured
        children = [c for c in measured.children if c.lemma_.lower() in words("index_nouns")]
        measured = children[0] if children else before
    if measured is not None and measured.lemma_.lower() == "reading" and not list(measured.lefts)[1:]:
        return ctx.last_index  # "down from a reading of 142": a reading is of the index last named
    if measured is None or measured.lemma_.lower() not in words("index_nouns") or measured.tag_ == "NNS":
        return None  # "U.S. stock indexes fell": several indexes, none named
    if _average_of_a_measure(measured):
        return None  # "the four-week moving average for new claims": a statistic of the claims, no index
    described = None if _proper_modifier(measured) else described_index(measured)
    if described is not None:
        ctx.last_index = described  # "Kelwin said its index of shopper moods rose": the index, not Kelwin
        return described
    dash = max((t.i for t in measured.doc[measured.sent.start : measured.i] if _spaced_dash(t)), default=-1)
    modifiers = [
        t
        for child in measured.lefts
        if child.dep_ in ("compound", "nmod", "amod", "nummod")
        for t in child.subtree
        if dash < t.i < measured.i and t.dep_ not in ("det", "poss", "case", "punct") and not INDEX_CODE.match(t.text)
    ]  # "NEW YORK (Reuters) - The Halden index": the parse may hang the dateline on the name
    modifiers = [t for t in _hung_on_code(measured) if dash < t.i] + modifiers
    owner = [t for c in measured.lefts if c.dep_ == "poss" and c.pos_ == "PROPN" for t in c.subtree if t.dep_ != "det"]
    described = _described_by_owner(owner, modifiers, measured, ctx)
    if described is not None:
        ctx.last_index = described
        return described
    roles = words("index_role_modifiers") | words("market_breadth_words")
    modifiers = _after_roles(modifiers, owner, roles)
    core = None if measured.text[:1].isupper() else _name_core(modifiers, roles)  # "Halden Leading Index": a name
    if core is not None:  # "the key Halden500 Freedonian share index": the proper name, no descriptors
        named_owner = [] if any(t.ent_type_ in PLACE_TYPES for t in owner) else owner  # "Freedonia's Halden"
        ctx.last_index = measured.doc[min(t.i for t in named_owner + core) : core[-1].i + 1].text
        return ctx.last_index
    first_name = next((k for k, t in enumerate(modifiers) if t.pos_ == "PROPN"), 0)
    modifiers = modifiers[first_name:]  # "the blue-chip Halden industrial average": the name starts at "Halden"
    if modifiers and not owner and all(t.lower_ in roles for t in modifiers):
        # "the benchmark index", "the broader share gauge": a role, the market's headline index last named
        # by its proper name; with none named before, after a sector's index ("the Halden bank index"; the
        # broader index is another), or with a place's possessive ("Freedonia's main stock index"), the
        # phrase as written stays
        named = ctx.last_index or _named_index_before(measured, ctx)
        if named is not None and _proper_index_name(named):
            return named
    if not modifiers:
        if not any(c.lower_ in ("the", "this", "that") for c in measured.lefts):
            return None
        return ctx.last_index or _named_index_before(measured, ctx)
    if all(t.pos_ == "PROPN" or t.like_num for t in modifiers) and any(t.pos_ == "PROPN" for t in owner + modifiers):
        if modifiers and any(t.ent_type_ in PLACE_TYPES for t in owner):
            owner = []  # "Freedonia's Halden average": the place owns no part of the index's name
        tokens = sorted(owner + modifiers, key=lambda t: t.i)  # "Halden & Co's 300 index": the owner names it
        # a capitalized index noun is part of the proper name ("the Vantor Activity Index"); a stock index
        # ("the Halden 300 index", "the Halden Composite Index .HCI" with its quote code) takes its short name
        coded = any(INDEX_CODE.match(t.text) for t in measured.doc[measured.i + 1 : measured.i + 3])
        coded = coded and not _names_a_currency(tokens[-1])
        last = measured.i if measured.text[:1].isupper() and not coded else tokens[-1].i
        name = measured.doc[tokens[0].i : last + 1].text
    else:
        phrase = " ".join([*(t.text for t in modifiers), measured.text]).lower()
        named = [c.name for c in ctx.entities.clusters if c.name.lower().endswith(phrase) and c.name.lower() != phrase]
        start = _hyphen_start(modifiers[0])  # "all-country": from "all"
        written = measured.doc[start : measured.i + 1].text  # as the text writes it ("A/B-C index")
        name = named[0] if len(named) == 1 else written
    ctx.last_index = name
    return name


def _hung_on_code(index: Token) -> list[Token]:
    """ "the NV Halden European car index .HCX": words of the name before the index noun's phrase that the parse
    hangs on the quote code the noun modifies ("NV"), in order; not the article, nor a word after the code."""
    code = index.head
    if code is index or not INDEX_CODE.match(code.text):
        return []
    start = index.left_edge.i
    return [
        t
        for child in code.lefts
        if child.dep_ in ("compound", "nmod", "amod") and child.i < start
        for t in child.subtree
        if t.i < start and t.dep_ not in ("det", "poss", "case", "punct")
    ]


def _names_a_currency(last_word: Token) -> bool:
    """ "the Freedonian Crown Index .FCX": without its index noun the name would be the currency the index
    follows, another thing, so the capitalized "Index" stays in the name even before a quote code (a stock
    index, "the Halden Composite Index .HCI", still takes its short name)."""
    return last_word.lower_ in table("currencies")


def _after_roles(modifiers: list[Token], owner: list[Token], roles: frozenset[str]) -> list[Token]:
    """ "the broad Halden & Co's 500 index": a role word before the owner that names the index is no part of
    its name."""
    first_owner = min((t.i for t in owner if t.pos_ == "PROPN"), default=None)
    if first_owner is None:
        return modifiers
    return [t for t in modifiers if t.i > first_owner or t.lower_ not in roles]


def _name_core(modifiers: list[Token], roles: frozenset[str]) -> list[Token] | None:
    """ "the key Halden500 Freedonian share index", "the Halden share average", "the Halden 300 blue-chip
    index": the proper name (from its first capitalized word that names no place) without the place and
    market words after it; None when nothing follows the name, or a sector word does ("the Halden bank
    index" keeps its sector)."""
    start = next((k for k, t in enumerate(modifiers) if _name_word(t, roles)), None)
    if start is None:
        return None
    core = modifiers[start:]
    while core and (_descriptor(core[-1], roles) or core[-1].text == "-"):
        core.pop()
    trimmed = len(core) < len(modifiers) - start
    return core if trimmed and core and (_name_word(core[-1], roles) or core[-1].like_num) else None


def _descriptor(token: Token, roles: frozenset[str]) -> bool:
    """A place, or a market word written in lower case ("stock", "blue-chip"; "Leading" is part of a name)."""
    return token.ent_type_ in PLACE_TYPES or token.text[:1].islower() and _written(token) in roles


def _name_word(token: Token, roles: frozenset[str]) -> bool:
    """A word that can open an index's proper name: capitalized ("Halden", "Halden500"), no place, no role."""
    return token.text[:1].isupper() and token.ent_type_ not in PLACE_TYPES and token.lower_ not in roles


def _written(token: Token) -> str:
    """The word as written, a hyphenated one whole ("blue-chip" from its last part "chip")."""
    return token.doc[_hyphen_start(token) : token.i + 1].text.lower()


def _proper_modifier(measured: Token) -> bool:
    """ "the Halden index of leading indicators": a proper name before the index noun names it."""
    return any(t.pos_ == "PROPN" for c in measured.lefts if c.dep_ in ("compound", "nmod", "amod") for t in c.subtree)


def _average_of_a_measure(measured: Token) -> bool:
    """ "the moving average for jobless claims", "the average of 12 forecasts": an average whose "for"/"of"
    phrase names what is averaged (a common noun) is a statistic of that, not a named index ("the Halden
    industrial average")."""
    if measured.lemma_.lower() != "average":
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in ("for", "of")
        and any(o.dep_ == "pobj" and o.pos_ == "NOUN" for o in prep.children)
        for prep in measured.children
    )


def _described_by_owner(owner: list[Token], modifiers: list[Token], measured: Token, ctx: DocContext) -> str | None:
    """ "Halden's all-country world stock index", "Brandt's world share index": an index an organization
    compiles, described in common words, is named by its compiler and the words as written, without the
    possessive ("Halden all-country world stock index"); a place's index ("Freedonia's main stock index")
    and a proper name ("Halden's 300 index") are read as before."""
    if not owner or not any(t.text[:1].islower() and not t.like_num for t in modifiers):
        return None
    if any(t.i < owner[-1].i for t in modifiers):
        return None  # "the broad Halden & Co's 500 index": words before the owner describe the index's name
    cluster = ctx.entities.at(owner[-1].i) or ctx.entities.at(owner[0].i)
    if cluster is not None and cluster.label in PLACE_TYPES or owner[-1].ent_type_ in PLACE_TYPES:
        return None
    words_owned = [t.text for t in owner if t.dep_ != "case" and not INDEX_CODE.match(t.text)]
    if cluster is not None and cluster.name.endswith("'s"):
        words_owned = [cluster.name]  # "Hollis & Crane's": a firm whose name keeps its "'s" (`partner_names`)
    start = _hyphen_start(min(modifiers, key=lambda t: t.i))  # "all-country": from "all"
    return " ".join([*words_owned, measured.doc[start : measured.i + 1].text])


def _hyphen_start(token: Token) -> int:
    """Where a modifier starts in the text: "all-country" starts at "all", which the parse hangs elsewhere."""
    doc = token.doc
    glued = token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_
    return token.i - 2 if glued else token.i


INDEX_LOOKBACK = 1000  # tokens (about 40 lines of news): an economy story names its index once, early


def _named_index_before(token: Token, ctx: DocContext) -> str | None:
    """ "... showed its Vantor Activity Index contracted. ... the index improved to 52": the capitalized
    index named last before "the index", when no reading of it set `last_index` (a mention without a
    figure). Only a short window back is read, never the whole document."""
    index_nouns = words("index_nouns")
    start = token.sent.start
    for noun in reversed(token.doc[max(0, start - INDEX_LOOKBACK) : start]):
        if noun.text[:1].isupper() and noun.lemma_.lower() in index_nouns:
            words_before = [t.i for c in noun.lefts if c.dep_ == "compound" for t in c.subtree if t.text[:1].isupper()]
            if words_before:
                return token.doc[min(words_before) : noun.i + 1].text
        numbered = _numbered_name(noun, ctx)
        if numbered is not None:
            return numbered
    return None


def _numbered_name(token: Token, ctx: DocContext) -> str | None:
    """ "The Halden 300 ended the week flat": a proper name with a number, the subject of its clause, names a
    stock index (the tagger often leaves it unlabelled) when the story shows it is one: a market wrap, a quote
    code after the name, or the same name written elsewhere with an index noun ("the Halden 300 index").
    A product's model number ("the Corvane 350 sold well") has none of these."""
    if not token.like_num or token.dep_ != "nummod" or token.i == 0:
        return None
    name = token.doc[token.i - 1]
    if name.pos_ != "PROPN" or token.head not in (name, name.head):
        return None
    phrase = name.head if INDEX_CODE.match(name.head.text) else name  # "The Halden 300 .HLD fell": the code heads
    if phrase.dep_ not in ("nsubj", "nsubjpass"):
        return None
    cluster = ctx.entities.at(name.i)
    if cluster is not None and cluster.label != "ORG":
        return None  # a person's or a place's number is no index
    if not (ctx.entities.market_wrap or _written_as_index(name, token)):
        return None
    first = min([name.i, *(c.i for c in name.lefts if c.dep_ == "compound")])
    return token.doc[first : token.i + 1].text


def _written_as_index(name: Token, number: Token) -> bool:
    """Somewhere in the story the name and its number are followed by an index noun or a quote code
    ("the Halden 300 index", "the Halden 300 .HLD")."""
    doc, index_nouns = name.doc, words("index_nouns")
    for t in doc[1 : len(doc) - 1]:
        if t.text == number.text and doc[t.i - 1].text == name.text:
            after = doc[t.i + 1]
            if after.lemma_.lower() in index_nouns or INDEX_CODE.match(after.text):
                return True
    return False


def _proper_index_name(name: str) -> bool:
    """ "Halden 300", "Norvik Composite Index": a name of capitalized words and numbers, as a market's
    headline index is written; "Halden bank index" has a common word and is a sector's or a described one."""
    index_nouns = words("index_nouns")
    return all(p[:1].isupper() or p[:1].isdigit() or p in ("&", "and") or p in index_nouns for p in name.split())


def index_entities_of(facts: list[Fact], known: list[Entity], doc_id: str) -> list[Entity]:
    """The indexes the facts name as subjects of their readings ("the Halden Composite rose 2 percent"), as
    organizations (as the development gold lists them; docs/DECISIONS.md); the tagger rarely names them."""
    names = {e.name.lower() for e in known}
    found: list[Entity] = []
    for fact in facts:
        if _reads_an_index(fact) and fact.subject.lower() not in names:
            names.add(fact.subject.lower())
            found.append(Entity(doc_id=doc_id, label="ORG", name=fact.subject))
    return found


def _reads_an_index(fact: Fact) -> bool:
    """A reading of an index whose subject is written as its name: listed as an entity. Stricter on the
    subject than `attachment_days.reads_named_index` (which dates a figure by the day and asks only how the
    predicate stands to the subject): "Halden industrial average" reads an index, but is listed as no name."""
    return bool(fact.predicate) and is_index_predicate(fact.predicate) and _written_as_index_name(fact.subject)


def _written_as_index_name(subject: str) -> bool:
    """ "Halden Composite", "Norvik 600", "Halden's Nikkan 300 index": a capitalized name whose other words are
    names, numbers or index nouns, or that opens with two name words; not "the benchmark index", "600 Banks" or
    "U.S. stock indexes"."""
    parts = subject.split()
    if not parts or not parts[0][:1].isupper():
        return False
    if len(parts) > 2 and parts[1][:1].isupper():
        return True  # "Halden Jones industrial average", "NV Norvik European banks index": a name, then its words
    index_nouns = words("index_nouns")
    return all(p[:1].isupper() or p[:1].isdigit() or p in ("&", "and") or p.lower() in index_nouns for p in parts)
