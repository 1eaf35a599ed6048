"""Facts that are not read from a quantity: numbered ranks, people's roles, and events with a named object."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from spacy.lexeme import Lexeme
from spacy.tokens import Span, Token

from extractor.facts.apposed_roles import apposed_role, second_posts
from extractor.facts.attachment import period_for
from extractor.facts.bid_targets import buying_word, is_bid_target, is_bought, named_bid_target
from extractor.facts.conjoined_employers import conjoined_employers
from extractor.facts.counsel_roles import counsel_role
from extractor.facts.described_titles import described_title_after, employer_at, opens_clause, unnamed
from extractor.facts.discourse import (
    DocContext,
    described_party,
    known_name_ending_at,
    resolve_subject,
    subject_for,
)
from extractor.facts.given_posts import OFFICER_SHORT_FORMS, decider_of, title_given
from extractor.facts.government_posts import government_post
from extractor.facts.grounding import grounded_fact
from extractor.facts.legislators import legislator_post
from extractor.facts.measure_confidence import confidence_weights
from extractor.facts.modality import rank_modality
from extractor.facts.named_owners import tagged_org
from extractor.facts.post_takers import reporting_organization
from extractor.facts.rank_places import place_modifier, placed_field, ranks_the_holder
from extractor.facts.rank_runners_up import parties_ahead
from extractor.facts.rank_scope import (
    hyphen_heads,
    hyphened_superlative,
    is_ordinal,
    ranks_a_party,
    taken_from_group,
)
from extractor.facts.rank_subjects import is_described_subject, is_named_predicate
from extractor.facts.syntax import (
    PERIOD_WORDS,
    governing_verb,
    noun_phrase,
    possessor,
    prep_object,
)
from extractor.facts.title_owners import apposed_post_owner, is_title_noun, title_owner
from extractor.facts.titled_names import (
    list_lead,
    mistagged_titled_names,
    outside_voice,
    untagged_surnames,
    untagged_titled_names,
)
from extractor.facts.titles_before import AFFILIATION_PREPOSITIONS, singular, title_before
from extractor.facts.union_posts import union_post
from extractor.facts.verb_roles import verb_role
from extractor.lexicons import table, words
from extractor.mentions.caps_title_lines import caps_title_lines
from extractor.mentions.cluster_lookup import named
from extractor.mentions.doc_text import doc_text
from extractor.mentions.government_bodies import is_country
from extractor.mentions.periods import PeriodMention
from extractor.mentions.speaker_lines import speaker_lines
from extractor.mentions.token_index import words_where
from extractor.models import Fact, Quantity


@cache  # read for every token of every sentence: built once per process (callers only look words up)
def _ordinals() -> dict[str, int]:
    return {word: int(row[0]) for word, row in table("ordinals").items()}


def _apposed_name(noun: Token, ctx: DocContext) -> str | None:
    """The name a ranked noun phrase stands beside: "Harrow & Co, Freedonia's biggest retailer, said",
    "with Freedonia's No. 2 lender, Pellam Financial": the ranked thing is that name, not the story's company
    (a name that is only a place phrase's object, "In Freedonia, the biggest retailer ...", is not)."""
    doc, sent = noun.doc, noun.sent
    left = noun.left_edge.i
    if left - 2 >= sent.start and doc[left - 1].text == ",":
        before = doc[left - 2]
        cluster = ctx.entities.at(before.i)
        if cluster is not None and not cluster.agency and before.dep_ != "pobj" and cluster.label in APPOSED_LABELS:
            return cluster.name
        if cluster is None and before.pos_ == "PROPN" and before.dep_ != "pobj":
            return known_name_ending_at(before, ctx)
    for child in (t for t in noun.subtree if t.dep_ == "appos" and t.i > noun.i):
        # "the fourth-largest group in Freedonia, Harwick Brands": the parse may hang the name on the place
        cluster = ctx.entities.at(child.i)
        labels = APPOSED_LABELS if child.head == noun else APPOSED_LABELS - {"GPE"}
        if cluster is not None and not cluster.agency and cluster.label in labels:
            return cluster.name
    return None


APPOSED_LABELS = frozenset({"ORG", "PRODUCT", "PERSON", "GPE"})  # "Quillby, the biggest bank": often mislabelled


def _titled_holder(noun: Token, ctx: DocContext) -> str | None:
    """ "data from No. 2 grain buyer Freedonia": a ranked description set as a title before a name ranks that
    name, wherever the name stands in the clause."""
    if noun.dep_ != "compound" or noun.head.pos_ != "PROPN":
        return None
    cluster = ctx.entities.at(noun.head.i)
    return cluster.name if cluster is not None and not cluster.agency and cluster.label in APPOSED_LABELS else None


def rank_facts(sent: Span, periods: list[PeriodMention], ctx: DocContext) -> list[Fact]:
    """ "the sixth firm in the world", "Ostria's fourth-largest bank", "rank number one",
    "the world's largest X"."""
    facts = []
    period_tokens: set[int] = set()
    for m in periods:
        span = sent.doc.char_span(sent.start_char + m.start, sent.start_char + m.end, alignment_mode="expand")
        if span is not None:
            period_tokens.update(range(span.start, span.end))
    for token in words_where(sent, _may_state_rank):  # the other words return None from _rank_at at once
        if token.i in period_tokens:
            continue
        found = _rank_at(token)
        if found is None:
            continue
        position, noun, field_ = found.position, found.noun, found.field
        if noun is None or noun.i in period_tokens or noun.lower_ in PERIOD_WORDS:
            continue
        if not ranks_a_party(noun, token, numbered=token.like_num):
            continue  # "one of the top carmakers", "its lowest reading in a decade": no one party is ranked
        if position == 1 and _may_state_rank(token) and not token.like_num:
            position += parties_ahead(noun)  # "the largest holder after the state": second, behind the state
        subject = beside = _apposed_name(noun, ctx) or _titled_holder(noun, ctx)
        targeted = subject is None and (is_bid_target(noun) or is_bought(noun))
        if targeted:
            subject = named_bid_target(noun, _bidders(noun, token, ctx, sent), ctx)
            if subject is None:
                continue  # "Halvern's bid for (or agreed to buy) the largest toolmaker", no target named: not Halvern's
        elif subject is None and is_described_subject(noun):
            subject = described_party(noun, ctx)  # the description as an anaphor, never a name of its of-phrase
        elif subject is None and noun.dep_ != "appos":
            subject = subject_for(None, governing_verb(token), ctx, sent)
        elif subject is None:
            subject = resolve_subject(noun.head, ctx)
        subject = subject or ctx.main_org
        if subject is None or subject == field_:
            continue  # "valued the largest Freedonian exchange at $2 billion": the place itself is not ranked in it
        unsure = found.placed_only or found.subject_only
        if unsure and beside is None and not targeted and not ranks_the_holder(noun, subject, ctx):
            continue  # "Halvern agreed to buy the top Freedonian dairy group": another party is ranked
        own_subject = named_in(sent, subject, ctx)
        if noun.lemma_.lower() in words("place_ranked_nouns") and not (own_subject and _is_place(subject, ctx)):
            continue  # "the world's second-largest economy" with no country named: whose rank it is goes unsaid
        markers = frozenset(t.i for t in noun.subtree if t.i < noun.i and _states_the_rank(t))
        if found.place is not None:  # "the largest Freedonian lender": "lenders", the place is the field
            markers |= set(range(found.place.start, found.place.end))
        predicate = _plural(noun_phrase(noun, drop_entities=True, skip=markers), noun)
        period, _, _ = period_for(sent.doc[token.i : token.i + 1], periods, sent, kind="rank")
        quantity = Quantity(amount=float(position), surface=token.text)
        facts.append(
            grounded_fact(
                ctx.doc_id,
                sent,
                token.idx,
                kind="rank",
                subject=subject,
                predicate=predicate,
                object=field_,
                value=quantity,
                period=period,
                location=field_ if field_ and _named_field(noun, ctx) else None,
                modality=rank_modality(token, noun),
                confidence=named_confidence(own_subject=own_subject, field=field_ is not None),
            )
        )
    return facts


def _bidders(noun: Token, token: Token, ctx: DocContext, sent: Span) -> set[str]:
    """Who makes the bid (or the purchase) the ranked noun is the target of: the bid's possessor ("Halvern's
    offer") and the party the clause gives ("Halvern made a bid for ..."), which the rank would go to without its
    target."""
    bid = buying_word(noun)
    owner = possessor(bid)
    found = {subject_for(None, governing_verb(token), ctx, sent), resolve_subject(owner, ctx) if owner else None}
    return {name for name in found if name is not None}


def named_in(sent: Span, name: str, ctx: DocContext) -> bool:
    """Whether the sentence itself names the entity (not only the story's main organization by default)."""
    return any((cluster := ctx.entities.at(t.i)) is not None and cluster.name == name for t in sent)


def _is_place(name: str, ctx: DocContext) -> bool:
    """A name the story tags as a place (or a country the lexicons know), not an organization."""
    return any(c.label in ("GPE", "LOC") or is_country(c) for c in named(ctx.entities, name))


def _states_the_rank(token: Token) -> bool:
    """ "No.", "top", "largest", "third": words of the rank itself, not of what is ranked."""
    lower = token.lower_
    split = token.i >= 2 and token.doc[token.i - 1].text == "-" and hyphened_superlative(token.doc[token.i - 2])
    return (
        bool(split)  # "selling" of "top-selling"
        or lower in RANK_MARKERS
        or token.text in (".", "-")
        or token.tag_ == "JJS"
        or lower in words("rank_adjectives")
        or lower in _ordinals()
        or any(part in words("rank_adjectives") or part in _ordinals() for part in lower.split("-"))
    )


def named_confidence(*, own_subject: bool, field: bool = False) -> float:
    """A rank, role or event is surer when the sentence names whose it is than when it falls back on the
    story's main organization; a rank also when it states its field (weights: lexicons/fact_confidence.tsv)."""
    weights = confidence_weights()
    score = weights["named_base"] + weights["named_own_subject" if own_subject else "named_main_org"]
    return round(score + (weights["rank_field"] if field else 0.0), 2)


def _named_field(noun: Token, ctx: DocContext) -> bool:
    """ "Canada's largest bank": the possessor that is the rank's field is a named place or body."""
    name = _titled_name(noun)
    owners = [c for c in (*noun.children, *(name.children if name is not None else ())) if c.dep_ == "poss"]
    return bool(owners) and ctx.entities.at(owners[0].i) is not None


def _plural(phrase: str, noun: Token) -> str:
    """Ranked nouns are named in the plural ("banks", "companies"), as a reader lists the field."""
    if noun.tag_ != "NN" or phrase.endswith("s"):
        return phrase
    if re.search(r"[^aeiou]y$", phrase):
        return phrase[:-1] + "ies"
    if re.search(r"(?:s|x|z|ch|sh)$", phrase):
        return phrase + "es"
    return phrase + "s"


def _may_state_rank(word: Token | Lexeme) -> bool:
    """A number, an ordinal or a superlative ("third", "third-largest", "top"): a test of the word alone."""
    lower = word.lower_
    parts = lower.split("-")
    superlative = lower in words("rank_adjectives") or (len(parts) == 2 and parts[1] in words("rank_adjectives"))
    glued = _glued_number(lower) is not None  # "No.2": the tokenizer keeps the marker and the number together
    return bool(_ordinals().get(parts[0]) or superlative or word.like_num or glued or lower in hyphen_heads())


GLUED_RANK = re.compile(r"no\.(\d{1,2})")


def _glued_number(lower: str) -> int | None:
    """The position of a rank marker written without a space before its number ("No.1", "no.3")."""
    match = GLUED_RANK.fullmatch(lower)
    return int(match.group(1)) if match else None


class RankAt(NamedTuple):
    """A rank a word states: its position, the ranked noun, the field, the place words the field was read from,
    and whether only that place makes the description a rank ("the top Freedonian carmaker")."""

    position: int
    noun: Token | None
    field: str | None
    place: Span | None = None
    placed_only: bool = False
    subject_only: bool = False  # no field, no name: ranked as its clause's subject ("The largest toolmaker said")


def _rank_at(token: Token) -> RankAt | None:
    """The rank `token` states, if any."""
    if not _may_state_rank(token):
        return None  # most words: no number, ordinal or superlative, so no rank (decided before the parse is read)
    lower = token.lower_
    parts = lower.split("-")
    ordinal = _ordinals().get(parts[0])
    superlative = lower in words("rank_adjectives") or (len(parts) == 2 and parts[1] in words("rank_adjectives"))
    # "Ostria's No. 3 carmaker", "placed number two when measured by shipments"
    numbered = _numbered_rank(token)
    if numbered is not None:
        return numbered
    # "fourth-largest bank", "second top brand", "world's largest staffing group"
    # "third-largest carrier" tokenized as third / - / largest
    if ordinal and token.head.tag_ == "JJS" and token.head.head.pos_ == "NOUN" and token.head.i > token.i:
        return _superlative_rank(ordinal, token.head.head)  # "the third-largest Freedonian airline"
    if (hyphened := hyphened_superlative(token)) is not None:
        return _superlative_rank(1, hyphened)  # "its top-selling tablet": the tokenizer split the superlative
    if token.dep_ in ("amod", "compound", "advmod") and token.head.pos_ == "NOUN":
        noun = _compound_head(token.head)  # "the region's biggest futures bourse": the bourse is ranked
        has_ordinal = any(is_ordinal(c.lower_) for c in token.children) or (
            token.i >= 2 and token.doc[token.i - 1].text == "-" and is_ordinal(token.doc[token.i - 2].lower_)
        )
        if superlative and has_ordinal:
            return None  # "fourth-largest": the ordinal states the rank
        if ordinal and len(parts) == 1:
            nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
            if nxt is not None and (nxt.lower_ in words("rank_adjectives") or nxt.tag_ == "JJS"):
                return RankAt(ordinal, noun, _rank_field(noun))
            # "the sixth firm in the world"; not "the third wave", "third-tier cities"
            if noun.lemma_.lower() in words("org_nouns") and _rank_field(noun):
                return RankAt(ordinal, noun, _rank_field(noun))
            # "the top Freedonian carmaker"; a field of its own was read just above, for an organization noun
            return _superlative_rank(ordinal, noun, read_field=False) if superlative else None
        if superlative:
            return _superlative_rank(ordinal or 1, noun)  # "the biggest Freedonian lender"
    return None


def _superlative_rank(position: int, noun: Token, *, read_field: bool = True) -> RankAt | None:
    """The rank a superlative gives its noun: in a stated field ("in the world", "Freedonia's"); of the name
    the noun describes ("Halvern, the top Freedonian rail contractor": the place, if any, is the field); or of a
    business a place word alone ranks ("the top Freedonian carmaker"); or of the party a description of one
    business that is its clause's subject stands for ("The second-largest toolmaker said"). None for "one of the
    biggest" and for a noun with none of these."""
    if taken_from_group(noun):
        return None
    field_ = _rank_field(noun) if read_field else None
    if field_ is not None:
        return RankAt(position, noun, field_)
    if _describes_a_name(noun):
        place = place_modifier(noun)
        return RankAt(position, noun, *place) if place is not None else RankAt(position, noun, None)
    place = placed_field(noun)
    if place is not None:
        return RankAt(position, noun, *place, placed_only=True)
    if is_described_subject(noun):
        return RankAt(position, noun, None, subject_only=True)  # "The second-largest toolmaker said ..."
    return None


def _compound_head(noun: Token) -> Token:
    """The noun a plural compound modifies ("derivatives exchange", "options market"); a singular one is
    often a hyphened modifier of its own ("highest-quality journalism", "third-party brands")."""
    while noun.dep_ == "compound" and noun.tag_ == "NNS" and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
        noun = noun.head
    return noun


def _titled_name(noun: Token) -> Token | None:
    """ "the world's largest phone maker Halvard": the name a ranked noun stands before as its title."""
    return noun.head if noun.dep_ == "compound" and noun.head.pos_ == "PROPN" and noun.head.i > noun.i else None


def _describes_a_name(noun: Token) -> bool:
    """ "Halvern Rail, the top rail contractor, ...", "the top rail contractor Halvern Rail", "Halvern is ranked
    the biggest lender", "Halvern is the biggest lender": a superlative noun in apposition to a name or before it
    as its title, what a ranking verb calls its subject, or a named subject's predicate nominal ranks the
    organization even without a field."""
    if noun.lemma_.lower() not in _rankable_nouns(noun):
        return False
    if is_named_predicate(noun):
        return True  # "Halvern was the largest underwriter of farm bonds"
    if noun.dep_ == "appos" or _titled_name(noun) is not None:
        return noun.head.pos_ == "PROPN"
    ranking = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else noun.head
    return noun.dep_ in ("oprd", "attr", "dobj", "pobj") and ranking.lemma_.lower() == "rank"


def _rankable_nouns(noun: Token) -> frozenset[str]:
    """The nouns a company can be ranked as: organization nouns and makers, sellers and other agent nouns."""
    lemma = noun.lemma_.lower()
    agent = lemma.endswith(("er", "or", "ist")) and len(lemma) > 4  # contractor, carmaker, retailer
    return words("org_nouns") | ({lemma} if agent else frozenset())


RANK_MARKERS = frozenset({"no", "no.", "number", "#"})


def _numbered_rank(token: Token) -> RankAt | None:
    """ "No. 3 carmaker", "the number two maker of trucks", "ranked No. 1 by shipments": a number after a
    rank marker. The ranked noun is the noun the number modifies, else the criterion of the ranking
    ("in terms of X", "by X") on the verb."""
    glued = _glued_number(token.lower_)
    if not token.like_num and glued is None:  # checked first: cheap, and `token.sent` scans the sentence
        return None
    if glued is None:
        previous = [t for t in token.doc[max(token.sent.start, token.i - 2) : token.i] if t.text != "."]
        if not previous or previous[-1].lower_ not in RANK_MARKERS:
            return None
    position = glued if glued is not None else _number_value(token)
    if position is None or not 1 <= position <= 20:
        return None
    ranked = token.head
    while (ranked.text == "." or ranked.lower_ in RANK_MARKERS) and ranked.head.i != ranked.i:
        ranked = ranked.head  # "No . 1 smartphone vendor": the parse may hang the number on the marker
    ranked = _described_noun(token, ranked)
    quantity_noun = ranked.ent_type_ in ("PERCENT", "MONEY", "QUANTITY", "CARDINAL")  # "No. 20 percent"
    if ranked.pos_ == "NOUN" and not quantity_noun and ranked.text != "." and ranked.lower_ not in RANK_MARKERS:
        field_ = _rank_field(ranked)
        place = place_modifier(ranked) if field_ is None else None  # "the No. 2 Freedonian lender"
        if place is None:
            return RankAt(position, ranked, field_)
        return RankAt(position, ranked, *place, placed_only=True)  # another party may be the one ranked
    verb = governing_verb(token)
    criterion = _ranking_criterion(verb) if verb is not None else None
    return RankAt(position, criterion, _rank_field(criterion)) if criterion is not None else None


def _described_noun(number: Token, ranked: Token) -> Token:
    """The common noun a numbered rank describes when the parse hung the number elsewhere: on a modifier
    before it ("No. 2 non-listed carmaker", the number on "non"), or on the name the description is a title of
    ("No. 2 grain buyer Freedonia": the number on the name, the noun its compound)."""
    while ranked.pos_ == "PROPN" and ranked.dep_ in ("nmod", "compound", "amod") and ranked.head.i > ranked.i:
        if ranked.ent_type_:
            break  # a named modifier ("No. 2 Freedonian lender") is a place the rank keeps, not a noun to pass
        ranked = ranked.head
    if ranked.pos_ == "PROPN" and ranked.ent_type_:
        titles = [c for c in ranked.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i > number.i]
        if titles:
            return titles[-1]
    return ranked


def _number_value(token: Token) -> int | None:
    if token.text.isdigit():
        return int(token.text)
    value = table("number_words").get(token.lower_)
    return int(float(value[0])) if value else None


def _ranking_criterion(verb: Token) -> Token | None:
    """ "ranked first in terms of tablet shipments", "is No. 1 by revenue": what a ranking is by."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        if prep.lower_ == "in" and obj.lower_ == "terms":
            return prep_object(obj, ("of",))
        if prep.lower_ == "by" and obj.pos_ == "NOUN":
            return obj
    return None


def _rank_field(noun: Token) -> str | None:
    """Where a rank holds: "in the world", "Canada's", "in the Indian smartphone market"; the parse may hang
    "the world's" on the name a ranked title stands before ("the world's largest phone maker Halvard")."""
    name = _titled_name(noun)
    owners = [c for c in name.children if c.dep_ == "poss"] if name is not None else []
    for child in [*noun.children, *owners]:
        if child.dep_ == "poss":
            return child.text if child.ent_type_ else ("world" if child.lower_ == "world" else None)
        if child.dep_ == "prep" and child.lower_ in ("in", "on", "among"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                if obj.lower_ == "world":
                    return "world"
                return noun_phrase(obj, drop_entities=False) if obj.pos_ in ("NOUN", "PROPN") else None
    return None


def role_facts(sent: Span, ctx: DocContext, seen: set[tuple[str, str]]) -> list[Fact]:
    """ "chairman and CEO Li Jun", "Karl Brenner, chief executive": one role fact per person and title."""
    facts = []
    title_words = words("title_words")
    people = [(c.name, m) for c, m in ctx.entities.mentions_between("PERSON", sent.start, sent.end)]
    text = doc_text(sent.doc)
    spoken = {line.person[0] for line in speaker_lines(text, quoted=False) + caps_title_lines(text)}  # whole text
    people = [(name, m) for name, m in people if m.start_char not in spoken]  # caps_roles reads a speaker line
    mistagged = mistagged_titled_names(sent, ctx)  # "Brandt analyst Ann Lee" with the name tagged as a firm
    for name, mention in people + untagged_titled_names(sent, ctx) + untagged_surnames(sent, ctx) + mistagged:
        public = union_post(mention, ctx) or legislator_post(mention, ctx) or government_post(mention, ctx)
        if public is not None and (public[1] is not None or counsel_role(mention, ctx) is None):
            facts.extend(public_role(sent, ctx, seen, name, mention, *public))
            continue
        written = (
            title_before(list_lead(mention, ctx), title_words, ctx)
            or described_title_after(mention, ctx)
            or _titled_apposition(mention, title_words, ctx)
            or _title_after(mention, title_words, ctx)
            or _apposed_post(mention, title_words, ctx)
        )
        if written is None or written[1] is None:  # "Ann Lee, the Ostrava securities commissioner": the parse
            written = apposed_role(mention.root, ctx) or written  # reads the post and its holder
        if written is None or written[1] is None:  # "Lee's lawyer, Bo Chen": a lawyer's client or law firm
            written = counsel_role(mention, ctx) or written
        given = title_given(mention, title_words, ctx)  # "hired Quillby executive Ann Lee as head of sales": both
        given = None if written and given and given[1] is None else given  # "have Ann Lee as chairman": of whom?
        told = verb_role(mention, ctx)  # "Ann Lee, who heads Brandt Group": a post told by a verb, besides any title
        facts.extend(public_role(sent, ctx, seen, name, mention, *told) if told else [])
        for title_tokens, org in (found for found in (written, given) if found):
            fact = titled_role(sent, ctx, seen, name, mention, title_tokens, org)
            facts.extend([fact] if fact is not None else [])
            # "treasurer of both Alder and Birch": the role at Birch too
            others = conjoined_employers(title_tokens, fact.subject, ctx) if fact is not None else []
            facts.extend(role_fact(sent, ctx, at, o, fact.predicate, name, own_subject=True) for o, at in others)
        for title_tokens, org in second_posts(mention.root, ctx):  # "a partner at A and a co-founder of B"
            fact = titled_role(sent, ctx, seen, name, mention, title_tokens, org)
            facts.extend([fact] if fact is not None else [])
    return facts


def titled_role(
    sent: Span,
    ctx: DocContext,
    seen: set[tuple[str, str]],
    name: str,
    mention: Span,
    tokens: list[Token],
    org: str | None,
) -> Fact | None:
    """The role a title written around a person's name gives, at the organization it names, else at the one
    that reports the news, else (for a title not of an outside voice) at the story's company."""
    title_words = words("title_words")
    while len(tokens) > 1 and tokens[0].lower_ in words("adjectival_titles"):
        tokens = tokens[1:]  # "fellow director Jo Marr": a director like the others
    title = " ".join(singular(t) if singular(t) in title_words else t.lower_ for t in tokens)
    title = re.sub(r"^(?:the|its|a)\s+", "", title.replace(" - ", "-"))
    if (name, title) in seen:
        return None
    seen.add((name, title))
    org = org or _affiliation_after(mention, ctx)
    if not outside_voice(tokens):  # a professor or analyst speaks for a body of their own, not the reporter's
        org = org or _reporter_of(mention, ctx) or decider_of(mention.root, ctx)
    unnamed_body = title in words("body_member_titles")  # "who is a member of the panel": of no body we know
    subject = org or (None if outside_voice(tokens) or unnamed_body else ctx.main_org)
    if subject is None:
        return None
    return role_fact(sent, ctx, mention.start_char, subject, title, name, own_subject=org is not None)


def _reporter_of(mention: Span, ctx: DocContext) -> str | None:
    """ "Quillby said Chief Executive Ann Lee had resigned": the organization that reports what a titled
    person with no organization written does is the one the person works for."""
    person = mention.root
    if person.dep_ not in ("nsubj", "nsubjpass") or person.head.pos_ not in ("VERB", "AUX"):
        return None
    return reporting_organization(person.head, ctx)


def role_fact(
    sent: Span, ctx: DocContext, anchor: int, holder: str, title: str, name: str, *, own_subject: bool
) -> Fact:
    """A role: `name` holds `title` at `holder`, told at character `anchor`, where the person is named."""
    return grounded_fact(
        ctx.doc_id,
        sent,
        anchor,
        kind="role",
        subject=holder,
        predicate=title,
        object=name,
        modality="actual",
        confidence=named_confidence(own_subject=own_subject),
    )


def public_role(
    sent: Span, ctx: DocContext, seen: set[tuple[str, str]], name: str, mention: Span, title: str, holder: str | None
) -> list[Fact]:
    """A role of a named holder (the country a public post serves, the organization a person heads); with no
    known holder, no role is told."""
    if holder is None or (name, title) in seen:
        return []
    seen.add((name, title))
    return [role_fact(sent, ctx, mention.start_char, holder, title, name, own_subject=named_in(sent, holder, ctx))]


def _title_after(mention: Span, title_words: frozenset[str], ctx: DocContext) -> tuple[list[Token], str | None] | None:
    """ "Ann Lee, chief executive" / "Raj Patel, head of consumer lending"."""
    doc = mention.doc
    i = mention.end
    if i >= mention.sent.end or doc[i].text != ",":
        return None
    i += 1
    while i < mention.sent.end and doc[i].lower_ in ("the", "its", "a"):
        i += 1
    tokens: list[Token] = []
    org = None
    leading = ctx.entities.at(i) if i < mention.sent.end else None
    if leading is not None and leading.label == "ORG":
        org = leading.name
        while i < mention.sent.end and (ctx.entities.at(i) is leading or doc[i].lower_ in ("'s", "’s")):
            i += 1
    while i < mention.sent.end:
        t = doc[i]
        if t.lower_ in title_words or (t.lower_ in ("and", "&", "-") and tokens):
            tokens.append(t)
            i += 1
            continue
        described = _words_before_title(doc[i : min(i + MAX_DESCRIBING + 1, mention.sent.end)], title_words)
        if org is not None and described:
            tokens.extend(doc[i : i + described])  # "Ann Lee, Brandt's global sales chief": the post's own words
            i += described
            continue
        if t.lower_ == "of" and tokens and org is None:
            obj = list(doc[i + 1 : min(i + 7, mention.sent.end)])
            clause = next((k for k, o in enumerate(obj) if opens_clause(o)), 6)
            ent = next(
                (
                    ctx.entities.at(o.i)
                    for o in obj[:clause]  # "a member of the family that owns Brandt": no employer
                    if _named_org_word(o, ctx)
                ),
                None,
            )
            if ent is not None:
                org = ent.name
                break
            # "head of Canadian retail banking": the unit belongs to the title
            stop = next(
                (k for k, o in enumerate(obj) if o.is_punct or o.pos_ in ("VERB", "AUX", "ADP", "CCONJ")), len(obj)
            )
            if clause < stop or tokens[-1].lower_ in words("body_member_titles"):
                return None  # "a member of the family that ...", "a member of the panel": a body not named
            tokens.append(t)
            tokens.extend(obj[:stop])
            after_unit = doc[obj[0].i + stop : mention.sent.end] if stop < len(obj) else doc[0:0]
            org = _employer_after_unit(after_unit, mention, ctx)  # "head of retail sales at Brandt"
            break
        break
    if i < mention.sent.end and doc[i].lower_ in ("'s", "’s"):
        return None  # "Ann Lee, Brandt's finance chief's aide": the post is the possessor's
    while tokens and tokens[-1].lower_ in ("and", "&", "-"):
        tokens.pop()  # "Ann Lee, Brandt's sales chief and the ...": no title joined after "and"
    if tokens and _names_the_next_person(doc[tokens[-1].i + 1 : mention.sent.end], ctx):
        return None  # "the rule of Ann Lee, Brandt Co Chief Executive Bo Chen said": the title is Chen's
    if not tokens or not any(t.lower_ in words("role_nouns") or t.lower_ in OFFICER_SHORT_FORMS for t in tokens):
        return None
    return tokens, org


MAX_DESCRIBING = 3  # "international operations", "lead sovereign credit"


def _named_org_word(token: Token, ctx: DocContext) -> bool:
    """A capitalised word of an organization's name; the tagger also marks lower-case phrases as organizations
    ("head of the research unit at Brandt Institute"), which name no one."""
    cluster = ctx.entities.at(token.i)
    return cluster is not None and cluster.label == "ORG" and not unnamed(cluster.name)


def _employer_after_unit(rest: Span, mention: Span, ctx: DocContext) -> str | None:
    """ "Ann Lee, head of retail sales at Brandt": the organization after the unit a title is head of, by "at" or
    "with", read as after any title (`employer_at`: past descriptors, a name the tagger left untagged here).
    "for" covers an area ("head of sales for Asia"), and a person named next is the next of a list."""
    if not len(rest) or rest[0].lower_ not in UNIT_EMPLOYER_PREPOSITIONS:
        return None
    employer = employer_at(rest[1:], mention, ctx)
    people = {c.name for c in ctx.entities.clusters if c.label == "PERSON"}
    return None if employer in people else employer


UNIT_EMPLOYER_PREPOSITIONS = frozenset({"at", "with"})


def _words_before_title(window: Span, title_words: frozenset[str]) -> int:
    """How many lower-case describing words ("global", "sales", "acting") open `window` right before a title
    word; 0 when no title word follows them."""
    for k, token in enumerate(window):
        if token.lower_ in title_words:
            return k
        if not (token.is_lower and token.is_alpha and token.pos_ in ("ADJ", "NOUN", "VERB")):
            return 0
    return 0


def _names_the_next_person(after: Span, ctx: DocContext) -> bool:
    """A title followed at once by another person's name belongs to that person."""
    cluster = ctx.entities.at(after[0].i) if len(after) else None
    return cluster is not None and cluster.label == "PERSON"


def _titled_apposition(
    mention: Span, title_words: frozenset[str], ctx: DocContext
) -> tuple[list[Token], str | None] | None:
    """ "Another analyst, Brixton Capital's Jo Marr, said": a person in apposition to a role noun, with the
    organization as the person's possessor. Without a named employer the role says nothing of whose it is."""
    person = mention.root
    noun = _apposed_title(person)
    if noun is None:
        return None
    owner = next((c for c in person.children if c.dep_ == "poss"), None)
    cluster = ctx.entities.at(owner.i) if owner is not None else None
    employer = cluster.name if cluster is not None and cluster.label == "ORG" else None
    employer = employer or (title_owner(noun, ctx) if owner is None else None)  # "the head of Ostrava, Ann Lee"
    return (_title_tokens(noun, title_words), employer) if employer is not None else None


def _apposed_post(mention: Span, title_words: frozenset[str], ctx: DocContext) -> tuple[list[Token], str] | None:
    """ "Ann Lee and Bo Chen, directors of Kestrel": a title in apposition that names its organization, for
    every name of a list; the same reading as an appointment's or a departure's (`apposed_post_owner`). A single
    name is left to the finders before: "Ann Lee, 61, Kestrel's former finance chief" would lose "former"."""
    person = mention.root
    if person.dep_ != "conj" and not any(c.dep_ == "conj" for c in person.children):
        return None
    found = apposed_post_owner(person, ctx)
    if found is None or found[0].i < mention.start:
        return None  # "Ann Lee, a member of X's board, and Bo Chen": a title before the name is an earlier one's
    return _title_tokens(found[0], title_words), found[1]


def _title_tokens(noun: Token, title_words: frozenset[str]) -> list[Token]:
    """A title noun with the title words before it ("senior vice president")."""
    return [*(c for c in noun.lefts if c.dep_ in ("amod", "compound") and c.lower_ in title_words), noun]


def _apposed_title(person: Token) -> Token | None:
    """The title noun a person stands in apposition to; the parser may hang the name on the title's of/for
    phrase ("A spokesman for Tarvik Airlines, Omar Said,")."""
    if person.dep_ != "appos":
        return None
    noun = person.head
    set_off = person.left_edge.i > 0 and person.doc[person.left_edge.i - 1].text == ","
    if set_off and noun.dep_ == "pobj" and noun.head.lower_ in ("of", "for", "at") and is_title_noun(noun.head.head):
        noun = noun.head.head
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in words("role_nouns") else None


def _affiliation_after(mention: Span, ctx: DocContext) -> str | None:
    """ "analyst Ann Lee at Brandt Research", "strategist Bo Chen of Kestrel Capital": the organization
    right after a titled person's name, by a preposition of affiliation, is where the person works."""
    doc, end = mention.doc, mention.sent.end
    i = mention.end
    if i >= end or doc[i].lower_ not in AFFILIATION_PREPOSITIONS | {"from"}:
        return None
    i += 1
    while i < end and doc[i].pos_ in ("DET", "ADJ") or i < end and doc[i].pos_ == "NOUN" and doc[i].is_lower:
        i += 1  # "at the industry consultancy Brandt": the descriptor before the name
    return tagged_org(doc[i], ctx.entities) if i < end else None
