"""A named unit of a company, tied to its parent anywhere in the story, gives its figures to the parent.

FACTS.md: a chain or division of a company takes the parent as subject, the unit named in the predicate or
`location`. Where the unit's name holds a figure ("Quillby sales rose 9 percent", "profit fell 4 percent at
Quillby"), the sentence seldom says whose unit it is; the story says it elsewhere, in one of three ways:

- apposition: "Quillby, its packaging arm, ..." (the unit noun set beside the name, with an owner);
- compound: "its Quillby unit", "Acme's Quillby brand", "the company's Quillby packaging division";
- copula: "Quillby is the group's packaging unit", "Quillby had long been its smallest arm".

A name written with a legal suffix or a ticker is a subsidiary with figures of its own and is never tied. The
owner is the possessive's organization, or the story's main organization for "its" and "the company's"
(and for a copula with no owner). A listed unit ("its Mumbai-listed unit") keeps its own name (FACTS.md). The
figure's predicate names the unit after "at": "sales at quillby".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from extractor.lexicons import words
from extractor.mentions.brand_names import brand_frame, written_as_company
from extractor.mentions.cluster_lookup import named
from extractor.mentions.doc_memo import DocMemo
from extractor.mentions.entity_clusters import EntityCluster

if TYPE_CHECKING:
    from extractor.facts.discourse import DocContext
    from extractor.mentions.entities import EntityIndex

MAIN = -1  # the owner is the story's main organization ("its", "the company's", an ownerless copula)
_TIES: DocMemo[tuple[tuple[int, int], ...]] = DocMemo()


def parent_figure(subject: str | None, predicate: str, ctx: DocContext) -> tuple[str | None, str]:
    """(subject, predicate) of a figure, with a tied unit's figure given to its parent: ("Quillby", "sales") ->
    ("Acme", "sales at quillby"); anything else unchanged."""
    parent = tied_parent(subject, ctx) if subject is not None else None
    if parent is None:
        return subject, predicate
    unit = subject.lower()
    if unit in predicate or set(predicate.split()) & words("share_nouns"):
        return parent, predicate  # "GE shares" read as the unit's: the parent's stock, no unit's
    if _named_by_maker(subject, ctx):
        return parent, predicate  # "sales at the maker of Quillby crackers": the maker's own sales, no brand's
    return parent, f"{predicate} at {unit}"


def _named_by_maker(name: str, ctx: DocContext) -> bool:
    """The brand `name` is written only after a maker noun ("the maker of Quillby crackers"): the figure the
    parse gave it is the maker's."""
    clusters = named(ctx.entities, name)
    frames = [brand_frame(m) for c in clusters for m in c.mentions]
    return bool(frames) and all(f is not None and f.lower_ in words("maker_nouns") for f in frames)


def tied_parent(name: str, ctx: DocContext) -> str | None:
    """The parent the story ties the organization `name` to, if any."""
    ties = _TIES.get(ctx.doc, "ties", lambda: _find_ties(ctx.doc, ctx.entities))
    for unit_at, owner_at in ties:
        unit = ctx.entities.at(unit_at)
        if unit is None or unit.name != name:
            continue
        owner = ctx.main_org if owner_at == MAIN else getattr(ctx.entities.at(owner_at), "name", None)
        if owner is not None and owner != name:
            return owner
    return None


def _find_ties(doc: Doc, entities: EntityIndex) -> tuple[tuple[int, int], ...]:
    """(position of a unit's name, position of its owner or MAIN) for every tie the story writes."""
    ties = []
    # only the words of an entity can be a unit's name: visit those, not a Token for every word of the story
    for i in sorted(entities.by_token):
        cluster = entities.by_token[i]
        if cluster.label not in ("ORG", "PRODUCT") or cluster.agency or written_as_company(cluster):
            continue
        token = doc[i]
        if token.i + 1 < len(doc) and entities.at(token.i + 1) is cluster:
            continue  # the name's last word carries its relations
        noun = _appositive_unit(token) or _compounded_unit(token) or _predicated_unit(token)
        owner = _owner(noun, entities) if noun is not None else None
        if owner is not None and (owner == MAIN or entities.at(owner) is not cluster):
            ties.append((token.i, owner))
    return tuple(ties) + _brand_ties(entities)


def _brand_ties(entities: EntityIndex) -> tuple[tuple[int, int], ...]:
    """ "the maker of Quillby crackers", "its brands such as Quillby": a brand (mentions/brand_names.py) is tied to
    the company that makes it. A name the story also writes outside such frames (`_acts`) may be a company of its
    own: advertisers are "brands such as", record companies "labels such as", a supplier's client "the maker of
    Quillby phones". It is still tied where it carries its owner's name ("Brandt, the maker of Brandt Gold
    lager"): a company's own brand."""
    ties = []
    for cluster in entities.clusters:
        if cluster.label not in ("ORG", "PRODUCT", "PERSON") or written_as_company(cluster):
            continue
        frames = [brand_frame(m) for m in cluster.mentions]  # read once: `_acts` asks each mention's frame twice more
        acts = _acts(cluster, frames)
        for mention, noun in zip(cluster.mentions, frames, strict=True):
            owner = _brand_owner(noun, mention, entities) if noun is not None else None
            if owner is None or owner != MAIN and entities.at(owner) is cluster:
                continue
            if not acts or _named_after_owner(cluster, owner, entities):
                ties.append((mention.end - 1, owner))
    return tuple(ties)


def _named_after_owner(brand: EntityCluster, owner: int, entities: EntityIndex) -> bool:
    """ "Brandt Gold" made by "Brandt Foods": the brand's first word is its owner's."""
    company = entities.main_org if owner == MAIN else entities.at(owner)
    return company is not None and brand.name.split()[0].lower() == company.name.split()[0].lower()


