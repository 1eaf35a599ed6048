"""Which organization "the company", "the group" or "its rival X" stands for when the story's main
company is not the only party: the organization that reports the clause, the one the clause is joined to,
or the one the previous sentence was about (docs/DECISIONS.md, "Subjects: other parties", round 10)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from extractor.facts.index_names import PLACE_TYPES
from extractor.facts.named_owners import tagged_org
from extractor.facts.story_orgs import org_named_by
from extractor.facts.syntax import SUBJECT_DEPS
from extractor.lexicons import words
from extractor.mentions.cluster_lookup import named
from extractor.mentions.entities import EntityIndex

if TYPE_CHECKING:
    from extractor.facts.discourse import DocContext

QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "''", "``"})


def continued_party(anaphor: Token, ctx: DocContext) -> str | None:
    """The organization the previous sentence was about, for an anaphor that is a clause's subject or its
    possessor ("The chain said ...", "The group's sales ..."; "asking the company to register" may be any
    party); a longer or shorter form of the main organization's name ("Halvard Capital Management" beside
    "Halvard")
    is the main organization's own name."""
    head = anaphor.head if anaphor.dep_ == "poss" else anaphor
    if head.dep_ not in SUBJECT_DEPS:
        return None
    return as_main_name(ctx.previous_subject, ctx)


def as_main_name(name: str | None, ctx: DocContext) -> str | None:
    """The main organization's own name for a longer or shorter form of it ("Halvard Capital Management" beside
    "Halvard", "RESULTS HALVARD" where a glued subheading joined the name); any other name as it is."""
    main = ctx.main_org
    if name is None or main is None:
        return name
    variant = name.startswith(main + " ") or main.startswith(name + " ") or name.endswith(" " + main)
    return main if variant else name


def continued_org(subject: Token | None, name: str | None, sent: Span, ctx: DocContext) -> str | None:
    """The organization a sentence's main clause is about, which "the company" or "the chain" of the next
    sentence continues ("Kestrel Stores, its largest rival, said profit fell. The chain said ..."); none
    when the sentence also names the main organization outside that subject ("Moody's cut Brindle's
    rating. The company said ..." may go on about either). `name` is what the subject resolves to."""
    if subject is None:
        return None
    main = ctx.entities.main_org
    if name is None or main is None or name == main.name:
        return None
    if not any(c.label == "ORG" for c in named(ctx.entities, name)):
        return None
    if any(c.label == "PERSON" and c.name.endswith(" " + name) for c in ctx.entities.clusters):
        return None  # "Varga said ...", a person's surname NER called an organization, continues no company
    if any(t.text in QUOTE_MARKS for t in sent):
        return None  # '"We will grow," Varga said': a quote's speaker is mostly a person
    inside = range(subject.left_edge.i, subject.right_edge.i + 1)
    if any(ctx.entities.at(t.i) is main for t in sent if t.i not in inside):
        return None
    return name


def named_appositive(token: Token, entities: EntityIndex) -> str | None:
    """ "its rival Dunmore Corp reported", "the market leader, Trevane, added": an organization noun
    (org_nouns) with a named organization in apposition stands for that organization."""
    if token.pos_ not in ("NOUN", "ADJ") or token.lemma_.lower() not in words("org_nouns") or token.tag_ == "NNS":
        return None  # "two funds -- Herald A and Herald B": a list, not one organization
    return next((named for c in token.children if c.dep_ == "appos" and (named := tagged_org(c, entities))), None)


def described_name(token: Token, entities: EntityIndex) -> str | None:
    """ "Ardmoor Capital, a Denver-based firm that manages $4 billion": an organization noun (org_nouns) set in
    apposition after a named organization stands for it, as the antecedent of its relative clause does."""
    if token.pos_ != "NOUN" or token.dep_ != "appos" or token.lemma_.lower() not in words("org_nouns"):
        return None
    return tagged_org(token.head, entities)


