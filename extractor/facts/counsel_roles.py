"""A lawyer's role: a lawyer holds the post for the client the text names with the title, else at the law firm
named right after the person. The client is an organization: the title's possessor ("Kestrel's lawyer, Bo
Chen"), a name compounded before it ("Kestrel lawyer Bo Chen"), or the object of its for- or representing-phrase
("Bo Chen, a lawyer representing Kestrel"). The law firm: "lawyer Bo Chen of Tasker & Bligh", "Another lawyer, Bo
Chen of Tasker & Bligh". A person client ("Lee's lawyer"), a public post ("attorney general", "U.S. attorney",
"District Attorney"), a past post ("former Kestrel lawyer") and a place before the title ("a Chicago lawyer",
where someone works) give no role here; the public posts are read in government_posts."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.discourse import DocContext, known_name_ending_at
from extractor.facts.named_owners import tagged_org
from extractor.facts.story_orgs import org_named_by
from extractor.facts.title_owners import possessor_owner, proper_run
from extractor.lexicons import words
from extractor.mentions.cluster_lookup import last_word_is

FIRM_PREPOSITIONS = ("of", "at", "with")
MAX_DESCRIBING = 4  # "Canadian-based", "white collar defense": the words between a client and the title


def counsel_role(mention: Span, ctx: DocContext) -> tuple[list[Token], str] | None:
    """The lawyer's title set beside the person `mention` names, with the client or firm it is held for."""
    title = _title_before(mention) or _title_after(mention)
    if title is None or _public_post(title) or _held_before(title):
        return None
    holder = _client_before(title, ctx) or _client_after(title, ctx) or _firm_after(title, mention, ctx)
    return ([title], holder) if holder is not None else None


def _is_counsel(token: Token) -> bool:
    return token.lemma_.lower() in words("counsel_titles") or token.lower_ in words("counsel_titles")


def _title_before(mention: Span) -> Token | None:
    """ "lawyer Bo Chen", "Lee's lawyer, Bo Chen", "Another lawyer, Bo Chen of ...": the title right before."""
    doc, i = mention.doc, mention.start - 1
    if i > mention.sent.start and doc[i].text == ",":
        i -= 1
    return doc[i] if i >= mention.sent.start and _is_counsel(doc[i]) else None


def _title_after(mention: Span) -> Token | None:
    """ "Bo Chen, a lawyer for Lee", "Bo Chen, Lee's defense attorney": the apposed title, after an article,
    describing words and a client's name (whose holder `_client_before` reads)."""
    doc, i = mention.doc, mention.end
    if i >= mention.sent.end or doc[i].text != ",":
        return None
    for token in doc[i + 1 : min(i + 3 + MAX_DESCRIBING, mention.sent.end)]:
        if _is_counsel(token):
            return token
        if not (token.pos_ in ("DET", "PROPN") or token.tag_ == "POS" or token.is_lower and token.is_alpha):
            return None
    return None


def _public_post(title: Token) -> bool:
    """ "Attorney General", "U.S. Attorney", "assistant district attorney": a title written in capitals inside
    the sentence, or after or before a word of a public office, is a public post."""
    doc = title.doc
    following = doc[title.i + 1] if title.i + 1 < len(doc) else None
    if following is not None and following.lower_ in words("public_counsel_words"):
        return True
    if title.text[:1].isupper() and not title.is_sent_start:
        return True
    return any(t.lower_ in words("public_counsel_words") for t in _describing_words(title))


def _describing_words(title: Token) -> list[Token]:
    """The words right before the title that only describe it ("defense", "Canadian-based", "U.S."), up to a
    determiner, a possessive or a name of another kind."""
    run: list[Token] = []
    token = title.doc[title.i - 1] if title.i > title.sent.start else None
    while token is not None and len(run) < MAX_DESCRIBING and _describes(token):
        run.insert(0, token)
        token = token.doc[token.i - 1] if token.i > token.sent.start else None
    return run