def _acts(cluster: EntityCluster, frames: list[Token | None]) -> bool:
    """The name acts as a company outside its brand frames. A name set before a brand noun ("the Quillby brand")
    is called a brand outright: only speaking ("Quillby said") undoes that, as a brand does other things in news
    prose ("Quillby gained share"). A name in a list (after "brands such as", after "the maker of") may be a
    client's or a rival's: written anywhere outside its frames ("Quillby's sales", "shares of Quillby"), it is
    left to stand for itself."""
    named = list(zip(cluster.mentions, frames, strict=True))  # `frames`: each mention's `brand_frame`
    if any(_frame_after(m, noun) for m, noun in named):
        return any(noun is None and _speaking_subject(m.root) for m, noun in named)
    return any(noun is None for noun in frames)


def _frame_after(name: Span, noun: Token | None) -> bool:
    return noun is not None and noun.i >= name.end and noun.lower_ in words("brand_nouns")


def _speaking_subject(token: Token) -> bool:
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in words("reporting_verbs")


def _brand_owner(noun: Token, name: Span, entities: EntityIndex) -> int | None:
    """Whose brand: the organization the frame noun is set beside ("Brandt, the maker of ..."); for a maker noun
    else the subject of the clause above or the main organization (the maker noun is then the story's own
    description of its company). A list after a brand noun ("brands such as Quillby and Tolva") names any
    company's brands, clients' or rivals' as often as the story's: only an owner the text writes ("its brands
    such as", "Brandt's labels including") counts. So does an owner written beside a brand noun after the name
    ("Delvin's Orla brand", "the Orla brand of Delvin"): a rival's brand is the rival's, not the clause subject's."""
    beside = noun.head if noun.dep_ == "appos" else next((c for c in noun.children if c.dep_ == "appos"), None)
    if beside is not None and _company_at(beside.i, entities):
        return beside.i
    if noun.lower_ in words("brand_nouns") and (noun.i < name.start or _written_owner(noun) is not None):
        return _owner(noun, entities)
    return _antecedent_org(noun, entities)


def _unit_noun(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (lemma in words("segment_nouns") or lemma in words("unit_words"))


def _appositive_unit(name: Token) -> Token | None:
    """ "Quillby, its packaging arm": the unit noun beside the name (either way round)."""
    beside = [c for c in name.children if c.dep_ == "appos"]
    if name.dep_ == "appos":
        beside.append(name.head)
    return next((t for t in beside if _unit_noun(t) and _owner_word(t) is not None), None)


def _compounded_unit(name: Token) -> Token | None:
    """ "its Quillby packaging unit": the unit noun the name is compounded on."""
    head = name
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
        if _unit_noun(head):
            return head if _owner_word(head) is not None else None
    return None


def _predicated_unit(name: Token) -> Token | None:
    """ "Quillby is the group's packaging unit", "Quillby had long been its smallest arm": the copula's attribute."""
    if name.dep_ != "nsubj" or name.head.lemma_ != "be":
        return None
    return next((c for c in name.head.children if c.dep_ == "attr" and _unit_noun(c)), None)


def _owner_word(noun: Token) -> Token | None:
    """The possessive that owns a unit noun, anywhere before it in its phrase ("its tea and coffee arm")."""
    return next((t for t in noun.doc[noun.left_edge.i : noun.i] if t.dep_ == "poss"), None)


def _written_owner(noun: Token) -> Token | None:
    """The owner the text writes for a unit or brand noun: its possessive ("its", "Brandt's") or "of" + owner."""
    of_owner = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children), None)
    return _owner_word(noun) or of_owner


def _owner(noun: Token, entities: EntityIndex) -> int | None:
    """The owner's position, MAIN for a pronoun, "the company's" or an ownerless copula; None when the unit noun is
    listed ("its Oslo-listed unit") or its possessive names no organization ("Norway's biggest unit")."""
    if any(c.lower_.rsplit("-", 1)[-1] in words("listed_words") for c in noun.children if c.i < noun.i):
        return None  # a listed unit is a company of its own (FACTS.md)
    word = _written_owner(noun)
    if word is None:
        return MAIN if noun.dep_ == "attr" else None
    if word.pos_ == "PRON" or word.lemma_.lower() in words("anaphors") | words("org_nouns"):
        main = entities.main_org
        joined = main is not None and any(entities.at(t.i) is main for t in noun.subtree)
        if joined:
            return None  # "its Acme and Quillby brands" in Acme's story: "its" is another's
        return _antecedent_org(noun, entities) if word.pos_ == "PRON" else MAIN
    return word.i if _company_at(word.i, entities) else None


def _company_at(i: int, entities: EntityIndex) -> bool:
    owner = entities.at(i)
    return owner is not None and owner.label == "ORG" and not owner.agency


def _antecedent_org(noun: Token, entities: EntityIndex) -> int | None:
    """Whose unit "its" names: the organization the unit is joined to ("Brandt and its shipping arm"), else the
    subject of the nearest clause above it that is not the unit itself ("Brandt said its shipping arm would ...").
    A rival's unit must not go to the story's company; a pronoun or no organization there leaves the main one."""
    if noun.dep_ == "conj" and _company_at(noun.head.i, entities):
        return noun.head.i
    for verb in noun.ancestors:
        if noun.dep_ == "attr" and verb == noun.head:
            continue  # "Quillby is its smallest arm": the copula's subject is the unit itself, not its owner
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and noun not in c.subtree]
        for subject in subjects:
            if _company_at(subject.i, entities):
                return subject.i
            if subject.pos_ == "PRON" or subject.lemma_.lower() in words("anaphors") | words("org_nouns"):
                return MAIN
        if subjects:
            break  # a person or analyst speaking: "its" still means the story's company
    return MAIN
