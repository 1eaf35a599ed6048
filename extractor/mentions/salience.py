"""What a document is about: its main organization, and for economy-wide stories its main place.

Every organization that is not a news agency or pollster is a candidate; it scores on the features in
ORG_WEIGHTS. A place scores only where it holds economy-wide figures ("sales of Freedonian homes", "tractor
sales in Freedonia", "Freedonian grocers' sales") in the title or the lead's subject (PLACE_WEIGHTS). When the
best place outscores the best organization, the story is about an economy and the place is the default
subject of its figures; the organization stays the referent of "the company".
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import ENT_TYPE, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from extractor.lexicons import table, words
from extractor.mentions.brand_names import is_brand
from extractor.mentions.company_markets import locates_company_figure
from extractor.mentions.data_groups import is_data_group, tied_to_nation
from extractor.mentions.doc_memo import DocMemo
from extractor.mentions.doc_text import doc_text
from extractor.mentions.government_bodies import is_country, is_country_name, is_government_body
from extractor.mentions.speaker_lines import in_speaker_line
from extractor.mentions.token_index import lower_case_word_or_lemma

if TYPE_CHECKING:
    from extractor.mentions.entities import EntityCluster

# Weights of the main-organization features (hand-set, checked on the development corpus by leaving
# the held-out articles out): the title and the lead's grammatical subject say what a story is about;
# every mention adds a little, more in the lead and as a subject or possessor.
ORG_WEIGHTS = {
    "first_in_title": 10.0,  # the first organization the title names
    "in_title": 2.0,  # any other organization the title names
    "lead_subject": 6.0,  # the subject of the lead sentence's main clause (or its apposition)
    "mention": 1.0,  # each mention
    "lead_mention": 1.0,  # each mention in the title or the first three sentences
    "subject_mention": 0.5,  # each mention as a clause subject or possessor
}
# A place holds the figures of an economy story; only such mentions count.
PLACE_WEIGHTS = {
    "title_holder": 6.0,  # "Freedonia grocers' winter sales", "Freedonia May tractor sales" in the title
    "lead_subject_holder": 6.0,  # "Sales of new Freedonian flats slid", "Tractor sales in Freedonia climbed"
    "holder_mention": 1.0,  # each other mention holding an economy noun
}
SUBJECT_OR_POSS = ("nsubj", "nsubjpass", "poss")
# When a list, `main_organization` appends each document's candidates (name, aliases, ORG_WEIGHTS features, first
# mention's start: the tie-break) so scripts/fit_main_weights.py can fit ORG_WEIGHTS on gold.
ORG_TRACE: list[list[tuple[str, list[str], dict[str, float], int]]] | None = None


def lead_sentence(doc: Doc, body_start: int) -> Span | None:
    """The first sentence of the body with a verb (a dateline may stand as a sentence of its own)."""
    # asked about five times per Doc (main organization, main place, passing names ...), always of the same
    # sentences: its bounds are found once per Doc and body start
    bounds = _LEAD_BOUNDS.get(doc, body_start, lambda: _lead_bounds(doc, body_start))
    return None if bounds is None else Span(doc, *bounds)


_LEAD_BOUNDS: DocMemo[tuple[int, int] | None] = DocMemo()


def _lead_bounds(doc: Doc, body_start: int) -> tuple[int, int] | None:
    lead = next(
        (s for s in doc.sents if s.start_char >= body_start and any(t.pos_ in ("VERB", "AUX") for t in s)), None
    )
    return None if lead is None else (lead.start, lead.end)


def lead_subjects(lead: Span | None, *, sources: bool = True) -> list[Token]:
    """Subjects of the lead's main clause and of a clause it reports ("X said sales rose", "sales rose,
    data showed"); without `sources`, not the subject of a reporting verb that reports a clause."""
    if lead is None:
        return []
    root = lead.root
    clauses = [root, *(c for c in root.children if c.dep_ in ("ccomp", "conj", "advcl"))]
    if not sources:
        clauses = [c for c in clauses if not _reports_a_clause(c)]
    return [c for clause in clauses for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]


