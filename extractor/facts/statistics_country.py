"""Economy-wide statistics belong to a country (FACTS.md: "Economy-wide facts ... take the country as subject").

Inflation, GDP, unemployment, payrolls or a trade deficit are never the figures of the central bank that targets
them, the ministry or agency that publishes them, or the bank or company whose economists forecast them: "the
Freedonian central bank said core consumer prices eased 0.2 percent", "Harrow Securities expects unemployment to
reach 9 percent". For such a measured noun (`lexicons/macro_statistics.txt`) only a place among the subject
candidates can hold the figure; when the sentence names none, the story's country does, by the evidence
`story_country` reads.
"""

from __future__ import annotations

import weakref
from collections import Counter
from functools import cache

from spacy.tokens import Doc, Span, Token

from extractor.lexicons import table, words
from extractor.mentions.cluster_lookup import named
from extractor.mentions.data_groups import is_data_group
from extractor.mentions.doc_memo import DocMemo
from extractor.mentions.entity_clusters import EntityCluster
from extractor.mentions.salience import best_evidenced_place, is_economy_noun, is_publisher_name, publisher_reports

PLACE_LABELS = frozenset({"GPE", "LOC"})
PHRASE_DEPS = frozenset({"compound", "amod", "nmod"})
_COUNTRIES: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()  # computed once a story
_NONE = ""


def is_macro_statistic(measured: Token | None) -> bool:
    """ "core consumer prices", "the unemployment rate", "U.S. nonfarm payrolls", "GDP": the measured noun
    with its modifiers ends with an economy-wide statistic ("the inflation target" is a goal, not inflation)."""
    if measured is None:
        return False
    # asked of the same noun by the subject, modality and forecast rules of each of its figures (about three asks
    # in four repeat one), and the answer reads only the parse and the lexicons: worked out once per Doc and noun
    return _MACRO_STATISTICS.get(measured.doc, measured.i, lambda: _is_macro_statistic(measured))


_MACRO_STATISTICS: DocMemo[bool] = DocMemo()


def _is_macro_statistic(measured: Token) -> bool:
    if measured.tag_ in ("NNS", "NNPS") and measured.lemma_.lower() == "economy":
        return False  # "19 leading economies" counts countries; it is no reading of one
    if _set_as_goal(measured):
        return False
    if _statistic_start(measured) is not None:
        return True
    return _moves_a_statistic(measured)


def _phrase_before(measured: Token) -> list[Token]:
    """The measured noun with its modifiers, in text order."""
    modifiers = [t for c in measured.lefts if c.dep_ in PHRASE_DEPS for t in c.subtree if t.i < measured.i]
    return [*sorted(modifiers, key=lambda t: t.i), measured]


def _statistic_start(measured: Token) -> int | None:
    """Where in `_phrase_before` the longest economy-wide statistic that ends the phrase starts, or None."""
    phrase = [t.lemma_.lower() for t in _phrase_before(measured)]
    statistics = words("macro_statistics")
    return next((k for k in range(len(phrase)) if " ".join(phrase[k:]) in statistics), None)


def is_statistic_index(measured: Token | None) -> bool:
    """ "the consumer price index rose 0.6 percent", "the overall CPI index", "the U.S. producer price index": an
    index that is an economy-wide statistic and bears no proper name of its own is the country's reading (FACTS.md:
    economy-wide statistics take the country), not a named index; "the Halden consumer price index" or a compiler's
    acronym before it names an index, which stays the subject of its readings."""
    if measured is None or measured.lemma_.lower() not in words("index_nouns") or _set_as_goal(measured):
        return False
    phrase = _phrase_before(measured)
    start = _statistic_start(measured)
    if start is None or start == len(phrase) - 1:
        return False  # only the index noun itself: no statistic is written
    return not any(_proper_name_word(t) for t in phrase[:start])


def _proper_name_word(token: Token) -> bool:
    """A capitalized word that is no place, nationality or sentence opener: part of an index's own name."""
    if token.ent_type_ in PLACE_LABELS | {"NORP"} or not token.text[:1].isupper():
        return False
    return token.pos_ == "PROPN" and not _opens_sentence(token)