def _describes(token: Token) -> bool:
    following = token.doc[token.i + 1]
    hyphened = following.text == "-"  # "Canadian-based": a capital before a hyphen is half a describing word
    lower_word = token.is_lower and token.is_alpha and token.pos_ in ("ADJ", "NOUN", "VERB")
    return lower_word or token.text == "-" or hyphened or token.lower_ in words("public_counsel_words")


def _held_before(title: Token) -> bool:
    """ "former Kestrel lawyer", "the ex-lawyer": a post given up, up to five words before the title."""
    window = title.doc[max(title.sent.start, title.i - 5) : title.i]
    return any(t.lower_ in words("past_post_modifiers") for t in window)


def _client_before(title: Token, ctx: DocContext) -> str | None:
    """ "Lee's lawyer", "Kestrel's outside lawyer", "Kestrel lawyer", "Lee defense lawyer": the possessor or the
    name right before the title and its describing words, an organization or a person (never a place)."""
    describing = _describing_words(title)
    first = describing[0] if describing else title
    if first.i <= first.sent.start:
        return None
    before = first.doc[first.i - 1]
    if before.tag_ == "POS" and before.i > before.sent.start:
        return _client(first.doc[before.i - 1], ctx)
    if before.lower_ in ("its", "their"):
        return possessor_owner(before, ctx)
    return _client(before, ctx)


def _client(token: Token, ctx: DocContext) -> str | None:
    """The organization a name is, also where the tagger missed it here: one the story names elsewhere ending
    with it, or beginning with it ("Brandt" for "Brandt Foods"), unless a person of the story has that surname.
    A person client ("Lee's lawyer") gives no role: tests/facts/test_apposed_roles.py keeps it out."""
    cluster = ctx.entities.at(token.i)
    if cluster is not None:
        return cluster.name if cluster.label == "ORG" and not cluster.agency else None
    if token.pos_ not in ("PROPN", "NOUN") or not token.text[:1].isupper():
        return None  # a noun too: the tagger's reading of a firm's name that opens a sentence
    if any(c.label == "PERSON" for c in last_word_is(ctx.entities, token.text)):
        return None
    return known_name_ending_at(token, ctx) or org_named_by(proper_run(token), ctx)


def _client_after(title: Token, ctx: DocContext) -> str | None:
    """ "a lawyer for Kestrel", "a lawyer representing Ann Lee": the client object of the title's for-phrase or
    representing-clause, itself a name ("for Kestrel's shareholders" names whom the lawyer serves, not Kestrel)."""
    for child in title.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            objects = [c for c in child.children if c.dep_ == "pobj"]
        elif child.dep_ in ("acl", "relcl") and child.lemma_.lower() == "represent":
            objects = [c for c in child.children if c.dep_ == "dobj"]
        else:
            continue
        for obj in objects:
            if (client := _client(obj, ctx)) is not None:
                return client
    return None


def _firm_after(title: Token, mention: Span, ctx: DocContext) -> str | None:
    """ "lawyer Bo Chen of Tasker & Bligh", "Bo Chen, a lawyer with Tasker & Bligh": the organization after the
    person (a title before the name) or after the title, by "of", "at" or "with", past any describing words
    ("of class-action firm Tasker")."""
    doc = mention.doc
    i = mention.end if title.i < mention.start else title.i + 1
    end = mention.sent.end
    if i >= end or doc[i].lower_ not in FIRM_PREPOSITIONS:
        return None
    i += 1
    described = False
    while i < end and (doc[i].pos_ in ("DET", "ADJ") or doc[i].is_lower and doc[i].is_alpha or doc[i].text == "-"):
        described = described or doc[i].lemma_.lower() in words("org_nouns")
        i += 1  # "of the class-action firm": a descriptor before the name
    if i >= end:
        return None
    cluster = ctx.entities.at(doc[i].i)
    if described and cluster is not None and not cluster.agency:
        return cluster.name  # "of law firm Hale Dorn": a firm named like a person, which the tagger took for one
    return tagged_org(doc[i], ctx.entities)