def untagged_lead_actors(doc: Doc, body_start: int) -> list[Span]:
    """ "Zentrix to buy Pellow for $1 billion" over "Zentrix will pay $1 billion for Pellow": a proper name
    that NER missed, subject of the lead's main clause and written in the title, is the organization the
    story is about (a person or place would carry NER's label or a title)."""
    if body_start <= 0:
        return []
    title = doc_text(doc)[:body_start]
    found = []
    lead = lead_sentence(doc, body_start)
    for subject in lead_subjects(lead, sources=False):
        if subject.pos_ != "PROPN" or subject.ent_type_ or not subject.text[:1].isupper():
            continue
        start = subject.i
        while start > lead.start and _untagged_compound(doc[start - 1], subject):
            start -= 1
        span = Span(doc, start, subject.i + 1, label="ORG")
        if _whole_word_find(title, span.text) is not None and not _not_a_company(span, subject):
            found.append(span)
    return found


def _not_a_company(span: Span, subject: Token) -> bool:
    """ "Oil fell 6 percent" (a word the story also writes in lower case), "The Halden 500 rose" (an index
    and its number), "Former chief executive Tom Reed won" (a title before a person's name)."""
    doc = span.doc
    if subject.i + 1 < len(doc) and doc[subject.i + 1].like_num:
        return True
    titles = words("title_words") | words("role_nouns")
    if any(t.lower_ in titles for left in subject.lefts for t in left.subtree):
        return True
    lowered = span.text.lower()
    return lowered in words("anaphors") or _written_in_lower_case(doc, lowered, subject.lemma_.lower())


def _written_in_lower_case(doc: Doc, lowered: str, lemma: str) -> bool:
    """The word, its lemma or its singular ("Bidders" beside "a bidder") written in lower case elsewhere."""
    forms = {lowered, lemma, lowered.removesuffix("s")}
    return lower_case_word_or_lemma(doc, forms)


def _untagged_compound(word: Token, head: Token) -> bool:
    return word.pos_ == "PROPN" and word.dep_ == "compound" and word.head == head and not word.ent_type_


def _reports_a_clause(verb: Token) -> bool:
    return verb.lemma_.lower() in words("reporting_verbs") and any(c.dep_ == "ccomp" for c in verb.children)


def title_bounds(doc: Doc, title: str | None) -> tuple[int, int]:
    if not title or title not in doc_text(doc):
        return (0, 0)
    start = doc_text(doc).find(title)
    return (start, start + len(title))


def title_position(cluster: EntityCluster, doc: Doc, title: tuple[int, int], short: list[Span] = ()) -> int | None:
    """Where the title names an organization: a mention, its short form, or its name written there that
    NER missed."""
    starts = [m.start_char for m in [*cluster.mentions, *short] if title[0] <= m.start_char < title[1]]
    text = doc_text(doc)[title[0] : title[1]]
    for name in {cluster.name, *cluster.aliases}:
        at = _whole_word_find(text, name)
        if at is not None:
            starts.append(title[0] + at)
    return min(starts, default=None)


def untagged_names(doc: Doc) -> dict[str, list[int]]:
    """Capitalised proper nouns NER left without an entity, by their text (token indices)."""
    tags = doc.to_array([ENT_TYPE, POS])
    found: dict[str, list[int]] = {}
    for i in numpy.flatnonzero((tags[:, 0] == 0) & (tags[:, 1] == PROPN)).tolist():
        text = doc[i].text
        if text[:1].isupper():
            found.setdefault(text, []).append(i)
    return found


def short_mentions(
    cluster: EntityCluster, untagged: dict[str, list[int]], doc: Doc, full_names: set[str]
) -> list[Span]:
    """ "Dorvel said ..." of "Dorvel Healthcare Corp": later mentions by the name's first word alone, which NER
    often misses, count for the organization; not a generic name word ("Bank", "First") nor the whole name
    of another entity ("Halden" beside "Halden Canada")."""
    parts = cluster.name.split()
    if cluster.label != "ORG" or len(parts) < 2 or not (parts[0].isalpha() and len(parts[0]) > 2):
        return []
    if parts[0].lower() in _generic_name_words() or parts[0] in full_names:
        return []
    return [Span(doc, i, i + 1) for i in untagged.get(parts[0], []) if _stands_alone(doc, i)]


def _stands_alone(doc: Doc, i: int) -> bool:
    """A capitalised word with no other proper noun glued before or after it: "Dorvel said", not "Dorvel
    Healthcare" (the full name where NER missed it) nor "Attorney General Ann Lee"."""
    return not any(0 <= j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() for j in (i - 1, i + 1))


@cache
def _generic_name_words() -> frozenset[str]:
    return words("org_name_words") | words("org_nouns") | words("org_suffixes") | words("caps_common_words")