def _moves_a_statistic(measured: Token) -> bool:
    """ "growth in gross domestic product", "the rise in unemployment", "the moving average for jobless
    claims": a noun of change or average (statistic_of_nouns) whose "in"/"of"/"for" phrase is an
    economy-wide statistic reads that statistic."""
    if measured.lemma_.lower() not in words("statistic_of_nouns"):
        return False
    objects = [o for p in measured.children if p.dep_ == "prep" and p.lower_ in ("in", "of", "for") for o in p.children]
    return any(
        o.dep_ == "pobj" and o.lemma_.lower() not in words("statistic_of_nouns") and is_macro_statistic(o)
        for o in objects
    )


HOLDER_LABELS = frozenset({"ORG", "PERSON"})


def is_published_statistic(measured: Token | None, sent: Span, entities) -> bool:
    """ "Retail sales rose 0.5 percent, according to Commerce Department data", "orders fell 2 percent, the
    ministry said": an economy noun (`economy_nouns`) with no organization or person of its own, in a sentence
    whose source is a public statistics body, is a reading of the economy, not a figure of the story's company."""
    if measured is None or not is_economy_noun(measured):
        return False
    if any(c.dep_ == "poss" for c in measured.children):
        return False  # "its sales", "the country's exports": the possessor holds the figure
    if any(_holder_entity(t, entities) for t in measured.subtree if t.i != measured.i):
        return False  # "sales of Norvale cars rose 5 percent, the ministry said" are the company's
    if _acted_on(measured, entities):
        return False  # "the ministry said it would expand spending by 11 trillion won": its own plan
    return any(
        publisher_reports(mention, cluster) and (entities.main_place is not None or not is_data_group(cluster))
        for cluster, mention in entities.mentions_between("ORG", sent.start, sent.end)
    )  # a trade group's reading has a country only where the story's place is one it is tied to (data_groups.py)


def _acted_on(measured: Token, entities) -> bool:
    """The measured noun is the object of a verb whose subject is a pronoun, an organization or a person: the
    actor's own figure ("it will raise spending"), not a reading ("the economy added 69,000 jobs")."""
    if measured.dep_ not in ("dobj", "pobj"):
        return False
    verb = next((t for t in measured.ancestors if t.pos_ in ("VERB", "AUX")), None)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb else None
    return subject is not None and (subject.pos_ == "PRON" or _holder_entity(subject, entities))


def _holder_entity(token: Token, entities) -> bool:
    """An organization or person at the token that is no statistics body: a holder of figures of its own.
    By name (`is_publisher_name`): a trade group or private board counts too, even one that reports no figure
    in the story (DECISIONS, subjects16: a side effect of the data-group lexicon)."""
    cluster = entities.at(token.i)
    return cluster is not None and cluster.label in HOLDER_LABELS and not is_publisher_name(cluster)


def _set_as_goal(measured: Token) -> bool:
    """ "the central bank's aim of 2 percent inflation", "its 2 percent inflation target": a goal
    that a bank or government sets is its own figure (a target of the subject), not the economy's reading."""
    nearby = [measured.head, *measured.head.ancestors][:4]
    return any(t.lemma_.lower() in words("policy_goal_nouns") for t in [*nearby, *measured.rights])


def statistic_holder(
    measured: Token, candidates: list[tuple[float, str | None]], entities, doc: Doc, possessor_weight: float
) -> str | None:
    """The statistic's possessor ("Freedonia's budget deficit", whatever label the tagger gave the name) or
    the best-weighted place among the subject candidates, else the story's country; None when the story
    gives no country, or when the statistic's own holder is a region the tagger did not name ("the euro
    zone's trade surplus", "unemployment in the euro area"): the usual candidates then stand."""
    held = candidate_holder(candidates, entities, possessor_weight)
    if held is not None:
        return held
    if _unnamed_holder(measured, entities):
        return region_holder(measured)
    country = story_country(entities, doc)
    if country is None and not _proper_holder(measured):
        country = written_country(entities, doc)
    return country


def candidate_holder(candidates: list[tuple[float, str | None]], entities, possessor_weight: float) -> str | None:
    """The first candidate that can hold a statistic: a place, or a name weighing as much as a possessor."""
    for weight, name in candidates:
        # a country the lexicons know counts though the story names it only by its nationality ("Colombian")
        if name and (weight >= possessor_weight or _is_place(name, entities) or name in known_countries()):
            return name
    return None


def _proper_holder(measured: Token | None) -> bool:
    """ "EU gross domestic product": a proper name on the statistic names its own holder, whatever the tagger
    read it as; the story's most written country is no evidence for it."""
    return measured is not None and any(c.dep_ in HOLDER_DEPS and c.pos_ == "PROPN" for c in measured.children)