def reporter_org(anaphor: Token, ctx: DocContext) -> str | None:
    """ "Quillby's chief executive said the group would ...", "Fennick said output fell, and the company cut
    its forecast": an anaphor that is the subject (or its possessor) of a clause reported by an officer of an
    organization, or of a clause joined to one whose subject is an organization (by "and", or as an adverbial
    clause: "Alder ended higher when the toolmaker signed ..."), is that organization. An
    organization reporting it (an outsider, mostly), or a forecaster's employer, never is; only the nearest
    reporting verb counts ("X said, after Y's chief said the company ...": Y's)."""
    head = anaphor.head if anaphor.dep_ == "poss" else anaphor
    if head.dep_ not in SUBJECT_DEPS:
        return None
    clause, own_pronoun = head.head, False
    for _ in range(4):
        reported = clause.dep_ == "ccomp" and clause.head.lemma_.lower() in words("reporting_verbs")
        if not reported and clause.dep_ not in ("conj", "advcl"):
            return None
        adverbial = clause.dep_ == "advcl"
        clause = clause.head
        speaker = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        if adverbial and (speaker is None or _other_org_before(anaphor, speaker, ctx)):
            return None  # "Moody's cut Brindle's rating after the company ...": either may be meant
        # "Norlund said it would cut capacity, and the group plans ...": "it" names the reporter itself
        officers_only = reported and not own_pronoun
        org = speaking_org(speaker, ctx, officers_only=officers_only) if speaker is not None else None
        own_pronoun = speaker is not None and speaker.lower_ == "it"
        if org is not None or reported:
            return as_main_name(org, ctx)  # else up again: "Fennick said [its output fell], and the company cut ..."
    return None


def speaking_org(speaker: Token, ctx: DocContext, officers_only: bool = False) -> str | None:
    """The organization a speaker is or speaks for: a named organization, or an officer of one
    ("Quillby's chief executive", "Quillby spokesman Tom Reed"); not an analyst's bank. With
    `officers_only` only an officer: an organization that says "the company ..." is mostly an outsider
    talking about the story's company ("the regulator said the bank would ...", "the investor said the
    company could draw a bid"), while an officer speaks of its own. Unlike `title_owners.title_owner` (whose
    post a title noun names), only a tagged organization written before the speaker counts (no "its", no
    untagged name, no of-phrase), and the speaker need not be a title noun ("Quillby spokesman Tom Reed")."""
    named = tagged_org(speaker, ctx.entities)
    if named is not None:
        return None if officers_only else named
    if speaker.lemma_.lower() in words("forecast_cues"):
        return None
    for child in speaker.lefts:  # "Quillby's chief", "Quillby spokesman Tom Reed", "Bear CEO Alan Reed"
        for word in child.subtree if child.dep_ in ("poss", "compound") else ():
            owner = tagged_org(word, ctx.entities)
            if owner is not None and not employs_forecaster(word, ctx.entities):
                return owner
    return None


def employs_forecaster(token: Token, entities: EntityIndex) -> bool:
    """ "Halden Bank analyst Tom Reed expects margins of 12 percent", "the bank's economist": a firm named
    before an analyst or economist (`forecast_cues`) only says whom the forecaster works for; the figure is
    the company's (or the economy's) that the forecaster studies, never the firm's own. A place there is
    what the forecaster covers ("the bank's Freedonia economist"), so it stays a holder."""
    head = token
    while head.dep_ == "compound" and head.head.i != head.i and head.head.pos_ == "PROPN" and head.i < head.head.i:
        head = head.head  # "Halden Bank": from "Halden" to "Bank"
    cluster = entities.at(token.i)
    if token.ent_type_ in PLACE_TYPES or cluster is not None and cluster.label in PLACE_TYPES:
        return False
    if _employer_phrase(head):
        return True  # "analysts at Halden Bank expected", "an economist with Halden": the employer
    if head.dep_ not in ("compound", "poss") or head.i > head.head.i:
        return False
    return head.head.lemma_.lower() in words("forecast_cues")


