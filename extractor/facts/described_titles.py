"""A title written after a person's name as a description: "Ann Lee, a Tarvik-based analyst with Brandt
Research", "Bo Chen, senior Freedonia strategist at Kestrel Capital", "Jo Marr, a partner at Hale Dorn".
The employer is the name right after the preposition, whatever label the recognizer gave it: firms named
after people ("a partner at Hale Dorn") are often tagged as persons."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.discourse import DocContext
from extractor.facts.index_names import PLACE_TYPES
from extractor.facts.named_owners import tagged_org
from extractor.lexicons import words

AFFILIATION_PREPOSITIONS = frozenset({"at", "with", "of", "for"})
EMPLOYER_LABELS = frozenset({"ORG", "PERSON", "FAC"})  # an institute the tagger took for a building

MAX_TITLE_WORDS = 8


def described_title_after(mention: Span, ctx: DocContext) -> tuple[list[Token], str | None] | None:
    """(the title's tokens, the employer) for "<Name>, [a] <words ending in a role noun> at/with/for/of <Org>"."""
    doc, end = mention.doc, mention.sent.end
    i = mention.end
    if i >= end or doc[i].text != ",":
        return None
    i += 1
    while i < end and doc[i].lower_ in ("a", "an", "the"):
        i += 1
    tokens: list[Token] = []
    while i < end and len(tokens) < MAX_TITLE_WORDS and _title_word(doc[i]):
        tokens.append(doc[i])
        i += 1
    last_role = max((k for k, t in enumerate(tokens) if t.lemma_.lower() in words("role_nouns")), default=None)
    if last_role is None or i >= end or doc[i].lower_ not in AFFILIATION_PREPOSITIONS:
        return None
    while last_role + 2 < len(tokens) and tokens[last_role + 1].text == "-":
        last_role += 2  # "secretary-general": a hyphenated title is one word
    tokens = _without_base(tokens[: last_role + 1])
    org = _employer_after_covered_area(doc, i, end, mention, ctx) or employer_at(doc[i + 1 : end], mention, ctx)
    if org is not None and tokens and tokens[-1].lower_ in words("academic_titles"):
        org = _owned_body(doc[i + 1 : min(i + 1 + WINDOW, end)], ctx, org)
    return (tokens, org) if org is not None and tokens else None


def _owned_body(after: Span, ctx: DocContext, org: str) -> str | None:
    """A professor or fellow "at Alder Bank's business school" holds the post in the school: the owner before
    "'s" is no employer. The school when it is named ("Alder Bank's Kell Institute"), else no one."""
    mark = next((t.i for t in after if t.lower_ in ("'s", "’s")), None)
    if mark is None or mark + 1 >= after.end:
        return org
    named = ctx.entities.at(mark + 1)
    if named is not None and named.label == "ORG":
        return named.name
    for token in after.doc[mark + 1 : after.end]:
        if token.lemma_.lower() in words("academic_bodies") and token.is_lower:
            return None
        if not (token.is_lower and token.pos_ in ("ADJ", "NOUN", "PROPN")):
            break
    return org


def _employer_after_covered_area(doc, i: int, end: int, mention: Span, ctx: DocContext) -> str | None:
    """ "market analyst for northern Freedonia at consultancy Brandt": a "for" phrase names the area or
    clients a title covers; the employer is then the name after a following "at" or "with"."""
    if doc[i].lower_ != "for":
        return None
    for k in range(i + 1, min(i + 6, end - 1)):
        if doc[k].lower_ in ("at", "with"):
            return employer_at(doc[k + 1 : end], mention, ctx)
        if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX"):
            return None
    return None


def _title_word(token: Token) -> bool:
    """A word of a descriptive title: adjectives and nouns ("senior rates strategist"), a place it covers
    ("U.S. economist", "Asia analyst"), and the parts of a hyphenated modifier ("fixed-income", "Tarvik-based")."""
    doc = token.doc
    if token.pos_ in ("ADJ", "NOUN", "CCONJ") or token.text in ("U.S.", "-"):
        return True
    hyphen_after = token.i + 1 < len(doc) and doc[token.i + 1].text == "-"
    hyphen_before = token.i > 0 and doc[token.i - 1].text == "-"
    if hyphen_after and token.is_alpha or hyphen_before and token.tag_ == "VBN":
        return True  # "Tarvik - based", "fixed - income"
    if token.dep_ == "amod" and token.tag_ in ("VBN", "VBG"):
        return True  # "managing director", "fixed income fund manager"
    return token.pos_ == "PROPN" and token.ent_type_ in PLACE_TYPES  # "a senior Freedonia analyst"


def _without_base(tokens: list[Token]) -> list[Token]:
    """ "Tarvik-based analyst" -> "analyst": where the person sits is no part of the title."""
    kept: list[Token] = []
    for k, token in enumerate(tokens):
        following = tokens[k + 1 : k + 3]
        if len(following) == 2 and following[0].text == "-" and following[1].lower_ == "based":
            return [*kept, *tokens[k + 3 :]]
        kept.append(token)
    return kept


def employer_at(after: Span, mention: Span, ctx: DocContext) -> str | None:
    """The organization an affiliation preposition names right after a title, past a determiner, lower-case
    descriptors ("the start-up incubator", "fixed-income research firm") and places ("U.S. law firm",
    "Freedonia's", "Tarvik, Elmshire-based"): an organization or a name the recognizer took for a person
    (not the titled person), or an untagged run of proper nouns ("DailyMarket"); else the first
    organization in the next words ("for tax policy at the Brandt Institute")."""
    own = ctx.entities.at(mention.start)
    after_place = False
    for k, token in enumerate(after):
        cluster = ctx.entities.at(token.i)
        if cluster is not None and cluster.label in PLACE_TYPES or token.ent_type_ in PLACE_TYPES and cluster is None:
            after_place = True  # "at U.S. law firm X", "at Freedonia's X"
            continue
        if cluster is not None and not unnamed(cluster.name):
            usable = cluster.label in EMPLOYER_LABELS and cluster is not own and not cluster.agency
            usable = usable and not (cluster.label == "PERSON" and _possessor(token, ctx))  # "a member of Lee's party"
            usable = usable and (cluster.label != "FAC" or cluster.name.split()[-1][:1].isupper())  # not "tabloid"
            return cluster.name if usable else None
        if token.text == "," and after_place:
            continue  # "at Tarvik, Elmshire-based X": a town and its state
        if cluster is not None:
            continue  # "head of the research unit at Brandt Institute": a lower-case phrase tagged as a name
        if _descriptor(token):
            after_place = False
            continue
        if token.pos_ == "PROPN" and token.text[:1].isupper():
            run = _proper_run(after[k:])
            following = after[k + len(run.split())] if run and k + len(run.split()) < len(after) else None
            return (
                None if following is not None and following.lower_ in ("'s", "’s") and _person_like(run, ctx) else run
            )
        break
    return _first_organization(_before_clause(after[:WINDOW]), ctx)


WINDOW = 8


def opens_clause(token: Token) -> bool:
    """A relative pronoun or a finite verb; never a hyphened modifier the tagger read as a verb ("D.C.-based")."""
    return token.tag_ in CLAUSE_OPENING_TAGS and "-" not in token.text


def _person_like(run: str, ctx: DocContext) -> bool:
    """An untagged run of names the story knows as a person's."""
    return any(c.label == "PERSON" and run in (c.name, *c.aliases) for c in ctx.entities.clusters)


def _possessor(token: Token, ctx: DocContext) -> bool:
    """A name that ends before "'s": it owns the noun after it, which is what the title is held in."""
    doc, cluster = token.doc, ctx.entities.at(token.i)
    k = token.i
    while k + 1 < len(doc) and ctx.entities.at(k + 1) is cluster:
        k += 1
    return k + 1 < len(doc) and doc[k + 1].lower_ in ("'s", "’s")


CLAUSE_OPENING_TAGS = frozenset({"WDT", "WP", "VBZ", "VBD", "VBP", "MD"})  # "that", "who", "owns", "will"


def _before_clause(tokens: Span) -> Span:
    """The words before a relative pronoun or a finite verb ("Tarvik-based" opens no clause): "a member of the
    family that owns Brandt" names no employer; an organization inside the clause is what the clause is about."""
    stop = next((t.i for t in tokens if opens_clause(t)), tokens.end)
    return tokens.doc[tokens.start : stop]


def _descriptor(token: Token) -> bool:
    """A word of a descriptor before an employer's name: "the", "largest", "start-up", "'s", lower-case nouns."""
    if token.pos_ in ("DET", "ADJ") or token.lower_ in ("'s", "’s", "-"):
        return True
    return token.is_lower and token.pos_ in ("NOUN", "VERB", "PROPN", "CCONJ")


def _first_organization(tokens: Span, ctx: DocContext) -> str | None:
    named = (tagged_org(token, ctx.entities) for token in tokens)
    return next((name for name in named if name and not unnamed(name)), None)


def unnamed(name: str) -> bool:
    """A phrase of lower-case words the tagger took for a name ("financial institute"): it names no one."""
    return not any(ch.isupper() or ch.isdigit() for ch in name)


def _proper_run(tokens: Span) -> str | None:
    """The run of capitalized proper nouns that opens `tokens` ("Hale Dorn" of "Hale Dorn in London",
    "Sal. Hale" with an abbreviation's point inside)."""
    run: list[str] = []
    for k, token in enumerate(tokens):
        following = tokens[k + 1] if k + 1 < len(tokens) else None
        if token.text == "." and run and following is not None and following.pos_ == "PROPN":
            run[-1] += "."
            continue
        if token.pos_ != "PROPN" or not token.text[:1].isupper():
            break
        run.append(token.text)
    return " ".join(run) if run else None