WORLD_WORDS = frozenset({"world", "global", "worldwide"})
EURO_REGION_WORDS = frozenset({"zone", "area"})


def region_holder(measured: Token) -> str | None:
    """The region a statistic's holder words name (NOTES: "euro zone", "world"): "the euro zone's trade
    surplus", "unemployment in the euro area", "global output", "world growth"; None for a region the words
    only point back to ("the region's", "the bloc's"), where the usual candidates stand."""
    if any(c.tag_ == "JJS" for c in measured.children):
        return None  # "the world's biggest economy contracted": a ranked country, not the world
    for token in _holder_tokens(measured):
        lemma = token.lemma_.lower()
        if lemma in WORLD_WORDS:
            return "world"
        euro = any(c.lower_ == "euro" and c.dep_ in PHRASE_DEPS for c in token.children)
        if lemma in EURO_REGION_WORDS and euro:
            return "euro zone"  # "the euro area" is the same region, one canonical name
    return None


REGION_HOLDERS = frozenset({"world", "euro zone"})  # the canonical names `region_holder` gives


def is_place_name(name: str, entities) -> bool:
    """A name that can hold an economy-wide statistic: a country or region, by the tagger's vote or the lexicons."""
    return name in REGION_HOLDERS or name in known_countries() or _is_place(name, entities)


def _is_place(name: str, entities) -> bool:
    """A place by any vote of the tagger ("China's growth" is sometimes read as an organization's) or a
    conventional short form ("U.S.")."""
    if name in _alias_places():
        return True
    return any(any(c.votes[label] for label in PLACE_LABELS) for c in named(entities, name))


@cache
def _alias_places() -> frozenset[str]:
    return frozenset(row[0] for row in table("place_aliases").values())


@cache
def known_countries() -> frozenset[str]:
    """The countries the place lexicons name (of nationalities, short forms, dateline capitals): a name among
    them is a country, never a city or a region, whatever the tagger voted."""
    tables = ("nationality_countries", "place_aliases", "dateline_countries")
    return frozenset(row[0] for name in tables for row in table(name).values())


@cache
def countries_named_without_vote() -> frozenset[str]:
    """The countries a story names without the tagger's place vote: by a conventional short form ("U.S.") or
    by a dateline's capital. Not those only a nationality names: "Cypriot" does not make a "Cyprus" the
    tagger read as a product the story's country (`known_countries` asks what a name is, this whether the
    story's words show it is a place)."""
    return _alias_places() | frozenset(row[0] for row in table("dateline_countries").values())


HOLDER_DEPS = frozenset({"poss", "compound", "nmod"})
HOLDER_PREPS = frozenset({"in", "of", "across"})


def _unnamed_holder(measured: Token, entities) -> bool:
    """A word written as the statistic's holder that names no place the story knows: "the euro zone's",
    "euro area unemployment", "unemployment in the euro zone", "global output", "Freedonian inflation"
    (a nationality the tagger did not tie to a place), "GDP in the 17 countries". "The country's economy"
    is the story's country."""
    return any(_names_another_holder(t, entities) for t in _holder_tokens(measured))


def _holder_tokens(measured: Token) -> list[Token]:
    """The words that can name a statistic's holder: its possessor and modifiers, and the object of "in",
    "of" or "across" on it."""
    holders = [c for c in measured.children if c.dep_ in HOLDER_DEPS | {"amod"}]
    holders += [g for c in measured.children if c.dep_ == "prep" and c.lower_ in HOLDER_PREPS for g in c.children]
    return holders


def _names_another_holder(token: Token, entities) -> bool:
    lemma, cluster = token.lemma_.lower(), entities.at(token.i)
    if lemma in words("region_words"):
        return True  # "the euro zone's", "global output", "the region's": not the story's country
    if cluster is not None:
        return cluster.label == "NORP"  # "Chinese inflation" in a story about another country
    if lemma in words("measure_acronyms"):
        return False  # "the CPI index": the statistic's own acronym names no holder
    if token.tag_ in ("NNS", "NNPS") and lemma in words("country_nouns"):
        return True  # "GDP in the 19 countries that share the euro"
    # a capitalized word the tagger left unnamed ("Freedonian inflation"), not a sentence's first word
    return token.text[:1].isupper() and token.pos_ in ("ADJ", "PROPN") and not _opens_sentence(token)