def _whole_word_find(text: str, name: str) -> int | None:
    r"""Where `name` first occurs in `text` as whole words: `re.search(r"(?<!\w)NAME(?!\w)")` without a
    pattern compiled per name (`\w` is `str.isalnum()` or "_", as in `re`)."""
    at = text.find(name)
    while at >= 0:
        before = text[at - 1] if at > 0 else ""
        after = text[at + len(name)] if at + len(name) < len(text) else ""
        if not _is_word_char(before) and not _is_word_char(after):
            return at
        at = text.find(name, at + 1)
    return None


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def main_organization(
    clusters: list[EntityCluster], doc: Doc, title: str | None, body_start: int
) -> EntityCluster | None:
    """The organization the article is about: the best score on ORG_WEIGHTS."""
    lead = lead_sentence(doc, body_start)
    subjects = {t.i for s in lead_subjects(lead) for t in subject_core(s)}
    orgs = [
        c
        for c in clusters
        if not c.agency
        and not all(in_brackets(m) or in_speaker_line(m) for m in c.mentions)  # an aside or a speaker's firm
        and (c.label == "ORG" or c.org_evidence and _is_lead_subject(c, subjects))
    ]
    if not orgs:
        return None
    companies = [c for c in orgs if not any(names_an_index(m) for m in c.mentions)]
    orgs = companies or orgs  # "the Halden 300 index": a reading, not a company, unless nothing else is named
    orgs = [c for c in orgs if not is_brand(c)] or orgs  # "the maker of Quillby crackers": a brand, not the maker
    title_span = title_bounds(doc, title)
    untagged = untagged_names(doc)
    full_names = {n for c in clusters for n in (c.name, *c.aliases)}
    short = {id(c): short_mentions(c, untagged, doc, full_names) for c in orgs}
    positions = {id(c): title_position(c, doc, title_span, short[id(c)]) for c in orgs}
    named = [p for p in positions.values() if p is not None]
    first = min(named, default=None)
    sentences = [s for s in doc.sents if s.start_char >= body_start]
    lead_end = sentences[min(2, len(sentences) - 1)].end_char if sentences else 0

    def features(c: EntityCluster) -> dict[str, float]:
        position = positions[id(c)]
        spans = [*c.mentions, *short[id(c)]]
        return {
            "first_in_title": float(position is not None and position == first),
            "in_title": float(position is not None and position != first),
            "lead_subject": float(_is_lead_subject(c, subjects)),
            "mention": float(len(spans)),
            "lead_mention": float(sum(s.start_char < max(lead_end, title_span[1]) for s in spans)),
            "subject_mention": float(sum(s.root.dep_ in SUBJECT_OR_POSS for s in spans)),
        }

    feature_table = {id(c): features(c) for c in orgs}
    if ORG_TRACE is not None:
        ORG_TRACE.append([(c.name, sorted(c.aliases), feature_table[id(c)], c.mentions[0].start_char) for c in orgs])

    def score(c: EntityCluster) -> float:
        return sum(ORG_WEIGHTS[name] * value for name, value in feature_table[id(c)].items())

    best = max(orgs, key=lambda c: (score(c), -c.mentions[0].start_char))
    if best.label != "ORG":
        best.make_org()  # "Global miner X announced ...": the lead's subject with organization evidence
    return best


def _is_lead_subject(cluster: EntityCluster, subjects: set[int]) -> bool:
    return any(t in subjects for m in cluster.mentions for t in range(m.start, m.end))


def names_an_index(span: Span) -> bool:
    """ "the Halden Composite Index", "the Halden industrial average": a mention that names an index."""
    index_nouns = words("index_nouns")
    if span[-1].lower_ in index_nouns:
        return True
    token = span.root
    for _ in range(4):
        if token.dep_ not in ("compound", "nmod", "poss", "amod") or token.head.i == token.i:
            break
        token = token.head
        if token.lemma_.lower() in index_nouns:
            return True
    return False


def in_brackets(span: Span) -> bool:
    """A mention inside parentheses: an aside, a ticker or an editor's insertion."""
    sent, text = span.sent, doc_text(span.doc)  # slices of the cached text: the brackets are where the tokens have them
    before = text[sent.start_char : span.start_char]
    after = text[span.end_char : sent.end_char]
    return (
        before.rfind("(") > before.rfind(")")
        and after.find(")") != -1
        and (after.find("(") == -1 or after.find(")") < after.find("("))
    )


