"""Public posts: "U.S. Commerce Secretary Ann Lee", "Freedonian Finance Minister Bo Chen", "Assistant U.S.
Attorney Jo Marr", "pay czar Ken Dole". A public office before a name is a role of the country it serves
(FACTS.md gold: "defense secretary" of the United States); the department in the title ("Commerce",
"Finance", "Housing and Urban Development") is part of the post, never the role's subject."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractor.facts.discourse import DocContext
from extractor.facts.statistics_country import countries_named_without_vote, known_countries, story_country
from extractor.lexicons import table, words
from extractor.mentions.cluster_lookup import named
from extractor.mentions.legal_names import strip_legal_suffix

PLACE_LABELS = frozenset({"GPE", "NORP"})
LINKING = frozenset({"and", "&", "-"})  # "commerce and banking minister", "secretary-general"
MAX_POST_WORDS = 7
PAST_MARKERS = frozenset({"former", "then"})  # "former president Ana Ruiz": a past post is still named as one


def government_post(mention: Span, ctx: DocContext) -> tuple[str, str | None] | None:
    """(the post as written, lower case; the country) when a public office stands right before the name;
    the country is None when the text names none and the story's country is unknown (no role can be told).
    None when the word before the name is no public office, or the title is a company's ("Brandt Co
    secretary")."""
    doc, sent = mention.doc, mention.sent
    post = mention.start - 1
    elected = _elect_suffix(doc, post, sent.start)
    if post >= sent.start and (doc[post].lower_ in words("head_of_state_titles") or elected):
        return head_of_state(mention, ctx)
    if post > sent.start and doc[post].text == ",":
        post -= 1  # "Deputy Trade Minister, Bo Chen, said"
    first = _office_start(doc, post, sent.start) if post >= sent.start else None
    if first is None:
        return post_after(mention, ctx)
    tokens: list[Token] = list(doc[first : post + 1])
    country = None
    i = first - 1
    while i >= sent.start and len(tokens) < MAX_POST_WORDS:
        token = doc[i]
        place = _country_of(token, ctx)
        if place is not None:
            country = place
            if _title_modifier_before(token):  # "Assistant U.S. Attorney": the place is inside the post
                tokens.insert(0, token)
                i -= 1
                continue
            break
        if token.lower_ in ("'s", "’s") and i - 1 >= sent.start:
            country = _country_of(doc[i - 1], ctx)  # "Freedonia's finance minister"
            if country is None:
                return None  # "Brandt's secretary": an officer of whoever owns the post
            break
        if token.tag_ == "PRP$":
            return None  # "its secretary": the post of the company the pronoun stands for
        if _names_a_company(token, ctx):
            return None  # "Brandt Co secretary Jo Marr": a company's officer
        if not _post_word(token, ctx):
            break
        tokens.insert(0, token)
        i -= 1
    while tokens and tokens[0].lower_ in LINKING:
        tokens.pop(0)
    if country is None and any(t.is_lower and t.lemma_ in words("org_nouns") for t in tokens):
        return None  # "company secretary": a post inside an organization; "(British) Business Secretary" is public
    title = " ".join(t.text for t in tokens).lower().replace(" - ", "-")
    if doc[post].lower_ == "general":
        return title, country  # an attorney general serves a state as often as a country: only a written place
    if doc[post].lemma_.lower() in words("court_posts"):
        return title, _court_country(tokens, country)
    return title, country or _story_place(ctx)


def _court_country(tokens: list[Token], country: str | None) -> str | None:
    """ "U.S. District Judge Ann Lee": a judge serves the country written before the title. With none written
    the story's country is no guide (a foreign court's judge in the story's trial), and a court in the title
    ("bankruptcy court judge") holds the post itself, by a name told elsewhere: no holder then."""
    return None if any(t.lemma_.lower() == "court" for t in tokens) else country


OFFICE_OBJECT_WORDS = 3  # "Secretary of [the] Interior", "Minister of Foreign Affairs"


def _office_start(doc: Doc, post: int, start: int) -> int | None:
    """The first token of a public office ending at `post`: the office noun itself ("Finance Minister"), the
    noun before "General" ("Attorney General", "Solicitor General"), or the office noun before an "of" phrase
    naming the department ("Secretary of State", "Minister of the Interior"); None for no public office."""
    offices = words("government_posts")
    if doc[post].lemma_.lower() in offices:
        return post
    if doc[post].lower_ == "general" and post > start and doc[post - 1].lemma_.lower() in offices:
        return post - 1
    for of in range(post - 1, max(start, post - OFFICE_OBJECT_WORDS - 1), -1):
        words_after = doc[of + 1 : post + 1]
        department = all(t.text[:1].isupper() or t.lower_ in ("the", "and") for t in words_after)
        if doc[of].lower_ == "of" and of > start and department and doc[of - 1].lemma_.lower() in offices:
            return of - 1
    return None


def _elect_suffix(doc: Doc, post: int, start: int) -> bool:
    """ "President-elect Ana Ruiz": a head of state's title with "-elect" is still that post."""
    return (
        post - 2 >= start
        and doc[post].lower_ == "elect"
        and doc[post - 1].text == "-"
        and doc[post - 2].lower_ in words("head_of_state_titles")
    )