def _opens_sentence(token: Token) -> bool:
    """The first word of a sentence, also after a dateline ("TOKYO (Reuters) - Core prices ...")."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.is_sent_start or before is None or before.text in ("-", "--") or before.text.isupper()


def story_country(entities, doc: Doc) -> str | None:
    """The country a story's statistics are of, best evidence first: the economy story's place; the place
    in the main organization's name ("Bank of Freedonia", "U.S. Labor Department"); the place holding most
    economy nouns ("Freedonia's exports", "inflation in Freedonia"); the country of a capital in the dateline
    ("OTTAWA (Reuters) -"); the place most often written as a nationality ("U.S. stocks")."""
    if doc in _COUNTRIES:
        return _COUNTRIES[doc] or None
    country = _find_country(entities, doc)
    _COUNTRIES[doc] = country or _NONE
    return country


def _find_country(entities, doc: Doc) -> str | None:
    if entities.main_place is not None:
        return entities.main_place.name
    places = [c for c in entities.clusters if c.label == "GPE" or c.votes["GPE"] and c.label != "PERSON"]
    named = _place_in_name(entities.main_org, places)
    if named is not None:
        return named
    dateline = _dateline_country(entities, doc)
    best = best_evidenced_place(places, {dateline} if dateline else set())
    if best is not None:
        return best.name
    return dateline or _public_body_country(doc, entities)


BODY_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "poss"})


def _public_body_country(doc: Doc, entities) -> str | None:
    """The country most often written on a public body of the story: "the U.S. central bank", "the Greek finance
    ministry", "Freedonia's treasury". An agency's or central bank's own country is the country of the economy it
    reports on or steers, when no other evidence names one. Read once a story, only when nothing else answers."""
    bodies = words("national_body_nouns") | words("state_body_nouns")
    counts: Counter[str] = Counter()
    for token in doc:
        lemma = token.lemma_.lower()
        if lemma not in bodies and not _is_central_bank(token):
            continue
        for modifier in token.children:
            if modifier.dep_ not in BODY_MODIFIER_DEPS or modifier.i > token.i:
                continue
            country = country_of(modifier, entities)
            if country is not None and country in known_countries():
                counts[country] += 1
    return counts.most_common(1)[0][0] if counts else None  # most_common keeps the first found on a tie


NATIONAL_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})


_WRITTEN: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()  # computed once a story


def written_country(entities, doc: Doc) -> str | None:
    """The country a story writes most often before a noun ("U.S. manufactured goods", "German exporters"), the
    parse's "nmod" for "U.S." included: the last evidence for a statistic's country, when the story gives no
    other. Weaker than `story_country`'s evidence, so only statistics read it (not a government post's country)."""
    if doc not in _WRITTEN:
        _WRITTEN[doc] = _modifier_country(doc, entities) or _NONE
    return _WRITTEN[doc] or None


def _modifier_country(doc: Doc, entities) -> str | None:
    counts: Counter[str] = Counter()
    for token in doc:
        if token.ent_iob_ == "I":
            continue  # the last word of a multi-word name (a region's adjective) names no country alone
        if token.dep_ in NATIONAL_MODIFIER_DEPS and token.head.i > token.i and token.head.pos_ in ("NOUN", "PROPN"):
            country = country_of(token, entities)
            if country is not None and country in known_countries():
                counts[country] += 1
    return counts.most_common(1)[0][0] if counts else None


def _is_central_bank(token: Token) -> bool:
    """ "the central bank", "the Freedonian central bank": a bank with a central bank word before it."""
    return token.lemma_.lower() == "bank" and any(
        c.dep_ == "amod" and c.lower_ in words("central_bank_words") for c in token.children
    )


def _place_in_name(org: EntityCluster | None, places: list[EntityCluster]) -> str | None:
    """ "Bank of Freedonia", "the U.S. Labor Department": a place written inside the organization's name."""
    if org is None:
        return None
    name_words = [w.lower().removesuffix("'s") for w in org.name.split()]
    for word in name_words:
        canonical = table("place_aliases").get(word)
        if canonical:
            return canonical[0]
    for place in places:
        for written in (place.name, *place.aliases):
            parts = written.lower().split()
            if any(name_words[k : k + len(parts)] == parts for k in range(len(name_words))):
                return place.name
    return None


