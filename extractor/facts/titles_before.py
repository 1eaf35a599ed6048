"""A title written before a person's name: "Brandt Co chief executive Ann Lee", "Quillan analyst Jo Marr",
"analyst Todd Brin of Hallow Research". The title's words and the organization it names, if any."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.described_titles import AFFILIATION_PREPOSITIONS
from extractor.facts.discourse import DocContext
from extractor.facts.given_posts import OFFICER_SHORT_FORMS
from extractor.facts.story_orgs import org_named_by
from extractor.facts.title_owners import POSSESSIVE_PRONOUNS, possessor_owner
from extractor.facts.titled_names import named_run_of_place, ticker_before
from extractor.lexicons import table, words
from extractor.mentions.entity_clusters import EntityCluster
from extractor.mentions.relative_phrases import WEEKDAYS


def title_before(mention: Span, title_words: frozenset[str], ctx: DocContext) -> tuple[list[Token], str | None] | None:
    doc = mention.doc
    tokens: list[Token] = []
    org = None
    area: bool | str = False  # True after an analyst's area, "post" after an officer's
    i = mention.start - 1
    if i > mention.sent.start and doc[i].text == "," and doc[i - 1].lower_ in title_words:
        i -= 1  # "Its chief executive, Tom Baker,"
    while i >= mention.sent.start:
        t = doc[i]
        if tokens and (opening := ticker_before(t)) is not None:
            i = opening  # "Brandt Co ( BRD.N ) Chief Executive": the company is before its ticker
            continue
        linking = t.lower_ in ("and", "&", "of", "-", *FORMER) or t.lower_ in words("temporary_post_modifiers")
        title_word = _title_word(t, title_words) or (linking and tokens)  # "Halden acting director": Halden's
        if title_word and not area:  # no title word before the area: "Brandt Partners equities strategist"
            tokens.insert(0, t)
        elif title_word and area == "post" and t.is_lower:
            tokens.insert(0, t)  # "its chief investment officer": an officer's title goes on around its area
        elif _area_of_expertise(t, tokens):
            tokens.insert(0, t)  # "Brandt Co credit analyst", "Quillan bank economist": the area is part of the title
            area = True
        elif _area_of_post(t, tokens):
            tokens.insert(0, t)  # "Brandt's finance chief"
            area = "post"
        elif tokens and t.lower_ in words("title_skipped_modifiers"):
            pass  # "Kestrel's new chief executive": the post is the same
        elif tokens and (possessive := _possessive(t)) is not None:
            org = possessor_owner(possessive, ctx)  # "Quillby's chief executive", "its chairman"
            break
        elif tokens and (owner := _possessor_past_modifiers(t, mention.start, ctx)) is not None:
            org = owner  # "Norvale's U.S. sales chief": the possessor's post, the place only describes it
            break
        elif (cluster := ctx.entities.at(t.i)) is not None and _employer_before(cluster, tokens):
            org = cluster.name
            break
        else:
            org = _untagged_firm_before(t, tokens, ctx)  # "Quillan analyst Jo Marr", the firm left untagged
            org = org or (named_run_of_place(t, ctx) if tokens else None)  # "Bank of Freedonia Governor"
            break
        i -= 1
    while tokens and tokens[0].lower_ in ("and", "&", "of", "-"):
        tokens.pop(0)
    if not any(singular(t) in words("role_nouns") or t.lower_ in OFFICER_SHORT_FORMS for t in tokens):
        return None
    before = doc[i] if i >= mention.sent.start and org is None else None
    if before is not None and _describes_an_organization(tokens, before):
        return None
    return tokens, org or _employer_after(mention, ctx)


def _possessive(token: Token) -> Token | None:
    """The possessor a title is written after: the name before "'s", or "its", "their", "whose"."""
    if token.tag_ == "POS" and token.i > token.sent.start:
        return token.doc[token.i - 1]
    return token if token.dep_ == "poss" and token.lower_ in (*POSSESSIVE_PRONOUNS, "whose") else None


MAX_POST_MODIFIERS = 4  # "Kestrel's new global equities sales head": more words are rarely one noun phrase
PLACE_ENTITIES = ("GPE", "NORP", "LOC")


def _possessor_past_modifiers(last: Token, phrase_end: int, ctx: DocContext) -> str | None:
    """ "Norvale's U.S. sales chief", "Brindle's Swiss-born head": the organization of a possessor written before
    a title and up to four words that only describe the post (a place, a nationality, an adjective, a noun), each
    hung inside the phrase that ends before token `phrase_end` (the name). `last` is the word right before the
    title's words; a place there is no employer when a possessor owns the whole phrase."""
    token, modifiers = last, 0
    while modifiers < MAX_POST_MODIFIERS and _post_modifier(token, phrase_end):
        token, modifiers = token.doc[token.i - 1], modifiers + 1
    possessor = _possessive(token) if modifiers else None
    if possessor is None or not token.i < possessor.head.i < phrase_end:
        return None  # the possessor must own a word of the title's phrase, not a noun before it
    if possessor.ent_type_ == "PERSON":
        return None  # "Senator Dana Kell's Ohio campaign chief": a person's aide, told elsewhere if at all
    return possessor_owner(possessor, ctx)


