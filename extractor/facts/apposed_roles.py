"""A post set beside a single named person, read from the dependency parse: "Ann Lee, Kestrel's president and
chief operating officer", "Bo Chen, the Ostrava insurance commissioner", "Jo Marr, a conductor for Kestrel
Rail", "Raj Patel, head of research for the bank", "Kestrel's general counsel, Ann Lee". The title noun is
the person's apposition (either way round) with a head in lexicons/role_nouns.txt or lexicons/title_heads.txt;
the holder is the title's possessor or proper-noun modifier (an organization or, for a public post in
lexicons/public_posts.txt, a place), else the organization (or an anaphor such as "the firm") that is itself the
object of its of/at/for/with phrase. A post held in the past ("former", "ex-"), a plural title ("three managers
at Kestrel"), a title held for a person ("Lee's lawyer, Bo Chen", "a lawyer for Kestrel's shareholders") and a
private job after a place ("a Chicago lawyer") give no role here."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.discourse import DocContext, resolve_subject
from extractor.facts.named_owners import tagged_org
from extractor.facts.title_owners import OWNER_PREPOSITIONS, possessor_owner
from extractor.lexicons import any_words, words

HOLDER_LABELS = ("ORG", "GPE")
MODIFIER_DEPS = ("amod", "compound", "nmod")


def apposed_role(person: Token, ctx: DocContext) -> tuple[list[Token], str] | None:
    """The words of the first post set beside `person` whose holder is written, with that holder."""
    for title in _apposed_heads(person):
        if _held_before(title) or title.tag_ in ("NNS", "NNPS"):
            continue
        holder = _holder(title, ctx)
        if holder is not None:
            return _title_words(title, ctx), holder
    return None


def second_posts(person: Token, ctx: DocContext) -> list[tuple[list[Token], str]]:
    """ "Ann Lee, a partner at Kestrel and a co-founder of Brandt Labs", "Bo Chen, chief executive of Kestrel
    and chairman of Brandt": a title joined to the post set beside the person that names a holder of its own is
    a second role, at that holder. A joined title with no holder of its own shares the first one's ("president
    and chief operating officer of Kestrel") and is read with it."""
    posts = []
    for title in _apposed_heads(person):
        first = _holder(title, ctx)
        for joined in _joined_titles(title):
            if _held_before(joined) or joined.tag_ in ("NNS", "NNPS"):
                continue
            holder = _own_holder(joined, ctx)
            if holder is not None and holder != first:
                posts.append(([*_hyphen_prefix(joined), *_modifiers(joined), joined], holder))
    return posts


def _hyphen_prefix(title: Token) -> list[Token]:
    """ "co-founder", "vice-chairman": the tokenizer splits a hyphened title, and the parse may hang its head
    apart from its first part; the first part and the hyphen belong to the title."""
    doc = title.doc
    if title.i >= 2 and doc[title.i - 1].text == "-" and doc[title.i - 2].is_alpha:
        return [doc[title.i - 2], doc[title.i - 1]]
    return []


def _holder(title: Token, ctx: DocContext) -> str | None:
    """Who holds a title: its possessor, its proper-noun modifier, else its of/at/for phrase's organization."""
    return _possessor_holder(title, ctx) or _modifier_holder(title, ctx) or _phrase_holder(title, ctx)


def _joined_titles(title: Token) -> list[Token]:
    """Titles joined to `title`: its conjuncts, and a conjunct the parse hangs on the object of its holder
    phrase ("chief executive of Kestrel and chairman of Brandt": "chairman" joined to "Kestrel")."""
    joined = [c for c in title.children if c.dep_ == "conj" and _is_head(c)]
    for prep in (c for c in title.children if c.dep_ == "prep" and c.lower_ in OWNER_PREPOSITIONS):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            joined += [c for c in obj.children if c.dep_ == "conj" and _is_head(c)]
            joined += [c for c in obj.children if c.dep_ == "appos" and _is_head(c) and _split_conjunct(c)]
    return joined


def _split_conjunct(head: Token) -> bool:
    """ "at Kestrel and a co-founder of Brandt": the first part of a hyphened title is the conjunct and its head
    an apposition beside it, both hung on the same word."""
    doc = head.doc
    if head.i < 2 or doc[head.i - 1].text != "-":
        return False
    first = doc[head.i - 2]
    return first.dep_ == "conj" and first.head == head.head


def _own_holder(title: Token, ctx: DocContext) -> str | None:
    """The holder a title names itself: its possessor or its of/at/for phrase (not a modifier, which a joined
    title shares with the first: "the Kestrel president and chief executive")."""
    return _possessor_holder(title, ctx) or _phrase_holder(title, ctx)