def industry_total_place(measured: Token, entities) -> str | None:
    """ "Freedonian new car sales dropped 14 percent", "German car sales rose", "Japanese exports fell" in a company
    story: a place or nationality with a trade's goods (industry_goods, commodity_nouns) before the measured
    noun, or a nationality before a country's trade or market as a whole (`national_measures`: exports, demand),
    names a country's industry total (FACTS.md: country-wide industry totals take the country); "U.S. sales"
    without goods, "its U.S. car sales" and "U.S. demand for Acme's phones" stay the company's."""
    lemma = measured.lemma_.lower()
    macro = is_macro_statistic(measured)  # "house prices in Freedonia": a statistic whatever its head noun
    if not (macro or is_economy_noun(measured) or lemma in words("industry_measures")):
        return None
    modifiers = [c for c in measured.children if c.dep_ in PHRASE_DEPS and c.i < measured.i]
    if any(c.dep_ == "poss" for c in measured.children) or any(_is_goods(c) for c in measured.rights):
        return None
    # the goods may sit one compound deeper: "Freedonian steel pipe imports" (steel -> pipe -> imports)
    goods = [*modifiers, *(g for c in modifiers if c.dep_ == "compound" for g in c.children if g.dep_ == "compound")]
    national = lemma in words("national_measures") and not _names_a_party(measured, entities)
    if not (macro or national or any(_is_goods(c) for c in goods)):
        return None
    located = [g for c in measured.children if c.dep_ == "prep" and c.lower_ in LOCATING_PREPS for g in c.children]
    return next((place for c in modifiers + located if (place := phrase_place(c, entities))), None)


def _names_a_party(measured: Token, entities) -> bool:
    """An organization or person named inside the measured noun's phrase ("demand for Acme's phones")."""
    return any(_holder_entity(t, entities) for t in measured.subtree if t.i != measured.i)


def phrase_place(token: Token, entities) -> str | None:
    """The place a modifier names, its whole adjective phrase read before the single word: a compass word before
    a continent's adjective names that region or country, not what the continent's adjective alone would give."""
    phrase = _adjective_phrase(token)
    if phrase is not None:
        row = table("region_adjectives").get(phrase) or table("nationality_countries").get(phrase)
        if row:
            return row[0]
    return country_of(token, entities) or region_of(token)


def _adjective_phrase(token: Token) -> str | None:
    """The several capitalized words of a modifier: its NORP/LOC/GPE span, or the word with its capitalized
    left modifiers (a compass word before a continent's adjective); None for a single word."""
    span = next((e for e in token.doc.ents if e.start <= token.i < e.end and e.label_ in PHRASE_LABELS), None)
    if span is not None and len(span) > 1:
        return span.text.lower()
    lefts = [c for c in token.lefts if c.dep_ in ("compound", "amod") and c.text[:1].isupper()]
    return " ".join(t.lower_ for t in [*lefts, token]) if lefts else None


PHRASE_LABELS = frozenset({"NORP", "LOC", "GPE"})


def region_of(token: Token) -> str | None:
    """ "European car sales", "Asian fund assets": a region's adjective (`region_adjectives`) names the region."""
    row = table("region_adjectives").get(token.lower_) if token.text[:1].isupper() else None
    return row[0] if row else None


LOCATING_PREPS = frozenset({"in", "across"})  # "retail sales in Freedonia", "unemployment across Freedonia"


def _is_goods(token: Token) -> bool:
    """A trade's goods before the measured noun: "car sales", "retail sales" (read as a noun or an adjective). A
    commodity counts in either reading too: the tagger reads "crude" in "Freedonian crude inventories" as an
    adjective."""
    if token.pos_ not in ("ADJ", "NOUN"):
        return False
    lemma = token.lemma_.lower()
    return lemma in words("industry_goods") or lemma in words("commodity_nouns")


def country_of(token: Token, entities) -> str | None:
    """The country a modifier names: a place the story knows ("U.S."), or a nationality ("German")."""
    cluster = entities.at(token.i)
    if cluster is not None and cluster.label in PLACE_LABELS and token.i not in entities.dateline_tokens:
        return cluster.name
    if token.text[:1].isupper() and (cluster is None or cluster.label == "NORP"):
        country = table("nationality_countries").get(token.lower_)
        return country[0] if country else None
    return None


def _dateline_country(entities, doc: Doc) -> str | None:
    """ "WASHINGTON (Reuters) -": the country whose capital the first dateline names."""
    if not entities.dateline_tokens:
        return None
    tokens = sorted(entities.dateline_tokens)
    first = [tokens[0]]
    for i in tokens[1:]:
        if i != first[-1] + 1:
            break
        first.append(i)
    written = doc[first[0] : first[-1] + 1].text.lower()
    capital = table("dateline_countries").get(written)
    return capital[0] if capital else None