def subject_core(subject: Token) -> list[Token]:
    """A subject with its appositions and compounds: "Acme Co., Freedonia's biggest grocer,"."""
    return [subject, *(c for c in subject.children if c.dep_ in ("appos", "compound"))]


def org_score(cluster: EntityCluster | None, doc: Doc, title: str | None, body_start: int) -> float:
    """The main organization's own evidence, on the place scale: title and lead subject (as the one who
    acts, not the source who reports a place's figures: "sales in X fell, the Y council said")."""
    if cluster is None:
        return 0.0
    title_span = title_bounds(doc, title)
    lead = lead_sentence(doc, body_start)
    subjects = {t.i for s in lead_subjects(lead, sources=False) for t in subject_core(s)}
    total = PLACE_WEIGHTS["title_holder"] if title_position(cluster, doc, title_span) is not None else 0.0
    if any(t in subjects for m in cluster.mentions for t in range(m.start, m.end)):
        total += PLACE_WEIGHTS["lead_subject_holder"]
    return total + sum(PLACE_WEIGHTS["holder_mention"] for m in cluster.mentions if m.root.dep_ in SUBJECT_OR_POSS)


HOLDER_LINKS = ("compound", "poss", "nmod", "amod", "pobj", "prep")
LOCATIVE_PREPS = ("in", "of", "across", "at")


DATELINE_TAILS = frozenset({"(", ",", "-", "—", "–"})  # "OSLO (Reuters) -", "REDMOND, Wash. -", "OSLO -"


def is_dateline_mention(span: Span) -> bool:
    """ "OSLO (Reuters) - Grocers raised ...": an upper-case place alone at the start of a line, followed by the
    dateline's bracket, comma or dash. A paragraph that opens with an upper-case abbreviation as nationality
    ("U.S. builders started 3 percent more homes ...") is no dateline: the place holds the figure as anywhere else."""
    if not (span.text.isupper() and _starts_a_line(span)):
        return False
    after = next((t for t in span.doc[span.end : span.end + 2] if not t.is_space), None)
    return after is None or after.text in DATELINE_TAILS


def _starts_a_line(span: Span) -> bool:
    """Only white space between the span and the line break before it (or the start of the text)."""
    for token in reversed(span.doc[: span.start]):
        if "\n" in token.whitespace_ or token.is_space and "\n" in token.text:
            return True
        if not token.is_space:
            return False
    return True


def is_economy_holder(span: Span) -> bool:
    """ "Freedonian flat sales", "Freedonia's exports", "sales in Freedonia", "Freedonian grocers saw
    sales": a place that holds an economy-wide noun (economy_nouns) or the generic plural subject
    that has it; a dateline ("OSLO (Reuters) - Grocers raised ...") holds nothing."""
    if is_dateline_mention(span):
        return False
    token = span.root
    for _ in range(5):
        head = token.head
        if head is token or token.dep_ not in HOLDER_LINKS:
            return False
        if token.dep_ == "pobj" and head.lower_ not in LOCATIVE_PREPS:
            return False
        if is_economy_noun(head):
            return not locates_company_figure(head, span.root)  # "its U.S. sales": a company's, not the economy's
        if _generic_plural_subject(head):
            return True
        token = head
    return False


def _generic_plural_subject(token: Token) -> bool:
    """ "Freedonian grocers saw sales climb": a plural common noun as subject stands for a place's firms
    when its verb has an economy noun as object or as subject of the clause it governs ("saw sales
    climb"); "Freedonian judges charged three men" holds no figure of the economy."""
    if not (token.tag_ == "NNS" and not token.ent_type_ and token.dep_ in ("nsubj", "nsubjpass")):
        return False
    verb = token.head
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    objects += [g for c in verb.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]
    return any(is_economy_noun(o) for o in objects)


def is_economy_noun(token: Token) -> bool:
    economy = words("economy_nouns")
    return token.lemma_.lower() in economy or token.lower_ in economy  # "sales" lemmatizes to "sale"


def main_place(
    clusters: list[EntityCluster],
    main_org: EntityCluster | None,
    doc: Doc,
    title: str | None,
    body_start: int,
    dateline: str | None = None,
) -> EntityCluster | None:
    """The country or region of an economy story, when it outscores the main organization or the main
    organization is a statistics publisher (then the best evidence of its country, `dateline` the last)."""
    org_evidence = org_score(main_org, doc, title, body_start)
    named = _named_main_place(clusters, main_org, doc, title, body_start, dateline, org_evidence)
    if named is not None:
        return named
    places = [c for c in clusters if c.label == "GPE"]
    return _national_lead_country(places, lead_sentence(doc, body_start), doc, title, org_evidence)


