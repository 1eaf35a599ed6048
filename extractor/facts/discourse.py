"""What a document establishes across sentences: its main organization, what pronouns and
"the company" refer to, who a claim is attributed to, and the running context of the fact rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache

from spacy.symbols import VERB
from spacy.tokens import Doc, Span, Token

from extractor.facts.adjacent_holders import bracket_owner, mover_name, named_at, respective_name
from extractor.facts.anaphor_kinds import other_kind_party
from extractor.facts.aside_names import may_be_antecedent
from extractor.facts.business_descriptions import describes_one_business
from extractor.facts.clause_holders import enclosing_holder
from extractor.facts.compound_holders import compounded_orgs
from extractor.facts.dummy_subjects import is_dummy_it, predicted_in_passive
from extractor.facts.figure_phrases import deal_maker, figure_noun, figure_possessor
from extractor.facts.forecast_places import (
    forecast_place,
    is_economy_forecast,
    revised_forecast_measure,
    verb_forecast_place,
)
from extractor.facts.holders import compared_holder, stake_holder
from extractor.facts.index_names import PLACE_TYPES, index_name
from extractor.facts.market_totals import is_market_place, market_holder
from extractor.facts.modality_holders import outside_holder, planned_by_itself, predicts_or_believes, sourced_outside
from extractor.facts.named_owners import tagged_org, whose_antecedent
from extractor.facts.national_bodies import (
    acting_capital_country,
    country_anaphor,
    national_body_country,
    national_holder,
    nationality_holder,
)
from extractor.facts.national_industries import industry_country
from extractor.facts.national_sources import source_country
from extractor.facts.org_anaphors import (
    continued_party,
    described_name,
    employs_forecaster,
    named_appositive,
    reporter_org,
    untagged_teller,
)
from extractor.facts.passive_buyers import passive_buyer
from extractor.facts.payees import payee_for
from extractor.facts.person_dealers import dealing_person
from extractor.facts.predicting_publishers import predicting_publisher
from extractor.facts.public_leads import led_by_public_body
from extractor.facts.sentence_names import NEAR_TOKENS, ORG_LABELS, PLACE_LABELS, nearest_named
from extractor.facts.statistics_country import (
    candidate_holder,
    country_of,
    industry_total_place,
    is_macro_statistic,
    is_place_name,
    is_published_statistic,
    is_statistic_index,
    statistic_holder,
)
from extractor.facts.stock_short_names import short_name_owner
from extractor.facts.story_orgs import names_an_org_exactly, org_named_by, org_starting_with
from extractor.facts.subject_weights import Candidate, candidate_weights, choose_traced, ranked, resolved
from extractor.facts.syntax import SUBJECT_DEPS, clause_subject, possessor, prep_object
from extractor.facts.ticker_heads import ticker_named_token
from extractor.facts.unit_parents import owning_parent
from extractor.facts.untagged_subjects import untagged_subject
from extractor.facts.valuations import valued_whole
from extractor.facts.world_measures import world_holder, world_part_holder
from extractor.lexicons import any_words, words
from extractor.mentions.cluster_lookup import named, org_name_ending_at
from extractor.mentions.doc_text import doc_text
from extractor.mentions.entities import EntityIndex
from extractor.mentions.government_bodies import is_governing_body, policy_rate_holder
from extractor.mentions.periods import FiscalCalendar
from extractor.mentions.salience import is_economy_noun, is_publisher
from extractor.mentions.token_index import lemmas_where, lowered_positions
from extractor.models import Fact, Period

DOC_TOPIC = "document:"  # prefix of the `DocContext.topics` keys that outlive a paragraph


@dataclass
class DocContext:
    doc: Doc
    doc_id: str
    published: dt.date | None
    fiscal: FiscalCalendar
    entities: EntityIndex
    report_period: Period | None
    body_start: int
    section_period: Period | None = (
        None  # from a sentence that introduces a list ("... for the fiscal year ended June 30:")
    )
    results_base: Period | None = None  # with no report period: the base of "a year earlier" (attachment)
    results_end: dt.date | None = None  # a company's results report: the end of its period (`report_stocks`)
    topics: dict[str, str] = field(default_factory=dict)  # last predicate per unit class, reset at each paragraph
    last_subject: str | None = None  # the organization that was last the subject of a main clause
    previous_subject: str | None = None  # the organization the previous sentence's main clause was about, if any
    last_index: str | None = None  # the index last named, for "the index" in a later sentence
    deals: list[tuple[str, str]] = field(default_factory=list)  # (buyer, target) of each deal reported, in order
    named_before: Period | None = None  # the first period the previous sentence names (`attachment_days`)
    span_before: Period | None = None  # the first dated span the previous sentence names (`same_period`)
    result_before: Period | None = None  # the period of the last actual result told the sentence before
    figures_before: list[Fact] = field(default_factory=list)  # amounts the sentence before told (`estimate_periods`)
    price_day: tuple[int, Period] | None = None  # (end of its sentence, day) of the last quote dated by a day
    release_nouns: frozenset[str] = frozenset()  # what a monthly release's title and lead measure (`release_reading`)

    @property
    def main_org(self) -> str | None:
        """The canonical name of the organization the article is about."""
        return self.entities.main_org.name if self.entities.main_org else None

    @property
    def anaphor_default(self) -> str | None:
        """Who "it", "we" or "the company" stand for when no nearer party is named: the main organization; but
        where that is the statistics body whose report an economy story is about, it holds none of the figures
        ("we had 3 percent" in an economist's comment on its growth report): the story's country."""
        main, place = self.entities.main_org, self.entities.main_place
        return place.name if main is not None and place is not None and is_publisher(main) else self.main_org

    @property
    def default_subject(self) -> str | None:
        """Who a figure without a named holder is about: the country of an economy story, else the main organization."""
        return self.entities.main_place.name if self.entities.main_place else self.main_org


def resolve_subject(token: Token | None, ctx: DocContext) -> str | None:
    """Canonical entity for a subject-ish token: a named ORG/PERSON/GPE, or an anaphor ("the company", "it")."""
    if token is None:
        return None
    if _is_base_of(token):
        based = next((c for c in token.children if c.dep_ == "appos"), None)
        return resolve_subject(based, ctx)  # "Dayton, Ohio-based Brindle said": Brindle, never the town
    cluster = ctx.entities.at(token.i)
    if cluster is not None and cluster.agency:
        return None  # a news agency or pollster is never the subject of a story's figures
    if cluster is None and (named := ticker_named_token(token)) is not None:
        return resolve_subject(named, ctx) or known_name_ending_at(named, ctx)  # "Kestrel ( KST.N ) cut ..."
    if cluster is None and (country := national_body_country(token, ctx.entities)) is not None:
        return country  # "the Belgian state's stake", "the Norwegian government said": the country
    is_place = cluster is not None and cluster.label in ("GPE", "LOC")  # "Ostrava, a region of ...": a place
    if not is_place and _described_as_unit(token) and ctx.entities.main_org is not None:
        return ctx.entities.main_org.name  # "Brindle Club, the warehouse division of Acme, is cutting jobs"
    if cluster is not None and cluster.label in ("ORG", "PRODUCT"):
        if cluster.name.split()[-1].lower() in words("unit_words") and ctx.entities.main_org is not None:
            return ctx.entities.main_org.name  # a division's figures are its parent's, the unit named in the predicate
        return cluster.name
    if cluster is not None and cluster.label == "GPE" and _place_acts(token, ctx):
        return acting_capital_country(token, cluster.name)  # "Oslo will trim rates": the country acts
    if cluster is None and _capitalized(token) and token.dep_ in SUBJECT_DEPS:
        known = known_name_ending_at(token, ctx) or org_starting_with(token, ctx)
        if known is not None:
            return known  # "Harrow & Co, the biggest retailer, said its profit rose": a name the tagger missed here
            # ("Harrow was valued at $3 billion" of "Harrow Mining": the one organization it begins)
    if token.lower_ == "whose" and (antecedent := whose_antecedent(token)) is not None:
        return resolve_subject(antecedent, ctx)  # "Osgood, whose shares rose": the relative's noun
    if (named := named_appositive(token, ctx.entities)) is not None:
        return named  # "its rival Dunmore Corp reported a loss": the organization the noun is set beside
    if (named := described_name(token, ctx.entities)) is not None:
        return named  # "Ardmoor Capital, a Denver-based firm that manages $4 billion": the name it describes
    if is_dummy_it(token):
        return None  # "it is hard to say whether sales will top $5 billion": a clause, no party
    if token.lower_ in ("it", "its"):
        antecedent = _pronoun_antecedent(token, ctx)
        if antecedent is not None:
            return antecedent
    definite = token.lemma_.lower() in words("org_nouns") and any(c.lower_ == "the" for c in token.children)
    if definite or token.lower_ in words("anaphors") or _ends_in_anaphor(token):
        return described_party(token, ctx)
    return None


def described_party(token: Token, ctx: DocContext) -> str | None:
    """The organization a description of one ("the company", "the group", "the world's largest chain") stands for:
    the reporting organization, the party the previous sentence was about, the nearest body of the described
    kind, else the main organization."""
    if token.tag_ in ("NNS", "NNPS") or token.lemma_.lower() in words("relation_org_nouns"):
        return ctx.main_org  # "the insurers" are many; "the unit" is a part: neither continues the last party
    # "the central bank" in a company's story, "the company" in a regulator's: the nearest body of that kind
    party = reporter_org(token, ctx) or continued_party(token, ctx) or other_kind_party(token, ctx)
    # "the central bank expects" in a statistics office's story names a body of its own kind, not the country
    kind_named = any(c.dep_ in ("amod", "compound") for c in token.children)
    return party or (ctx.main_org if kind_named else ctx.anaphor_default)


def _ends_in_anaphor(token: Token) -> bool:
    """ "the Ohio company": the words of the token's phrase up to it end in an anaphor of several words. Such a
    phrase ends in the anaphor's last word: the phrase is read only for a token written as one."""
    endings = _multiword_anaphors()
    if token.lower_ not in endings:
        return False
    phrase = " ".join(t.lower_ for t in token.subtree if t.i <= token.i)[-30:]
    return any(phrase.endswith(a) for a in endings[token.lower_])


@cache
def _multiword_anaphors() -> dict[str, tuple[str, ...]]:
    """The anaphors of several words by their last word ("the company" under "company")."""
    endings: dict[str, tuple[str, ...]] = {}
    for anaphor in sorted(a for a in words("anaphors") if " " in a):
        endings[anaphor.split(" ")[-1]] = (*endings.get(anaphor.split(" ")[-1], ()), anaphor)
    return endings


def _capitalized(token: Token) -> bool:
    """A proper noun, or a capitalised word tagged a common noun ("Saxby, which ...") or nothing ("Tallyvane.com")."""
    return token.pos_ == "PROPN" or token.pos_ in ("NOUN", "X") and token.text[:1].isupper()


def known_name_ending_at(token: Token, ctx: DocContext) -> str | None:
    """An organization the story names elsewhere, written here where the tagger missed it ("Harrow & Co,
    the biggest retailer, said"): the longest known name that the text ends with at this token."""
    joined = any(c.dep_ == "cc" and c.text == "&" for c in token.children)  # "Harrow & Co", not "A and B"
    ends = [token, *(c for c in token.children if joined and c.dep_ == "conj" and c.pos_ == "PROPN")]
    return max((n for t in ends if (n := _known_name_ending(t, ctx))), key=len, default=None)  # "Harrow & Co"


def _known_name_ending(token: Token, ctx: DocContext) -> str | None:
    text, end = doc_text(token.doc), token.idx + len(token.text)  # Doc.text per call is quadratic on long docs
    return org_name_ending_at(ctx.entities, text, end)


def _holder_name(token: Token, ctx: DocContext) -> str | None:
    """A holder's name: a resolved subject, else, for a proper noun the tagger missed here, the one
    organization of the story whose name ends or begins with it ("Halden" for "Halden Capital")."""
    name = resolve_subject(token, ctx)
    if name is not None or token.pos_ != "PROPN" or ctx.entities.at(token.i) is not None:
        return name
    if (known := known_name_ending_at(token, ctx) or org_starting_with(token, ctx)) is not None:
        return known
    return org_named_by(token.text, ctx)  # "Quillby's 9 percent stake": Quillby Holdings


def _described_as_unit(token: Token) -> bool:
    """ "Brindle Club, the warehouse club division of Acme": a name set beside a noun of a company's part; not
    "Acme India, the listed Indian subsidiary of Acme": a listed company takes its own name (FACTS.md)."""
    return any(c.dep_ == "appos" and c.lemma_.lower() in words("unit_words") and not _listed(c) for c in token.children)


def _listed(noun: Token) -> bool:
    """ "the listed subsidiary", "its Mumbai-listed unit", "the publicly traded arm": shares of its own."""
    return any(
        c.dep_ in ("amod", "compound", "advmod")
        and c.i < noun.i
        and c.lower_.rsplit("-", 1)[-1] in words("listed_words")
        for c in noun.children
    )


def _place_acts(token: Token, ctx: DocContext) -> bool:
    """A country holds a figure when it holds an economy noun ("Freedonia's exports") or is the clause's
    subject ("Freedonia lost 5 percent of its branches"); a dateline place never does."""
    if token.i in ctx.entities.dateline_tokens or _is_base_of(token):
        return False
    return token.head.lemma_.lower() in words("economy_nouns") or token.dep_ in SUBJECT_DEPS


def _is_share_of(measured: Token, quantity: Span | None) -> bool:
    """ "5 percent of Acme's sales", "a fifth of Freedonia's gold": the figure is a part of the measured
    whole, so the whole's owner is a weaker holder than the clause's subject."""
    prep = measured.head
    return (
        quantity is not None
        and measured.dep_ == "pobj"
        and prep.lower_ == "of"
        and quantity.start <= prep.head.i < quantity.end
    )


def _place_possessor(owner: Token, ctx: DocContext) -> str | None:
    """ "Freedonia's branch network shrank": a country that owns the measured noun holds the figure (not a
    country that owns an organization: "Freedonia's biggest bank" is the bank)."""
    cluster = ctx.entities.at(owner.i)
    if cluster is None:
        return country_anaphor(owner, ctx.entities)  # "the nation's pension fund sector"
    if cluster.label not in ("GPE", "LOC") or owner.i in ctx.entities.dateline_tokens:
        return None
    return None if _is_base_of(owner) else cluster.name


BASED = frozenset({"based", "-based"})


def _is_base_of(token: Token) -> bool:
    """ "Dayton, Ohio-based Brindle said ...": a place before "-based" is where a company sits, not a holder
    of its figures, however the parse attaches or labels it."""
    doc = token.doc
    if not lowered_positions(doc, token.i + 1, token.i + 6, BASED):
        return False  # asked for every subject: the words after it are read only where "based" follows
    for later in doc[token.i + 1 : token.i + 6]:
        if later.is_sent_start:
            break  # the sentence ends: Token.sent would walk the Doc on every subject lookup
        if later.lower_ in ("based", "-based"):
            return doc[later.i - 1].text != ","  # "Brindle, based in Dayton, manages ...": Brindle holds it
        if not (later.text in (",", "-") or later.pos_ == "PROPN"):
            return False
    return False


def _pronoun_antecedent(token: Token, ctx: DocContext) -> str | None:
    """ "X said it will ...": the subject of an enclosing clause; else the nearest organization named
    earlier in the sentence ("Despite X's caution, it ..."); else the last organization a main clause
    was about ("... X Wireless is the largest carrier. It also has ...")."""
    for ancestor in token.ancestors:
        subject = next((c for c in ancestor.children if c.dep_ in SUBJECT_DEPS and c.i != token.i), None)
        subject = (subject and ticker_named_token(subject)) or subject  # "Kestrel ( KST.N ) said its ...": the name
        if subject is not None and (antecedent := _relative_antecedent(subject, ancestor, ctx)) is not None:
            return antecedent  # "For Brindle, which said it may lose $5 million": the noun the clause is on
        cluster = ctx.entities.at(subject.i) if subject is not None else None
        if cluster is not None and cluster.label == "ORG" and not cluster.agency:
            return resolve_subject(subject, ctx) or cluster.name  # "X, the unit of Acme, said it ...": Acme
        if token.lower_ == "its" and cluster is not None and cluster.label == "GPE" and _place_acts(subject, ctx):
            return cluster.name  # "Freedonia saw a drop, shedding 5 percent of its branches"
        if cluster is None and subject is not None and _capitalized(subject):
            known = known_name_ending_at(subject, ctx) or org_starting_with(subject, ctx)
            if known is not None:
                return known  # "Pellworth, whose shares fell, said its ...": the short form of "Pellworth Air"
        if cluster is None and subject is not None and (teller := untagged_teller(subject, ancestor, token, ctx)):
            return teller  # "Kelso Rail said it had hired ...": a teller the tagger missed, not the last party
        if cluster is None and subject is not None and (country := national_body_country(subject, ctx.entities)):
            return country  # "the Canadian government said it would sell its stake"
        if cluster is None and subject is not None and (named := named_appositive(subject, ctx.entities)):
            return named  # "its rival Hessel Brewers said its volumes fell": the rival the noun is set beside
        if cluster is None and subject is not None and (described := other_kind_party(subject, ctx)):
            return described  # "the central bank kept its rate" in a company's story: the central bank named before
        if cluster is None and subject is not None and describes_one_business(subject):
            return resolve_subject(subject, ctx)  # "the publisher of the Daily Herald said it would cut": the
            # description's company, never a name inside its of-phrase
    for earlier in reversed(token.doc[token.sent.start : token.i]):
        named = tagged_org(earlier, ctx.entities)
        if named is not None and may_be_antecedent(earlier, token, ctx.entities):
            return named  # a subject or possessor name, not one in an aside ("X, spun off from Y Corp, said it")
    return ctx.last_subject


def _relative_antecedent(subject: Token, clause: Token, ctx: DocContext) -> str | None:
    """ "Brindle, which said it would cut ...": a relative pronoun subject of a relative clause stands for the
    organization the clause is on (written as a name, resolved as a holder). Not where the relative clause has a
    subject of its own ("Ostwick, which it said buys 12 percent of its output"): the pronoun is the object of
    that teller's saying, and the figure is the teller's business."""
    if clause.dep_ != "relcl" or subject.lower_ not in words("relative_pronouns") or subject.lower_ == "whose":
        return None
    if any(c.dep_ in SUBJECT_DEPS and c.i != subject.i for c in clause.children):
        return None
    cluster = ctx.entities.at(clause.head.i)
    if cluster is not None and cluster.label in ("GPE", "LOC") and not cluster.agency:
        return cluster.name  # "Freedonia, which said it would trim its deficit": the country speaks
    name = _holder_name(clause.head, ctx)
    return name if name is not None and any(c.label == "ORG" for c in named(ctx.entities, name)) else None


# Candidates for the subject of a figure, by how they relate to the measured noun; their weights are data
# (`subject_weights`, lexicons/subject_weights.tsv): the heaviest candidate that resolves to an entity wins. A
# named index is the subject of its own readings; a possessor outranks a place holding an economy noun, which
# outranks the clause subject ("Acme said Freedonian flat sales slid": the country, not the source).
CANDIDATE_WEIGHTS = candidate_weights()


def subject_for(
    measured: Token | None,
    verb: Token | None,
    ctx: DocContext,
    sent: Span,
    quantity: Span | None = None,
) -> str | None:
    """Who a quantity is about: the heaviest candidate (`subject_weights`) that names an entity."""
    start, end = (
        (quantity.start_char, quantity.end_char) if quantity is not None else (sent.start_char, sent.start_char)
    )
    where = (ctx.doc_id, sent.start_char, start, end)
    return choose_traced(_all_candidates(measured, verb, ctx, sent, quantity), where)


def _all_candidates(
    measured: Token | None, verb: Token | None, ctx: DocContext, sent: Span, quantity: Span | None
) -> list[Candidate]:
    """Every source of a subject, as (feature, name or a callable giving it): the rare sources that once returned
    early (a bracket's or mover's name, a payee, a person who deals, a stake's owner, an index, a statistic's
    country) and the fallbacks (a policy rate's bank, a name around the clause, the story's default) are lazy."""
    beside = ctx.entities
    found: list[Candidate] = []
    if quantity is not None:
        found.append(("bracket_owner", lambda: bracket_owner(quantity, beside)))
        found.append(("respective", lambda: respective_name(quantity, beside)))
        found.append(("mover", lambda: mover_name(quantity, beside)))
        found.append(("stake_holder", lambda: stake_holder(quantity, verb, ctx, _holder_name)))
    found.append(("payee", lambda: payee_for(measured, verb, ctx, quantity)))  # "Reed got compensation of $2 million"
    found.append(("dealing_person", lambda: dealing_person(quantity, ctx)))  # "she owns 7 percent": a person
    found.append(("index", lambda: _index_holder(measured, verb, ctx)))
    regular = _subject_candidates(measured, verb, ctx, quantity)
    found.extend(regular)
    stated = measured
    if measured is None and quantity is not None and is_macro_statistic(clause_subject(verb)):
        # "inflation should settle near 2.4 percent, the bank projected": the statistic the verb states; a rank or
        # an event read with no figure (a slump that halted a rise somewhere) is left to the other rules
        stated = clause_subject(verb)
    if stated is None and quantity is not None:
        stated = revised_forecast_measure(verb)  # "it cut its forecast for growth to 2 percent": growth
    found.append(("statistic_holder", lambda: _statistic_country(stated, sent, ctx, regular)))
    found.append(("unnamed_index", lambda: _unnamed_index_holder(measured, verb, ctx)))
    found.append(("policy_rate", lambda: policy_rate_holder(stated, ctx.entities.main_org)))  # "the funds rate"
    found.append(("named_around", lambda: _named_around(stated, verb, ctx, quantity)))
    found.append(("default", lambda: ctx.default_subject))
    found.append(("sentence_org", lambda: nearest_named(sent, quantity, beside, ORG_LABELS)))
    found.append(("sentence_place", lambda: nearest_named(sent, quantity, beside, PLACE_LABELS)))
    found.append(("near_org", lambda: nearest_named(sent, quantity, beside, ORG_LABELS, NEAR_TOKENS)))
    found.append(("near_place", lambda: nearest_named(sent, quantity, beside, PLACE_LABELS, NEAR_TOKENS)))
    return found


def _index_token(measured: Token | None, verb: Token | None) -> Token | None:
    if measured is None and verb is not None:
        return clause_subject(verb)  # "the Halden 300 index .HLD dropped 1.8 percent"
    return measured


def _index_holder(measured: Token | None, verb: Token | None, ctx: DocContext) -> str | None:
    index = _index_token(measured, verb)
    if is_statistic_index(index):
        return None  # "the consumer price index rose": the country's statistic (`statistic_holder`), no named index
    return index_name(index, ctx)


def _unnamed_index_holder(measured: Token | None, verb: Token | None, ctx: DocContext) -> str | None:
    """An unnamed statistic index ("the producer price index") whose story names no country: the index itself
    holds its reading, rather than the figure going without a subject or to a company that only reports it."""
    index = _index_token(measured, verb)
    return index_name(index, ctx) if is_statistic_index(index) else None


def _statistic_country(measured: Token | None, sent: Span, ctx: DocContext, regular: list[Candidate]) -> str | None:
    """Inflation is a country's figure, not that of the central bank that targets it (`statistic_holder`); an
    industry total that a nation's own data reports is that nation's (`national_sources`)."""
    source = source_country(measured, ctx.entities)
    if source is None and not (
        is_macro_statistic(measured)
        or is_published_statistic(measured, sent, ctx.entities)
        or is_economy_forecast(measured, ctx.entities, lambda t: resolve_subject(t, ctx))
        or predicting_publisher(measured, ctx.entities)
    ):
        return None
    weighed = [(CANDIDATE_WEIGHTS[feature], resolved((feature, value))) for feature, value in ranked(regular)]
    if source is not None:
        return _sourced_holder(weighed, source, ctx)
    return statistic_holder(measured, weighed, ctx.entities, sent.doc, CANDIDATE_WEIGHTS["possessor"])


def _sourced_holder(weighed: list[tuple[float, str | None]], source: str, ctx: DocContext) -> str | None:
    """A place among the candidates, else the country of the data; None where any party of its own is named (an
    organization or person among the candidates: "sales at Acme rose, U.S. data show" stay Acme's)."""
    if any(name and not is_place_name(name, ctx.entities) for _, name in weighed):
        return None
    return candidate_holder(weighed, ctx.entities, CANDIDATE_WEIGHTS["possessor"]) or source


def _named_around(measured: Token | None, verb: Token | None, ctx: DocContext, quantity: Span | None) -> str | None:
    """An organization a clause around the figure names (its subject, "at X"): it, not the default, holds."""
    near = quantity.start if quantity is not None else None
    return enclosing_holder(
        verb, measured, ctx.entities, lambda t: resolve_subject(t, ctx), lambda h: _at_holder(h, ctx), near
    )


def _subject_candidates(
    measured: Token | None,
    verb: Token | None,
    ctx: DocContext,
    quantity: Span | None = None,
) -> list[Candidate]:
    found: list[Candidate] = []
    subject = (
        clause_subject(verb) if verb is not None and (measured is None or measured.dep_ not in SUBJECT_DEPS) else None
    )
    if (
        subject is not None
        and measured is not None
        and measured.head == verb
        and predicting_publisher(measured, ctx.entities)
    ):
        subject = None  # "the trade group sees year-end sales up 3 percent": the predictor, not the holder
    if measured is not None:
        owner = possessor(measured)
        if owner is not None:
            weight = "whole_owner" if _is_share_of(measured, quantity) else "possessor"
            found.append((weight, _holder_name(owner, ctx) or _place_possessor(owner, ctx)))
            found.extend(("subject_modifier", n) for n in _modifier_names(owner, ctx))
        found.append(("place_holder", _place_holder(measured, ctx)))
        found.append(("forecast_place", forecast_place(measured, ctx.entities, lambda t: resolve_subject(t, ctx))))
        if _is_share_of(measured, quantity):  # a part of the world's whole: any party named outranks it
            found.append(("world_part", world_part_holder(measured)))
        else:
            found.append(("world_measure", world_holder(measured)))
        found.append(("stock_owner", _stock_owner(measured, ctx)))
        found.extend(("noun_modifier", n) for n in compounded_orgs(measured, ctx.entities))
    else:  # "the 2016 forecasts for Freedonia were trimmed to 1.4 percent": the forecast the verb revises
        found.append(("forecast_place", verb_forecast_place(verb, ctx.entities, lambda t: resolve_subject(t, ctx))))
    found.extend(("at_holder", _at_holder(head, ctx)) for head in _holder_heads(measured, verb, quantity))
    found.append(("own_phrase", (noun := figure_noun(quantity)) and _at_holder(noun, ctx)))
    found.append(("possessor", (maker := deal_maker(quantity)) and resolve_subject(maker, ctx)))
    if (owner := figure_possessor(quantity)) is not None:  # "Quillby's $3 billion of debt": Quillby's amount
        found.append(("figure_possessor", _holder_name(owner, ctx) or _place_possessor(owner, ctx)))
    if quantity is not None and (compared := compared_holder(quantity)):
        named = (_holder_name(compared[0], ctx), *(named_at(t, ctx.entities) for t in compared))
        named += tuple(country_of(t, ctx.entities) for t in compared if t.dep_ == "amod")  # "the Italian market"
        found.append(("compared", next((n for n in named if n), None)))
    if (buyer := passive_buyer(quantity)) is not None:
        found.append(("passive_buyer", _holder_name(buyer, ctx)))  # "Brexa was sold to Quillby for $2 billion"
    if quantity is not None and (valued := valued_whole(quantity)) is not None:
        found.append(("valued_whole", _holder_name(valued, ctx)))  # "a deal would value Brexa at $2 billion"
    found.append(("industry_country", industry_country(measured, subject, ctx)))
    found.append(("market_total", market_holder(measured, verb, quantity, ctx)))
    if subject is not None:
        if measured is None:  # "Brindle shares added 3 percent, closing at $7": the level's clause is the stock's
            found.append(("stock_owner", _stock_owner(subject, ctx)))
        found.append(("unit_parent", owning_parent(subject, ctx)))
        found.append(("clause_subject", resolve_subject(subject, ctx)))
        # "3Com has 55 percent": a company's name the tagger missed
        found.append(("untagged_subject", lambda: untagged_subject(subject, verb, quantity, ctx)))
        found.extend(("subject_modifier", n) for n in _modifier_names(subject, ctx, verb))
    reporter = _reporter(verb) if ctx.entities.main_place is None else None
    if reporter is not None:
        found.append(("reporter", resolve_subject(reporter, ctx)))
    return found


STOCK_WORDS = words("share_nouns")  # lemmas: "shares of X", "X's stock"


def _stock_owner(measured: Token, ctx: DocContext) -> str | None:
    """ "Shares of Brindle Inc ( BRN.N ) jumped", "shares in Brindle were up", "Brindle shares fell": the
    organization after "of" or "in" on a stock noun, or compounded with it, owns the stock, whatever company
    the story is about ("Bank of Freedonia shares" parses the name as a modifier too). The tagger often
    calls a short later mention a person or misses it ("shares in Devlin"): the one known organization whose
    name begins with it counts."""
    if measured.lemma_.lower() not in STOCK_WORDS or measured.dep_ in ("dobj", "attr"):
        return None  # "the fund owns 3 million shares of Brindle": the holder is the one who owns them
    stocks = measured.lower_ == "stocks"  # "Gasoline stocks jumped 2 million barrels", "U.S. stocks sank": no firm
    if not stocks and (short := short_name_owner(measured, ctx)) is not None:
        return short  # "while Ostby shares fell" beside "Ostby Bancorp": a short name the tagger did not read
    named = [  # "Halden shares"; a known name the tagger read as a common noun ("Halden shares" opening a sentence)
        c
        for c in measured.children
        if not stocks and c.dep_ in ("compound", "nmod") and (c.pos_ == "PROPN" or names_an_org_exactly(c, ctx))
    ]
    after = prep_object(measured, ("of", "in"))
    owner = after or (named[-1] if named else None)
    if owner is not None and not owner.text[:1].isupper():
        return named_appositive(owner, ctx.entities)  # "shares of its rival Dunmore Corp"; "of the company": none
    if owner is None:
        return None
    org = org_starting_with(owner, ctx)
    if org is not None and after is not None:
        return org  # "shares in Devlin", even where the tagger read the short name as a place
    place = ctx.entities.at(owner.i)
    if owner.ent_type_ in PLACE_TYPES or place is not None and place.label in PLACE_TYPES:
        return None  # "U.S. shares", "European shares", "shares in Freedonia": a market, not a company
    return org or resolve_subject(owner, ctx)


def _holder_heads(measured: Token | None, verb: Token | None, quantity: Span | None) -> list[Token]:
    """The measured noun, and the words from the figure up to its verb ("were up 5 percent at Acme")."""
    heads = [measured] if measured is not None else []
    if quantity is not None and verb is not None and verb in quantity.root.ancestors:
        for head in quantity.root.ancestors:  # the heads from the figure up to its verb, the verb included
            heads.append(head)
            if head == verb:
                break
    elif verb is not None:
        heads.append(verb)
    return heads


def _at_holder(head: Token, ctx: DocContext) -> str | None:
    """ "revenue at Quillby", "sales rose 5 percent at Brindle's games company Quillby": an organization
    after "at" on the measured noun or its verb holds the figure; a place there only says where."""
    obj = prep_object(head, ("at",))
    if obj is None:
        return None
    obj = ticker_named_token(obj) or obj  # "at Quillby ( QLB.MC )": the parse may make the ticker the object
    cluster = ctx.entities.at(obj.i)
    if cluster is None or cluster.label not in ("ORG", "PRODUCT"):
        named = next((c for c in obj.children if c.dep_ == "appos"), None)  # "at its games unit, Quillby"
        cluster = ctx.entities.at(named.i) if named is not None else None
    if cluster is None or cluster.label not in ("ORG", "PRODUCT"):
        return None
    return resolve_subject(obj if ctx.entities.at(obj.i) is cluster else named, ctx)


def _reporter(verb: Token | None) -> Token | None:
    """ "Acme said [sales rose 5 percent]", "sales rose, Acme reported": the subject of the reporting verb
    whose reported clause holds the figure's verb."""
    while verb is not None and verb.dep_ in ("conj", "xcomp", "advcl"):
        verb = verb.head
    if verb is None or verb.dep_ not in ("ccomp", "ROOT"):
        return None
    reporting = verb.head if verb.dep_ == "ccomp" else next((c for c in verb.children if c.dep_ == "parataxis"), None)
    if reporting is None or reporting.lemma_.lower() not in words("reporting_verbs"):
        return None
    return next((c for c in reporting.children if c.dep_ in SUBJECT_DEPS), None)


def _modifier_names(candidate: Token, ctx: DocContext, verb: Token | None = None) -> list[str]:
    """Entities inside a candidate phrase as possessor or compound: "Acme shares", "the board of Acme's unit"."""
    return [
        name
        for token in _phrase_tokens(candidate, verb)
        if (token.dep_ in ("poss", "compound") or token.dep_ == "amod" and _in_org(token, ctx))
        and not employs_forecaster(token, ctx.entities)
        and (name := resolve_subject(token, ctx))
    ]


def _in_org(token: Token, ctx: DocContext) -> bool:
    """ "Halden-Brix shares fell": a hyphenated name the parser split into modifiers is still an organization's;
    a whole name read as an adjective ("a Halden superhero sequel") describes the noun, as a brand does."""
    cluster = ctx.entities.at(token.i)
    if cluster is None or cluster.label != "ORG":
        return False
    near = token.doc[max(token.i - 1, 0) : token.i + 2]
    return any(t.text == "-" and ctx.entities.at(t.i) is cluster for t in near)


CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp"})


def _phrase_tokens(head: Token, verb: Token | None) -> list[Token]:
    """A noun phrase without the clauses on it: "the firm, which makes Freedonia's top brands" holds no
    Freedonia; the clause of the figure's own verb stays ("the network covering its 500 markets")."""
    tokens, stack = [], [head]
    while stack:
        token = stack.pop()
        tokens.append(token)
        stack.extend(c for c in token.children if c.dep_ not in CLAUSE_DEPS or c == verb)
    return sorted(tokens, key=lambda t: t.i)  # in text order: the first name of equal weight wins


def _place_holder(measured: Token, ctx: DocContext) -> str | None:
    """ "vehicle sales in Freedonia", "sales of Freedonian homes", "Freedonian grocers' sales": a country
    or region that holds an economy-wide figure. Only for economy nouns, or any noun in an economy story; a
    government or a nationality on the noun itself ("a Belgian state guarantee", "Spanish bond yields") always;
    in a story a public body leads, the place of the noun's own phrase ("the shortfall in Freedonia")."""
    if (national := national_holder(measured, ctx.entities)) is not None:
        return national
    near = [c for c in measured.children if c.dep_ in ("compound", "nmod", "amod", "poss")]
    if ctx.entities.main_place is None:  # "sales in X" of a company story are the company's, located in X
        economy = measured.lemma_.lower() in words("economy_nouns")
        held = _first_place(near, ctx) if economy else None
        if held is None and led_by_public_body(ctx.entities):
            held = _first_place(_phrase_places(measured), ctx)  # a public body has no sales or stores in a place
        return held or industry_total_place(measured, ctx.entities)  # "U.S. new vehicle sales"
    return _first_place(near + _phrase_places(measured), ctx) or nationality_holder(measured, ctx.entities)


def _phrase_places(measured: Token) -> list[Token]:
    """The objects of the noun's place prepositions with their modifiers: "in Freedonia", "across the
    Freedonian market", "for Freedonia" (only for a reading of a place: `_read_for_a_place`)."""
    preps = PLACE_PREPS | ({"for"} if _read_for_a_place(measured) else set())
    found: list[Token] = []
    for prep in (c for c in measured.children if c.dep_ == "prep" and c.lower_ in preps):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            found.extend([obj, *(c for c in obj.children if c.dep_ in ("compound", "nmod", "amod", "poss"))])
    return found


PLACE_PREPS = frozenset({"in", "across", "of", "at"})


def _read_for_a_place(measured: Token) -> bool:
    """ "the indicator for Freedonia", "the reading for Freedonia", "the jobless rate for Freedonia": an economy
    noun or an index's reading made for a place is the place's; "loans for Freedonia" are the lender's."""
    lemma = measured.lemma_.lower()
    return is_economy_noun(measured) or lemma in words("index_reading_nouns")


def _first_place(tokens: list[Token], ctx: DocContext) -> str | None:
    for token in tokens:
        cluster = ctx.entities.at(token.i)
        if cluster is not None and cluster.label in ("GPE", "LOC") and token.i not in ctx.entities.dateline_tokens:
            return cluster.name
    return None


def planned_by_another(quantity: Span, subject: str, ctx: DocContext) -> bool:
    """Whether the nearest named planner above a planned figure is another entity than its subject: "Acme
    expects Freedonian car sales to reach 5 million" or "Acme cut its forecast for Freedonia's growth to
    2 percent" is Acme's prediction about Freedonia, a forecast; "Acme expects its sales to reach $5
    billion" and "Freedonia plans to lift copper output by 45 percent" are the subject's own plans. Only for a
    place's figures (economy forecasts by banks, agencies, companies)."""
    placed = any(c.label in ("GPE", "LOC") for c in named(ctx.entities, subject))
    if not (placed or is_market_place(subject)):  # a market named only by its adjective ("Canadian car sales")
        return False  # only a place's figures: a company's plan read under another company's name is
        # more often a wrong subject than another's forecast (deal parties, units, "X expects to buy Y's stake")
    own = None  # the verb of which the place itself is the subject, once read
    plans = any_words("goal_nouns", "policy_plan_nouns")  # a plan's content: "a health plan created to cover 3
    planned = quantity.root.lemma_.lower() in plans  # million people", "a 9 billion crown savings package"
    for token in quantity.root.ancestors:
        planned = planned or token.pos_ == "NOUN" and token.lemma_.lower() in plans
        if token.pos_ not in ("VERB", "AUX") or own is not None and not predicts_or_believes(token):
            continue  # above the place's own clause only someone predicting it counts ("he expects X to ...")
        planner = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if predicted_in_passive(token):  # "the economy is expected to shrink 2 percent": its subject predicts nothing
            agent = next((c for c in token.children if c.dep_ == "agent"), None)
            planner = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent is not None else None
            if planner is None:
                return True  # predicted by no one named: the consensus, never the place's own plan
        if planner is None:
            continue
        if not planned and outside_holder(planner, token):
            return True  # "he expects the jobless rate to stay near 8 percent", "the study found": a view from outside
        name = resolve_subject(planner, ctx)
        if name is None and (planner.pos_ == "PROPN" or _acronym(planner)):  # a name the tagger missed
            name = planner.doc[planner.left_edge.i : planner.i + 1].text
        if name is not None and own is None and name == subject:
            own = token  # "Freedonia could employ 4,000 more": its own, unless someone above predicts it
        elif name is not None:
            return name != subject and not is_governing_body(name)  # the White House's plan is its country's
    # "Freedonia's mines could employ 4,000 people, according to a study": a study's view, unless a verb plans it
    return not planned and not planned_by_itself(quantity.root, own) and sourced_outside(quantity.root)


def _acronym(token: Token) -> bool:
    """ "UBS", "OECD": a capitalized acronym is a name even where the tagger reads it as an adjective."""
    return len(token.text) > 1 and token.text.isupper() and token.text.isalpha()


def attribution_for(sent: Span, ctx: DocContext) -> str | None:
    """ "according to X", "X said": the person (or source) a claim is attributed to."""
    reporting = words("reporting_verbs")
    for token in _attribution_cues(sent):
        if token.lower_ == "according":
            for t in token.subtree:
                cluster = ctx.entities.at(t.i)
                if cluster is not None and cluster.label == "PERSON":
                    return cluster.name
        if token.pos == VERB and token.lemma_.lower() in reporting:  # the int first: most words are no verb
            for child in token.children:
                if child.dep_ in SUBJECT_DEPS:
                    cluster = ctx.entities.at(child.i)
                    if cluster is not None and cluster.label == "PERSON":
                        return cluster.name
    return None


def _attribution_cues(sent: Span) -> list[Token]:
    """The words of `sent`, in order, that `attribution_for` tests further: "according" and the words with a
    reporting verb's lemma, found in the Doc's word columns (read once per Doc) instead of a Token per word."""
    doc = sent.doc
    cues = {t.i: t for t in lemmas_where(sent, _reporting_lemma)}
    cues.update((i, doc[i]) for i in lowered_positions(doc, sent.start, sent.end, _ACCORDING))
    return [cues[i] for i in sorted(cues)]


_ACCORDING = frozenset({"according"})


def _reporting_lemma(lemma: str) -> bool:
    """A test of the lemma string alone, so that the Doc's lemma index answers it once per distinct word."""
    return lemma.lower() in words("reporting_verbs")