def _is_head(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in any_words("role_nouns", "title_heads")


def _apposed_heads(person: Token) -> list[Token]:
    """Title nouns in apposition to the person: the one the name is set beside ("Kestrel's counsel, Ann Lee";
    a place's post written so is read in government_posts) and those set beside the name ("Ann Lee, the
    regulator")."""
    before = person.doc[person.left_edge.i - 1] if person.left_edge.i > 0 else None
    set_off = before is not None and before.text == ","  # "chief financial officer Bo Chen" is no apposition:
    beside = person.dep_ == "appos" and set_off and _is_head(person.head)  # the parse may hang it on an earlier title
    return ([person.head] if beside else []) + [c for c in person.children if c.dep_ == "appos" and _is_head(c)]


def _held_before(title: Token) -> bool:
    """ "a former director", "ex-chairman", "the then president": a post given up (optional in the gold)."""
    before = words("past_post_modifiers")
    doc = title.doc  # the tokenizer splits "ex-official" into "ex", "-", "official"
    split_ex = title.i >= 2 and doc[title.i - 1].text == "-" and doc[title.i - 2].lower_ == "ex"
    return any(c.lower_ in before for c in title.lefts) or title.lower_.startswith("ex-") or split_ex


def _possessor_holder(title: Token, ctx: DocContext) -> str | None:
    """ "Kestrel's president": the organization that possesses the title."""
    possessor = next((c for c in title.children if c.dep_ == "poss"), None)
    return possessor_owner(possessor, ctx) if possessor is not None else None


def _modifier_holder(title: Token, ctx: DocContext) -> str | None:
    """ "Ostrava's attorney general", "the Ostrava insurance commissioner": a place or an organization that
    possesses or modifies the title; never a person ("Lee's lawyer")."""
    place_held = _place_may_hold(title)
    for child in title.lefts:
        if child.dep_ not in ("poss", *MODIFIER_DEPS):
            continue
        cluster = ctx.entities.at(child.i)
        if child.ent_type_ == "NORP":
            continue  # "the Libertarian spokeswoman": a party or nationality holds no post
        if cluster is None or cluster.agency or cluster.label not in HOLDER_LABELS:
            continue
        if cluster.label == "ORG" or (place_held and (child.dep_ == "poss" or _public(title))):
            return cluster.name
    return None


def _place_may_hold(title: Token) -> bool:
    """A place holds a post it possesses ("Norland's chief adviser") or a public post it is written before ("the
    Norland insurance commissioner"), never one after "a"/"an": "a Chicago lawyer" and even "a Norland
    regulator" say where someone works or comes from, not whose post it is."""
    return not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in title.lefts)


def _public(title: Token) -> bool:
    return title.lemma_.lower() in words("public_posts")


def _phrase_holder(title: Token, ctx: DocContext) -> str | None:
    """ "a planner of routes for the firm", "speaker of the Ostrava assembly": the of/at/for/with phrase's
    object when it is itself an organization, a place or an organization noun the story resolves ("the
    firm"); not a noun the organization only modifies ("a lawyer for Kestrel's former chief executive", "for
    Kestrel shareholders"), whose post it is not."""
    for prep in (c for c in title.children if c.dep_ == "prep" and c.lower_ in OWNER_PREPOSITIONS):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            workplace = _workplace(obj)  # "head of new projects at Kestrel": the at-phrase of the of-object
            for place in (obj, *([workplace] if workplace is not None else [])):
                if (named := tagged_org(place, ctx.entities)) is not None:
                    return resolve_subject(place, ctx) or named
            cluster = ctx.entities.at(obj.i)
            if cluster is not None and cluster.label == "GPE":
                return cluster.name
            if cluster is None and _bare_org_noun(obj):
                return resolve_subject(obj, ctx)
    return None


def _workplace(noun: Token) -> Token | None:
    """The object of an at-phrase on `noun`: where the post is held; a for- or of-phrase there would name
    whom the work serves ("a lawyer for shareholders of Kestrel")."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "at"), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None


def _bare_org_noun(noun: Token) -> bool:
    """ "the firm", "the bank": an organization noun with nothing but its article; "the trade group" or "a
    rival bank" describe some other body."""
    bare = all(c.dep_ == "det" for c in noun.lefts)
    return bare and noun.tag_ == "NN" and noun.lemma_.lower() in words("org_nouns")


def _title_words(title: Token, ctx: DocContext) -> list[Token]:
    """The title as written: the lower-case words right before the head ("chief financial officer",
    "insurance commissioner"), an of-phrase that is no holder ("head of research"), and a title
    conjoined with it ("president and chief operating officer")."""
    tokens = [*_modifiers(title), title]
    of_phrase = next((c for c in title.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of_phrase is not None and not any(ctx.entities.at(t.i) is not None for t in of_phrase.subtree):
        kept = [t for t in of_phrase.subtree if not t.is_punct and t.pos_ != "DET"]
        tokens += kept if len(kept) <= 4 else []
    first = _holder(title, ctx)
    for conj in (c for c in title.children if c.dep_ == "conj" and _is_head(c)):
        if _own_holder(conj, ctx) not in (None, first):
            continue  # "a partner at Kestrel and a co-founder of Brandt": a second post, read by `second_posts`
        cc = next((c for c in title.children if c.dep_ == "cc" and c.i < conj.i), None)
        tokens += ([cc] if cc is not None else []) + [*_modifiers(conj), conj]
    return tokens


def _modifiers(head: Token) -> list[Token]:
    """The lower-case describing words that run up to the head ("chief banking")."""
    run: list[Token] = []
    for token in reversed(list(head.doc[head.left_edge.i : head.i])):
        if not (token.is_lower and token.is_alpha and token.dep_ in MODIFIER_DEPS and token.pos_ != "DET"):
            break
        if token.i > 0 and token.doc[token.i - 1].text == "-":
            break  # "Paris-born", "hard-nosed": half of a hyphened describing word, no part of the title
        run.insert(0, token)
    return run