def _named_main_place(
    clusters: list[EntityCluster],
    main_org: EntityCluster | None,
    doc: Doc,
    title: str | None,
    body_start: int,
    dateline: str | None,
    org_evidence: float,
) -> EntityCluster | None:
    """The main place by the evidence of places the tagger named (`main_place` without the nationality lead);
    `org_evidence` is the main organization's `org_score`."""
    places = [c for c in clusters if c.label == "GPE"]
    if _speaks_for_a_country(main_org):
        return _body_country(main_org, places, dateline)
    lead = lead_sentence(doc, body_start)
    if not places:
        return _unheld_statistics_country(lead, main_org, places, dateline, doc, title, body_start)
    title_span = title_bounds(doc, title)
    subject_trees = {t.i for s in lead_subjects(lead) for t in s.subtree}

    def score(c: EntityCluster) -> float:
        w = PLACE_WEIGHTS
        holders = [m for m in c.mentions if is_economy_holder(m)]
        total = w["title_holder"] if any(title_span[0] <= m.start_char < title_span[1] for m in holders) else 0.0
        if any(m.start in subject_trees for m in holders):
            total += w["lead_subject_holder"]
        return total + w["holder_mention"] * len(holders)

    best = max(places, key=lambda c: (score(c), -c.mentions[0].start_char))
    best_score = score(best)
    if best_score >= PLACE_WEIGHTS["lead_subject_holder"] and best_score > org_evidence:
        return _acting_place(places, lead, title_span) or best
    unheld = _unheld_statistics_country(lead, main_org, places, dateline, doc, title, body_start)
    return unheld or _lead_country(places, lead, title_span, org_evidence)


def _lead_country(
    places: list[EntityCluster], lead: Span | None, title: tuple[int, int], org_evidence: float
) -> EntityCluster | None:
    """ "Freedonia on Monday opened its gas fields to foreign firms" under "Key points about Freedonia's gas deals":
    a country that acts as the lead's subject and is named in the title is what the story is about, though it
    holds no economy noun there, unless the main organization's own evidence (title, lead subject, mentions
    as subject or possessor) is as strong; its unheld figures then take the country, not a company named
    further down (FACTS.md: economy-wide facts take the country)."""
    acting = _acting_place([c for c in places if is_country(c)], lead, title)
    if acting is None or not any(m.root.dep_ in ("nsubj", "nsubjpass") for m in acting.mentions if m.sent == lead):
        return None  # "the U.S. Securities and Exchange Commission signed off": a body's name, no country acting
    w = PLACE_WEIGHTS
    own = w["title_holder"] + w["lead_subject_holder"]
    own += sum(w["holder_mention"] for m in acting.mentions if m.root.dep_ in SUBJECT_OR_POSS)
    return acting if own > org_evidence else None


def _national_lead_country(
    places: list[EntityCluster], lead: Span | None, doc: Doc, title: str | None, org_evidence: float
) -> EntityCluster | None:
    """ "Freedonian consumer prices rose 3 percent" under "Freedonian inflation quickens", "Two Freedonian
    government ministers clashed" under "Freedonian ministers argue", "Freedonia's government lost its
    majority" under "Voters punish Freedonian government": a lead whose subject is an economy figure or a
    government that a nationality (or a country as possessor) names, with the title writing the same
    nationality, is about that country though the tagger named it nowhere as a place in the title; its
    unheld figures then take the country, not a party, agency or central bank named further down, unless
    the main organization's own evidence is as strong. "Freedonian authorities mull curbs on bank pay" (no
    economy noun, no government noun) stays the story of the company it names."""
    title_words = {w.strip(".,:;'\"").lower() for w in (title or "").split()}
    for subject in lead_subjects(lead, sources=False):
        found = None if _names_an_actor(subject) else _subject_country(subject, places, title_words)
        if found is None:
            continue
        place, written, name = found
        w = PLACE_WEIGHTS
        own = w["title_holder"] + w["lead_subject_holder"]
        own += sum(w["holder_mention"] for m in place.mentions if m.root.dep_ in SUBJECT_OR_POSS) if place else 0.0
        return (place or _unwritten_place(name, written)) if own > org_evidence else None
    return None


