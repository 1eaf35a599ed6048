"""A trade group or private board that publishes figures ("the Harlow Lenders Association said") is their
source, like a public statistics body, but unlike a public body it need not belong to one nation: an airline
federation or a bullion institute reports the world's figures, an Iowa growers' association one state's. So
its figures go to a country only when the group is tied to that nation (salience._body_country)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extractor.lexicons import table, words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from extractor.mentions.entity_clusters import EntityCluster


def is_data_group(cluster: EntityCluster | None) -> bool:
    """A trade group or private board by the last word of its name (`data_group_nouns`), or a body the text
    describes as one beside its name ("research firm Quillon said", "Quillon, an industry group")."""
    if cluster is None:
        return False
    return cluster.name.split()[-1].lower() in words("data_group_nouns") or _described_as_data_group(cluster)


DESCRIPTOR_LINKS = frozenset({"compound", "appos"})  # "research firm Quillon", "Quillon, a research firm"


def _described_as_data_group(cluster: EntityCluster) -> bool:
    """A mention whose name carries a descriptor noun (`data_group_descriptor_heads`) modified by a word of
    research, trade or industry (`data_group_descriptor_modifiers`): the name is a body that tracks a market, not
    a company selling in it. A bare "firm" or "group" says nothing, and "data provider" or "consulting firm"
    name companies that report their own results."""
    return any(_is_data_group_descriptor(t) for m in cluster.mentions for t in _descriptors(m.root))


def _descriptors(root: Token) -> list[Token]:
    """The nouns hung on the name's head as a compound before it or an apposition after it, or the noun the
    name is apposed to ("research firm Quillon said", parsed with the name as the descriptor's apposition)."""
    nouns = [c for c in root.children if c.dep_ in DESCRIPTOR_LINKS]
    if root.dep_ == "appos":
        nouns.append(root.head)
    return [t for t in nouns if t.pos_ in ("NOUN", "PROPN")]


def _is_data_group_descriptor(token: Token) -> bool:
    """ "research firm", "trade group", "industry association": a descriptor head with its modifier."""
    if token.ent_type_:
        return False  # a word of another name, not a descriptor
    if token.lemma_.lower() not in words("data_group_descriptor_heads"):
        return False
    modifiers = words("data_group_descriptor_modifiers")
    return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in modifiers for c in token.children)


def tied_to_nation(group: EntityCluster, country: EntityCluster, written: bool) -> bool:
    """Whether the group's figures belong to `country`: never when the group or a sentence naming it speaks of
    the world or a region ("Airlines worldwide will lose ...", "the Corliss International Freight Federation");
    else when the text writes the country as a holder or nationality (`written`: "U.S. home loans",
    "Freedonia's exports"), a sentence naming the group or the group's name carries it ("Freedonian builders
    ..., the Quendry Housing Federation said", "the Freedonian Bankers Association") or the group calls itself
    or its figures national ("the National Lenders Board", "nationwide listings"). A country known only from
    the dateline's capital is not enough: a worldwide group is often based in a capital."""
    if _speaks_worldwide(group):
        return False
    return written or _names_country(group, country) or _speaks_nationally(group)


def _speaks_worldwide(group: EntityCluster) -> bool:
    """A word of the world or a region (`worldwide_words`) in the group's name or in a figure's own phrase in a
    sentence naming it ("Global demand ... will grow 9 percent", "Airlines around the world will lose $2 billion");
    one elsewhere in the sentence ("despite global shortages", "the weakest since the global slump") is
    background that says nothing of whose figure it is. "the world's biggest economy", where the world owns a
    superlative, is no worldwide figure."""
    worldwide = words("worldwide_words")
    if any(w.lower() in worldwide for w in group.name.split()):
        return True
    return any(
        t.lemma_.lower() in worldwide and t.dep_ != "poss" and _scopes_a_figure(t)
        for m in group.mentions
        for t in m.sent
    )


NOUN_PHRASE_LINKS = frozenset({"amod", "compound", "nmod", "advmod", "pobj", "appos"})  # a word inside its phrase
MEASURED_LINKS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})  # the thing a figure measures, or the amount
FIGURE_ENTITIES = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY"})
CLAUSE_LINKS = frozenset({"ccomp", "advcl", "conj", "relcl", "parataxis", "csubj"})


def _scopes_a_figure(token: Token) -> bool:
    """The word modifies the phrase of a figure: climbing through modifiers and prepositional phrases of nouns
    it reaches the verb of a number, or a noun that is the subject or object of a clause carrying a number, or
    it is itself the place of a verb's figure ("rose 3 percent across the world"). A prepositional phrase on
    the verb stops the climb: "fell 3 percent despite global shortages" says why, not where."""
    head = token
    while head.dep_ in NOUN_PHRASE_LINKS and head.head.i != head.i:
        parent = head.head
        if head.dep_ == "pobj" and parent.dep_ == "prep" and parent.head.pos_ in ("NOUN", "PROPN"):
            head = parent.head  # "airlines around the world": inside the noun phrase
            continue
        if head.dep_ == "pobj":
            return head is token and parent.dep_ == "prep" and _carries_a_figure(parent.head)
        head = parent
    if head.pos_ in ("VERB", "AUX"):
        return head is not token and _carries_a_figure(head)
    if head.pos_ not in ("NOUN", "PROPN") or head.dep_ not in MEASURED_LINKS:
        return False  # "sank 11 percent, the steepest slide since the global downturn": a comparison, no holder
    return _carries_a_figure(head) or _carries_a_figure(head.head)


def _carries_a_figure(token: Token) -> bool:
    """A verb or noun with an amount, a percentage or a count in its phrase (not a year)."""
    if token.pos_ not in ("VERB", "AUX", "NOUN", "PROPN"):
        return False
    own = [c for c in token.children if c.dep_ not in CLAUSE_LINKS]  # "said" is not the figure of its report
    return any(t.ent_type_ in FIGURE_ENTITIES for c in own for t in c.subtree)


def _speaks_nationally(group: EntityCluster) -> bool:
    """A word of one nation (`national_words`: "National", "nationwide", "the nation's") in the group's name or
    in a sentence naming it."""
    national = words("national_words")
    if any(w.lower() in national for w in group.name.split()):
        return True
    return any(t.lemma_.lower() in national for m in group.mentions for t in m.sent)


def _names_country(group: EntityCluster, country: EntityCluster) -> bool:
    """A word of the group's name or of a sentence naming it names the country, as the country, a nationality
    or a short form ("Freedonian", "U.S.")."""
    written = [*group.name.split(), *(t.text for m in group.mentions for t in m.sent)]
    return any(_country_of(word) == country.name.lower() for word in written)  # not its aliases: the dateline


def _country_of(word: str) -> str | None:
    """The country a word names, lower-cased: itself, or the country of a nationality or a short form."""
    lower = word.lower().removesuffix("'s")
    row = table("nationality_countries").get(lower) or table("place_aliases").get(lower)
    return row[0].lower() if row else lower