def _post_modifier(token: Token, phrase_end: int) -> bool:
    """A word that describes a post and names no employer: no organization or person, hung inside the phrase."""
    if token.i <= token.sent.start or not token.i < token.head.i < phrase_end:
        return False
    if token.ent_type_ and token.ent_type_ not in PLACE_ENTITIES:
        return False
    describing = token.pos_ in ("ADJ", "NOUN") or token.tag_ in ("VBN", "HYPH")
    return describing or token.ent_type_ in PLACE_ENTITIES


def _untagged_firm_before(last: Token, title: list[Token], ctx: DocContext) -> str | None:
    """The run of title-case proper nouns that no entity covers, ending right before a title: the firm the
    person speaks for ("Quillan analyst"), or works for ("Kestrel chief executive"), where the tagger read
    the firm's name as a proper noun (any title) or as another word (an analyst's, economist's or
    strategist's only, as the firm is then the only holder such a title can have)."""
    firm = any(t.lower_ in words("firm_titles") for t in title)
    if not title:
        return None
    run: list[Token] = []
    token, opening = last, last.sent.start  # the title's own sentence: a heading before it names no firm
    while token.i >= opening and _firm_name_word(token) and (firm or token.pos_ == "PROPN"):
        cluster = ctx.entities.at(token.i)
        if cluster is not None and not _firm_cluster(cluster) or token.lower_ in words("title_words"):
            return None
        run.insert(0, token)
        token = token.doc[token.i - 1]
    if run and token.i == opening and token.is_title and token.is_alpha and not token.is_stop:
        run.insert(0, token)  # "Brindle Research analyst" opening a sentence: the tagger's odd first word
    if run and not firm and run[0].is_sent_start and ctx.entities.at(run[0].i) is None and title[0].is_lower:
        return None  # "Portfolio manager Dan Fisk said": a capital at the sentence start names no firm by itself
    if run and not firm and run[0].i > run[0].sent.start and run[0].doc[run[0].i - 1].lower_ == "of":
        return None  # "Bank of Freedonia Governor": the end of a longer name (`named_run_of_place`)
    written = " ".join(t.text for t in run)
    return _known_org_starting(written, ctx) or written if 0 < len(run) <= 3 else None


def _known_org_starting(written: str, ctx: DocContext) -> str | None:
    """The organization of the story a run of names before a title stands for: one of that name; else the
    longest one the run begins with ("Brandt Finance Director": Brandt's, the area written in capitals);
    else the one organization whose name begins with the run ("Harlow" for Harlow Mining)."""
    named = org_named_by(written, ctx)
    if named == written:
        return written
    orgs = {c.name for c in ctx.entities.clusters if c.label == "ORG" and not c.agency}
    begun = [name for name in orgs if written.startswith(name + " ")]
    return max(begun, key=len) if begun else named


def _firm_name_word(token: Token) -> bool:
    """A title-case word of a firm's name, whatever the tagger made of it ("Varnholt" as an adjective,
    "Quillmark" as a noun); at the start of a sentence only a proper noun or a tagged name ("Independent
    analyst" is no firm), never a nationality or a place's short form ("German economist"), and never a day,
    a month or another date or time ("On Friday acting chairman", "In March chief executive": the time of
    the news, the title's owner then found as without a firm, e.g. an of-phrase after the name)."""
    if not token.text[:1].isupper() or not token.is_alpha and token.pos_ != "PROPN":
        return False
    if token.ent_type_ in ("DATE", "TIME") or token.lower_ in WEEKDAYS or token.lower_ in table("month_names"):
        return False
    if token.is_sent_start and token.pos_ != "PROPN" and token.ent_type_ not in ("ORG", "PERSON", "NORP"):
        return False
    return token.lower_ not in table("nationality_countries") and token.lower_ not in table("place_aliases")