def _subject_country(
    subject: Token, places: list[EntityCluster], title_words: set[str]
) -> tuple[EntityCluster | None, str, str] | None:
    """(the place named, as written, the country) of a nationality on an economy or government noun of the
    subject's phrase, or of a country owning a government subject ("Freedonia's government"), when the
    title writes that nationality or country too."""
    nationalities = table("nationality_countries")
    held = _economy_or_government(subject)  # "bad debts at Freedonian banks": the subject is the figure
    for token in subject.subtree:
        row = nationalities.get(token.lower_)
        on_figure = held or _economy_or_government(token.head)
        if row and token.dep_ in NATIONAL_DEPS and on_figure and token.lower_ in title_words:
            return _place_named(places, row[0]), token.text, row[0]
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is None or subject.lemma_.lower() not in words("national_body_nouns"):
        return None
    place = next((c for c in places if is_country(c) and any(owner in m for m in c.mentions)), None)
    if place is None:
        return None
    written = {place.name.lower(), *(a.lower() for a in place.aliases)}
    named = written | {k for k, row in nationalities.items() if row and row[0].lower() in written}
    return (place, place.name, place.name) if named & title_words else None


def _economy_or_government(token: Token) -> bool:
    """ "consumer prices", "debts", "government ministers": a noun of the economy or of a government."""
    nouns = [token, *(c for c in token.children if c.dep_ == "compound")]
    return any(is_economy_noun(t) or t.lemma_.lower() in words("national_body_nouns") for t in nouns)


def _place_named(places: list[EntityCluster], name: str) -> EntityCluster | None:
    return next((c for c in places if name.lower() in {a.lower() for a in (c.name, *c.aliases)}), None)


def _acting_place(places: list[EntityCluster], lead: Span | None, title: tuple[int, int]) -> EntityCluster | None:
    """ "Freedonia sees a warning in Ostrava's debt" over "Freedonia has strong reason to ...": in an economy
    story, the place that is both the subject of the lead's main clause and named in the title is the one the
    story is about, even where another place holds more economy nouns (the one it is compared with). The
    lead's first subject stands in for its main clause's where the dateline took the parse's root."""
    first = next((t for t in lead if t.dep_ in ("nsubj", "nsubjpass")), None) if lead is not None else None
    subjects = {t.i for s in lead_subjects(lead, sources=False) or ([first] if first else []) for t in subject_core(s)}
    acting = [c for c in places if any(m.root.i in subjects for m in c.mentions) and _title_names(c, title)]
    return acting[0] if len(acting) == 1 else None


def _title_names(place: EntityCluster, title: tuple[int, int]) -> bool:
    """The title names the place or writes its nationality ("Freedonian minister upbeat" over "Freedonia is
    confident ..."): the tagger reads the nationality as NORP, no mention of the place."""
    if any(title[0] <= m.start_char < title[1] for m in place.mentions):
        return True
    title_text = doc_text(place.mentions[0].doc)[title[0] : title[1]] if place.mentions else ""
    nationalities = table("nationality_countries")
    names = {place.name.lower(), *(a.lower() for a in place.aliases)}
    return any(
        (row := nationalities.get(w.strip(".,:;'\"").lower())) and row[0].lower() in names for w in title_text.split()
    )


def _unheld_statistics_country(
    lead: Span | None,
    main_org: EntityCluster | None,
    places: list[EntityCluster],
    dateline: str | None,
    doc: Doc,
    title: str | None,
    body_start: int,
) -> EntityCluster | None:
    """ "New home sales slumped in July", "Jobless claims rose last week": a lead whose subject is an economy
    noun that nobody in the sentence holds and that no organization reports is a national statistic, so the
    story is about the country the frame gives (the dateline's capital, the place with most economy evidence),
    unless the main organization's own evidence (title, lead subject) outweighs the lead."""
    subjects = lead_subjects(lead)
    if not any(_unheld_statistic(s) for s in subjects if s.head.dep_ != "advcl"):  # "as the market paused": background
        return None
    if any(_names_an_actor(s) for s in subjects):
        return None  # "sales rose 5 percent, Acme said": the reporting company's own figure
    country = _publisher_country(None, places, dateline)
    if country is None:
        return None
    holders = sum(PLACE_WEIGHTS["holder_mention"] for m in country.mentions if is_economy_holder(m))
    if PLACE_WEIGHTS["lead_subject_holder"] + holders > org_score(main_org, doc, title, body_start):
        return country
    return None


