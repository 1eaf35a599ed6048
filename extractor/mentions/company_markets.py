"""A place that only locates a company's figure: "its Freedonian shipments eased", "Tolliver Freedonian orders
drop" (a headline), "Freedonian sales of Tolliver mowers rose", "Freedonian sales fell 6 percent, Tolliver reported".

A place on an economy noun usually holds an economy-wide figure ("Canadian retail sales rose", "sales of
Freedonian homes"), and a story whose title and lead hold one is an economy story whose figures take the
country. When the text names a company as the noun's owner (a possessor, a name beside the place, the maker
in an "of" phrase) or as the speaker who reports it as its own result, the figure is the company's and the
place is only where it was earned (FACTS.md: business numbers take the company; the place is the location).
The speaker counts only for what a company sells (sales, deliveries, shipments) with no trade's goods named:
a bank that says "Canadian exports rose" reads the economy, "sales of new homes in Freedonia" are an industry
total, and a place's possessive ("Freedonia's exports") always holds.
Economy data keep the country: a statistics body or trade group that reports them ("Canadian retail sales rose,
the statistics agency said") is their source, not their owner, and an industry word ("Canadian industry-wide
van sales") names the market's total whoever reports it.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractor.lexicons import words
from extractor.mentions.entity_ranges import entity_span

OWNER_DEPS = frozenset({"poss", "compound", "nmod"})  # "its Canadian sales", "Brixley Canadian sales"
PHRASE_DEPS = frozenset({"compound", "amod", "nmod", "advmod", "npadvmod", "prep"})  # the noun's own phrase
CLAUSE_CHAIN = frozenset({"conj", "xcomp"})  # "sales fell and profit rose, Brixley said"


def locates_company_figure(noun: Token, place: Token) -> bool:
    """Whether `place`, on the economy noun `noun`, only locates the figure of a company the text names as
    the noun's owner or as the speaker who reports it."""
    if industry_wide(noun) or place.dep_ == "poss":
        return False  # "Canadian industry-wide sales", "Freedonia's exports": the market's own
    place_words = _entity_tokens(place)
    owners = [t for c in noun.lefts if c.dep_ in OWNER_DEPS for t in c.subtree if t.i not in place_words]
    if any(t.dep_ == "poss" and t.pos_ == "PRON" or _is_company(t) for t in owners):
        return True  # "its Canadian sales", "Brixley's Canadian sales", "Tolliver Freedonian orders drop"
    makers = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    if any(_is_company(t) for m in makers if place not in m.subtree for t in m.subtree):
        return True  # "Canadian sales of Brixley vans", "European deliveries of Brixley trucks"
    return sold_noun(noun) and not _goods_named(noun) and _reported_by_company(noun)


def _entity_tokens(token: Token) -> set[int]:
    """The token positions of the named entity the token is part of ("U.S.", "North America")."""
    name = entity_span(token)
    return set(range(name.start, name.end)) if name is not None else {token.i}


def industry_wide(noun: Token) -> bool:
    """ "Canadian industry-wide van sales", "total industry sales", "sales across the industry": the market's."""
    industry = words("industry_wide_words")
    buyers = words("recipient_preps")  # "sales to the airline industry": the industry buys, the seller's sales
    phrase = [c for c in noun.children if c.dep_ in PHRASE_DEPS and not (c.dep_ == "prep" and c.lower_ in buyers)]
    near = [t for c in phrase for t in c.subtree]  # not a clause on the noun
    return any(t.lower_ in industry or t.lemma_.lower() in industry for t in near)


def sold_noun(noun: Token) -> bool:
    """A noun of what a company sells (`market_total_nouns`: sales, deliveries, shipments), not of the economy."""
    nouns = words("market_total_nouns")
    return noun.lemma_.lower() in nouns or noun.lower_ in nouns


def _goods_named(noun: Token) -> bool:
    """ "Canadian van sales", "sales of new homes": a trade's goods make an industry total, whoever reports it."""
    goods = words("industry_goods") | words("commodity_nouns")
    return any(t.lemma_.lower() in goods for c in noun.children if c.dep_ in PHRASE_DEPS for t in c.subtree)


def _reported_by_company(noun: Token) -> bool:
    """ "Freedonian sales fell 6 percent, Tolliver reported": the noun is the subject of a clause that a
    company's reporting verb reports."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    while verb.dep_ in CLAUSE_CHAIN and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in words("reporting_verbs"):
        return False
    speakers = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(_is_company(t) for s in speakers for t in s.subtree)


def _is_company(token: Token) -> bool:
    """A word of an organization's name that is no statistics body, trade group or news agency: "Brixley",
    not "the Trade Department", "the Brixley Dealers Association" or a news agency."""
    if token.ent_type_ != "ORG":
        return False
    name = entity_span(token)
    last = name[-1].lower_ if name is not None else token.lower_
    sources = words("publisher_nouns") | words("data_group_nouns") | words("public_body_words") | words("news_agencies")
    return last not in sources and (name is None or name.text.lower() not in sources)