def post_after(mention: Span, ctx: DocContext) -> tuple[str, str | None] | None:
    """ "Bo Chen, Freedonia's finance minister,", "Bo Chen, the Freedonian trade minister,": a public post in
    apposition after the name, with the country written before the post."""
    doc, end = mention.doc, mention.sent.end
    i = mention.end + 1
    if i >= end or doc[mention.end].text != ",":
        return None
    if doc[i].lower_ == "the":
        i += 1
    country = _country_of(doc[i], ctx) if i < end else None
    if country is None or country not in known_countries():
        return None
    i += 1
    if i < end and doc[i].lower_ in ("'s", "’s"):
        i += 1
    tokens: list[Token] = []
    while i < end and len(tokens) < MAX_POST_WORDS and _post_after_word(doc[i], ctx):
        tokens.append(doc[i])
        i += 1
    if not tokens or tokens[-1].lemma_.lower() not in words("government_posts"):
        return None  # "Bo Chen, Freedonia's richest man": no public post
    if i < end and doc[i].lower_ in ("'s", "’s"):
        return None  # "Bo Chen, the Freedonian prime minister's aide": the post is the possessor's
    following = ctx.entities.at(i) if i < end else None
    if following is not None and following.label == "PERSON":
        return None  # "Bo Chen, Freedonia's Finance Minister Ann Lee": the post is the next person's
    return " ".join(t.lower_ for t in tokens), country


def _post_after_word(token: Token, ctx: DocContext) -> bool:
    """A word of a post written after the name: "finance", "Trade", "deputy", "and"; no name."""
    cluster = ctx.entities.at(token.i)  # a department the tagger took for an organization is a post word
    named = cluster is not None and cluster.label != "ORG"
    return token.is_alpha and token.pos_ in ("NOUN", "PROPN", "ADJ", "CCONJ") and not named


def head_of_state(mention: Span, ctx: DocContext) -> tuple[str, str | None] | None:
    """ "French President Ana Ruiz", "talks with President Ana Ruiz", "under former president Ana Ruiz": a
    head-of-state title with no organization written before it is the country's (FACTS.md gold: "president" of
    the United States), never the story's company. The country is the place or nationality before the title,
    else the story's; None when a name, noun or possessive stands before the title ("Brandt President", "its
    president", "the bank's president"): an officer of that organization, told by the other title rules."""
    doc, sent = mention.doc, mention.sent
    i = mention.start - 1
    first = i - 2 if _elect_suffix(doc, i, sent.start) else i
    tokens = list(doc[first : i + 1])
    i = first - 1
    if i >= sent.start and doc[i].lower_ in PAST_MARKERS:
        tokens.insert(0, doc[i])
        i -= 1
    title = " ".join(t.lower_ for t in tokens).replace(" - ", "-")
    if i >= sent.start:
        before = doc[i]
        place = _country_of(before, ctx)
        if place is not None:  # "Bank of Dallas President": a city names the bank, not a head of state's country
            after_of = i > sent.start and doc[i - 1].lower_ == "of"
            return (title, place) if place in known_countries() and not after_of else None
        if before.pos_ in ("PROPN", "NOUN", "NUM") or before.tag_ in ("POS", "PRP$") or before.text == ")":
            return None  # ")": "Brandt Co ( BRD.N ) President", a company before its ticker
        if ctx.entities.at(i) is not None:
            return None
    story = _story_place(ctx)  # a city or region the story is told from heads no state
    return title, _country_after(mention, ctx) or (story if story in known_countries() else None)


def _country_after(mention: Span, ctx: DocContext) -> str | None:
    """ "President Ana Ruiz of Freedonia": the country named right after the name."""
    doc, end = mention.doc, mention.sent.end
    if mention.end + 1 >= end or doc[mention.end].lower_ != "of":
        return None
    place = _country_of(doc[mention.end + 1], ctx)
    return place if place in known_countries() else None


def _story_place(ctx: DocContext) -> str | None:
    """The story's country, when it is a place the tagger names as one (not an organization it misread)."""
    country = story_country(ctx.entities, ctx.doc)
    known = named(ctx.entities, country)
    return country if country in countries_named_without_vote() or any(c.label == "GPE" for c in known) else None


def _country_of(token: Token, ctx: DocContext) -> str | None:
    """The country a word names: a place the story knows ("Freedonia", "U.S."), a conventional short form,
    or a nationality ("French", "Irish")."""
    lower = token.lower_
    if lower in table("place_aliases"):
        return table("place_aliases")[lower][0]
    if lower in table("nationality_countries"):
        return table("nationality_countries")[lower][0]
    cluster = ctx.entities.at(token.i)
    if cluster is not None and cluster.votes["GPE"]:
        return cluster.name  # any place vote: "Freedonia's minister" draws an organization's vote as well
    return None


def _title_modifier_before(place: Token) -> bool:
    """ "Assistant U.S. Attorney", "Deputy U.S. Trade Representative": a title word before the place."""
    before = place.doc[place.i - 1] if place.i > place.sent.start else None
    return before is not None and before.lower_ in words("title_words") | {"assistant"}


def _post_word(token: Token, ctx: DocContext) -> bool:
    """A word of the post: a title word ("deputy", "prime"), the department ("Commerce", "finance",
    "Housing and Urban Development") or its linking words; not a person, a verb or punctuation."""
    if token.lower_ in LINKING or token.lower_ in words("title_words") or token.lower_ in ("former", "assistant"):
        return True
    cluster = ctx.entities.at(token.i)
    if cluster is not None and cluster.label in ("PERSON", *PLACE_LABELS):
        return False
    return token.pos_ in ("NOUN", "PROPN", "ADJ") and token.is_alpha


def _department(name: str) -> bool:
    """ "Commerce", "Commerce Department", "U.S. Labor Department": a public department, never a company, even
    when it is the story's main organization."""
    return all(word in words("government_departments") for word in name.lower().split())


def _names_a_company(token: Token, ctx: DocContext) -> bool:
    """The story's company, or a name written with a legal suffix ("Brandt Co"): not a public department."""
    cluster = ctx.entities.at(token.i)
    if cluster is None or cluster.label != "ORG" or _department(cluster.name):
        return False
    return cluster.name == ctx.main_org or any(alias != strip_legal_suffix(alias) for alias in cluster.aliases)