def _speaks_for_a_country(cluster: EntityCluster | None) -> bool:
    """A statistics publisher, a legislature, an executive office or a central bank (government_bodies.py):
    its country holds the story's figures."""
    return is_publisher(cluster) or is_government_body(cluster)


def _body_country(
    body: EntityCluster | None, places: list[EntityCluster], dateline: str | None
) -> EntityCluster | None:
    """The publisher's country; for a legislature, executive office, central bank or trade group only a country
    (a city in the dateline or a state it debates is no holder of a nation's figures), for a trade group only
    one it is tied to (`data_groups.tied_to_nation`: not a worldwide group's, not the dateline's alone)."""
    place = _publisher_country(body, places, dateline)
    if not (is_government_body(body) or is_data_group(body)):
        return place
    if place is None or not is_country(place):
        return None
    if body is not None and is_data_group(body) and not tied_to_nation(body, place, _written(place)):
        return None
    return place


def _written(place: EntityCluster) -> bool:
    """The text itself writes the country as a holder or a nationality, not only the dateline's capital."""
    return country_evidence(place, set()) > 0


def _unheld_statistic(subject: Token) -> bool:
    """An economy noun with no entity, pronoun or place inside its phrase and no holder after "at" or "for"
    on its verb ("sales at Acme rose"): a reading of the whole economy."""
    if not is_economy_noun(subject) or any(_names_a_holder(t) or t.pos_ == "PRON" for t in subject.subtree):
        return False
    verb = subject.head
    held = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "for") for g in c.children]
    return not any(_names_a_holder(t) for g in held for t in g.subtree)


HOLDER_ENTITY_TYPES = frozenset({"ORG", "PERSON", "GPE", "LOC", "NORP"})  # not a date ("July home sales")


def _names_a_holder(token: Token) -> bool:
    """A name that can hold a figure, not the agency of a dateline the parse hung on the lead ("(Reuters)")."""
    return token.ent_type_ in HOLDER_ENTITY_TYPES and not (token.i > 0 and token.nbor(-1).text == "(")


def _names_an_actor(subject: Token) -> bool:
    """A lead subject that names an organization or a person (not a statistics body): the story's actor."""
    return any(t.ent_type_ in ("ORG", "PERSON") and _names_a_holder(t) for t in subject.subtree) and not any(
        t.lemma_.lower() in words("publisher_nouns") for t in subject.subtree
    )


def is_publisher(cluster: EntityCluster | None) -> bool:
    """ "the Labor Department", "the statistics office", "the Harlow Lenders Association": a public body or a
    trade group (`is_publisher_name`) that reports a figure is the source of its figures and holds none of them,
    so any place holding an economy noun outranks it. One that never reports a figure (a prosecutor's office or
    a board that is sued) stays the topic."""
    if cluster is None or not is_publisher_name(cluster):
        return False
    return any(_reports_a_figure(m) for m in cluster.mentions)


def is_publisher_name(cluster: EntityCluster) -> bool:
    """A name that ends in a publisher noun ("the Labor Department", "the statistics office") or in the noun of
    a trade group or private board that publishes its industry's figures ("the Harlow Lenders Association")."""
    return cluster.name.split()[-1].lower() in words("publisher_nouns") or is_data_group(cluster)


def publisher_reports(mention: Span, cluster: EntityCluster) -> bool:
    """This mention of a public statistics body (its name ends in a publisher noun) is the source of its
    sentence's figures: "..., the Commerce Department said", "according to Labor Department data"."""
    return is_publisher_name(cluster) and _reports_a_figure(mention)


def _reports_a_figure(mention: Span) -> bool:
    """ "rose 2 percent, the Labor Department said", "Labor Department data showed", "a report from the
    Labor Department showed", "according to Labor Department data": the body, its data or its report is
    the source of a sentence with a number or a move ("claims rose last week, the department said")."""
    root = mention.root
    if root.dep_ == "pobj" and root.head.lower_ in ("from", "by"):
        root = root.head.head  # "a report from the Labor Department showed"
    elif root.dep_ in ("compound", "appos"):
        root = root.head  # "Labor Department data showed", "research firm Quillon said" (the name apposed)
    according = root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according"
    reports = root.dep_ == "nsubj" and root.head.lemma_.lower() in words("publisher_verbs")
    return (reports or according) and any(t.like_num or _moves(t) for t in mention.sent)