def _employer_phrase(head: Token) -> bool:
    """ "analysts at Halden Bank", "an economist with Halden", "strategists from Halden": a name in a
    prepositional phrase of employment (forecaster_employer_preps) on a forecaster noun."""
    preposition = head.head
    return (
        head.dep_ == "pobj"
        and preposition.lower_ in words("forecaster_employer_preps")
        and preposition.head.i < preposition.i
        and preposition.head.lemma_.lower() in words("forecast_cues")
    )


def _other_org_before(anaphor: Token, speaker: Token, ctx: DocContext) -> bool:
    """ "Alder ended 3 percent higher when the toolmaker agreed to ...": an anaphor in an adverbial clause
    continues the organization that is the subject of the clause it explains, unless another organization is
    named between that subject and the anaphor ("Fitch cut Alder after the company ...": Alder is nearer). One
    named before the subject ("Unlike Birch, Alder rose after ...") is not in the way."""
    return any(
        (cluster := ctx.entities.at(i)) is not None and cluster.label == "ORG"
        for i in range(speaker.right_edge.i + 1, anaphor.left_edge.i)
    )


UNTAGGED_TELLER_TYPES = frozenset({"", "ORG"})  # spaCy's own label on a name the entity index dropped or never had


def untagged_teller(teller: Token, verb: Token, pronoun: Token, ctx: DocContext) -> str | None:
    """ "Kelso Rail said on Thursday it had hired ...": "it" in the clause a reporting verb takes stands for
    the verb's subject. Where that subject is a proper name the entity index does not hold (the tagger missed
    it), the name as written is still the teller, not the last organization the story was about. Not a
    person's name the story writes in full elsewhere ("Varga said it was hard": a surname), nor a name the
    tagger read as a person or place."""
    if verb.lemma_.lower() not in words("reporting_verbs") or not _under_reported_clause(pronoun, verb):
        return None
    if teller.pos_ != "PROPN" or teller.ent_type_ not in UNTAGGED_TELLER_TYPES or ctx.entities.at(teller.i):
        return None
    name = written_name(teller)
    if name is None or name.lower() in words("news_agencies"):
        return None  # "CITY (Agency) - Miner Kelby said it ...": the dateline's agency parsed as the subject
    last = name.split()[-1]
    if any(c.label == "PERSON" and last in c.name.split() for c in ctx.entities.clusters):
        return None
    return org_named_by(name, ctx) or name  # "Halden" where the story writes "Halden Capital"


def _under_reported_clause(pronoun: Token, verb: Token) -> bool:
    """Whether `pronoun` is inside the clause `verb` reports (its ccomp), not in the verb's own phrases."""
    child = next((a for a in pronoun.ancestors if a.head.i == verb.i and a.i != verb.i), None)
    return child is not None and child.dep_ == "ccomp"


def written_name(head: Token) -> str | None:
    """The proper name that ends at `head`: the run of capitalised proper-noun compounds right before it
    ("Kelso Rail"), without a description before them ("rail operator Kelso Rail"); a word may open with a digit
    when it has a capital ("4Sight", which the tagger reads as a number)."""
    start = head.i
    while start > 0 and (word := head.doc[start - 1]).dep_ == "compound" and word.pos_ == "PROPN":
        start -= 1
    words_ = head.doc[start : head.i + 1]
    if not all(name_word(w) for w in words_) or all(w.is_upper and len(w) > 4 for w in words_):
        return None  # a lower-case word, or a heading in capitals ("DIVIDEND") glued to the sentence
    return words_.text


def name_word(word: Token) -> bool:
    """A word of a written name: a capital first, or a digit first with a capital in it ("4Sight")."""
    first = word.text[:1]
    return first.isupper() or first.isdigit() and any(ch.isupper() for ch in word.text)