def _firm_cluster(cluster: EntityCluster) -> bool:
    """A name tagged as an organization, or as a group of people ("Hallam analyst" read as a nationality)
    that is no nationality the lexicon knows."""
    return cluster.label in ("ORG", "NORP") and cluster.name.lower() not in table("nationality_countries")


def _area_of_expertise(token: Token, title: list[Token]) -> bool:
    """ "credit", "equities", "financial institution" before an analyst, economist or strategist title: a
    lower-case noun or adjective of the title's own phrase (at most three), not a verb or a determiner."""
    if not any(t.lower_ in words("firm_titles") for t in title) or title[0].lower_ in ("and", "&", "of", "-"):
        return False
    areas = sum(1 for t in title if t.lower_ not in words("title_words"))
    attached = token.dep_ in ("compound", "amod", "nmod") and token.head.i > token.i
    return token.is_lower and token.is_alpha and token.pos_ in ("NOUN", "ADJ") and attached and areas < 3


def _area_of_post(token: Token, title: list[Token]) -> bool:
    """ "finance chief", "competition chief", "sales director": one or two lower-case nouns compounded into an
    officer's title name the post's area (an analyst's area is `_area_of_expertise`)."""
    if not title or title[0].lower_ in ("and", "&", "of", "-") or any(t.lower_ in words("firm_titles") for t in title):
        return False
    areas = sum(1 for t in title if t.lower_ not in words("title_words"))
    compounded = token.dep_ == "compound" and token.head in title
    an_area = token.lemma_.lower() not in words("org_nouns")  # "regulator head": the head of a body, no area
    return token.is_lower and token.is_alpha and token.pos_ == "NOUN" and compounded and areas < 2 and an_area


def _title_word(token: Token, title_words: frozenset[str]) -> bool:
    """A word of a title, also in the plural before a list of names ("partners Ann Lee and Bo Chen")."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.lower_ == "co" and (following is None or following.text != "-"):
        return False  # "Brandt & Co analyst": the legal suffix; only "co-chief" makes it a title's prefix
    plural_noun = token.tag_ in ("NNS", "NNPS") or token.pos_ == "PROPN" and token.lower_.endswith("s")
    return token.lower_ in title_words or plural_noun and singular(token) in title_words


def singular(token: Token) -> str:
    """ "economists" -> "economist", also a capitalized plural the tagger read as a name ("Partners")."""
    lower = token.lower_
    return lower[:-1] if lower.endswith("s") and not lower.endswith("ss") else lower


def _employer_before(cluster: EntityCluster, title: list[Token]) -> bool:
    """ "Brandt Co chief executive", and "Hale Dorn analyst" with the firm tagged as a person: only a firm
    has analysts, economists or strategists."""
    if cluster.label == "ORG":
        return True
    firm_title = any(t.lower_ in words("firm_titles") for t in title)
    return firm_title and (cluster.label == "PERSON" or _firm_cluster(cluster))


FORMER = ("former", "ex")  # "former editor Ray Dunn": a past post, named as such only before the title


def _describes_an_organization(tokens: list[Token], before: Token) -> bool:
    """ "Nordic publisher Halden", "rival publisher Halden": a title that is also a kind of company
    (org_nouns), itself described by an adjective or noun, names an organization, not a person's post."""
    kinds = words("org_nouns")
    return all(t.lemma_.lower() in kinds for t in tokens) and before.pos_ in ("ADJ", "NOUN", "PROPN")


def _employer_after(mention: Span, ctx: DocContext) -> str | None:
    """ "analyst Todd Brin of Hallow Research", "economist Jo Park at Kestrel Bank": the organization named
    right after the person, which is whom a title before the name belongs to."""
    doc, i = mention.doc, mention.end
    if i >= mention.sent.end or doc[i].lower_ not in AFFILIATION_PREPOSITIONS | {"from"}:
        return None
    for token in doc[i + 1 : min(i + 4, mention.sent.end)]:
        cluster = ctx.entities.at(token.i)
        if cluster is not None:
            return cluster.name if cluster.label == "ORG" else None
        if token.pos_ not in ("DET", "ADJ"):
            return None
    return None