def _moves(token: Token) -> bool:
    """ "claims rose", "the deficit narrowed": a move verb without an object (not "dropped its case")."""
    moving = token.lemma_.lower() in words("change_up") or token.lemma_.lower() in words("change_down")
    return moving and token.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in token.children)


def _publisher_country(
    publisher: EntityCluster | None, places: list[EntityCluster], dateline: str | None
) -> EntityCluster | None:
    """The country a statistics publisher's story is about: the place with most evidence (`country_evidence`,
    the publisher's own name counting as much as the dateline), else the place the publisher's name starts with
    or the country of a capital in the dateline ("WASHINGTON (Reuters) -") though the text never names it."""
    capital = table("dateline_countries").get((dateline or "").lower())
    named = _named_in(publisher, places) if publisher is not None else None
    countries = {name for name in (capital[0] if capital else None, named.name if named else None) if name}
    best = best_evidenced_place(places, countries)
    return best or named or (_unwritten_place(capital[0], dateline) if capital else None)


# evidence that a place is the story's economy: a mention holding an economy noun ("Freedonia's exports") weighs
# as much as the dateline's capital or the publisher's name; a nationality ("Freedonian stocks") counts once. A
# passing "Ruritania's output" in a story datelined in Freedonia's capital with "Freedonian" figures stays aside.
COUNTRY_EVIDENCE = {"holder": 2, "national": 1, "named_country": 2}


def best_evidenced_place(places: list[EntityCluster], countries: set[str]) -> EntityCluster | None:
    """The place with most `country_evidence` (the first named on a tie), None when none has any."""
    best = max(places, key=lambda c: (country_evidence(c, countries), -c.mentions[0].start_char), default=None)
    return best if best is not None and country_evidence(best, countries) > 0 else None


def country_evidence(place: EntityCluster, countries: set[str]) -> int:
    """Economy nouns the place holds, its nationality written before nouns, and whether it is one of the
    `countries` the story's frame names (the dateline's capital, the publisher's own name)."""
    w = COUNTRY_EVIDENCE
    holding = sum(is_economy_holder(m) for m in place.mentions)
    national = sum(_written_as_nationality(m) for m in place.mentions)
    named = {place.name, *place.aliases} & countries
    return w["holder"] * holding + w["national"] * national + (w["named_country"] if named else 0)


def _written_as_nationality(mention: Span) -> bool:
    """ "U.S. stocks", "the Freedonian recovery": a place set before a noun; a dateline ("OSLO (Reuters) -") never."""
    return mention.root.dep_ in NATIONAL_DEPS and not is_dateline_mention(mention)


def _named_in(publisher: EntityCluster, places: list[EntityCluster]) -> EntityCluster | None:
    """ "the U.S. Commerce Department", "Freedonia's statistics office": the place its own name starts with;
    else the country its name ends with after "of" ("the Reserve Bank of Freedonia")."""
    first = publisher.name.split()[0].removesuffix("'s")
    named = next((c for c in places if first.lower() in {a.lower() for a in (c.name, *c.aliases)}), None)
    canonical = table("place_aliases").get(first.lower())
    if named is None and canonical:  # the tagger read "U.S." as part of the name: the place has no mention
        named = _unwritten_place(canonical[0], first)
    return named or _country_after_of(publisher, places)


def _country_after_of(publisher: EntityCluster, places: list[EntityCluster]) -> EntityCluster | None:
    """ "the Reserve Bank of Freedonia", "the National Bank of Ostrava": the country written after the name's
    last "of". A city or state there ("the Federal Reserve Bank of Harlow") names a branch, not the nation whose
    figures the body reports: only a country counts."""
    _, of, after = publisher.name.rpartition(" of ")
    if not of or not after:
        return None
    named = next((c for c in places if after.lower() in {a.lower() for a in (c.name, *c.aliases)}), None)
    if named is None and is_country_name(after):
        return _unwritten_place(after, after)  # the tagger read the country as part of the body's name only
    return named if named is not None and is_country(named) else None


def _unwritten_place(name: str, written: str) -> EntityCluster:
    """A place the evidence names without a mention of its own: the subject name only."""
    from extractor.mentions.entity_clusters import EntityCluster  # noqa: PLC0415 (it imports this module)

    return EntityCluster(name, Counter({"GPE": 1}), aliases={written})


NATIONAL_DEPS = ("compound", "amod")  # "U.S. stocks"; not "London's High Court", where a place owns an institution
