"""Which organization a definite description can stand for, by the kind of body it names: "the company",
"the Denver-based group" or "the largest steelmaker" is a business, never the regulator, legislature or
central bank a story is about; "the central bank" is a central bank, never the company a story is about;
"the bank" is a bank or a central bank, never a legislature or a commission. When the story's main
organization is not of the described kind, the description stands for the nearest organization named before
it that is (docs/DECISIONS.md, "Subjects: descriptions of another kind of body", round 13)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from extractor.facts.clause_holders import public_body
from extractor.lexicons import words
from extractor.mentions.government_bodies import is_central_bank, is_government_body

if TYPE_CHECKING:
    from extractor.facts.discourse import DocContext
    from extractor.mentions.entity_clusters import EntityCluster

# How far back a business description looks for the business it stands for: its own sentence and the two
# before ("Formerly known as Halden Holdings, the Utah-headquartered group ...", "... lawmakers pressed a Quillby
# manager to explain why the largest refiner ..."). A central bank is named once, often paragraphs earlier: it
# is looked for in the whole text before.
BUSINESS_SENTENCES_BACK = 2


def described_kind(anaphor: Token) -> str | None:
    """ "central bank" for "the (U.S.) central bank", "bank" for "the bank" (a business or a central bank),
    "business" for a business noun ("the company", "the Ohio-based retailer"); None for any other noun ("the
    fund" or "the agency" is no business)."""
    noun = anaphor.lemma_.lower()
    if noun == "bank":
        central = any(c.lower_ == "central" and c.dep_ in ("amod", "compound") for c in anaphor.lefts)
        return "central bank" if central else "bank"
    return "business" if noun in words("business_nouns") else None


def other_kind_party(anaphor: Token, ctx: DocContext) -> str | None:
    """The organization a description of a kind of body stands for when the main organization is not of that
    kind: the nearest organization of the kind named before it. None when the main organization may be of the
    kind, or no organization before it is (the old reading, the main organization, stands)."""
    if anaphor.tag_ in ("NNS", "NNPS") or not any(c.lower_ == "the" for c in anaphor.children):
        return None  # "banks", "a company": no description of one body named before
    kind = described_kind(anaphor)
    main = ctx.entities.main_org
    if kind is None or main is None or not _main_misfits(main, kind):
        return None
    doc = anaphor.doc
    start = 0
    if kind != "central bank":
        sentence_start = anaphor.sent.start
        for _ in range(BUSINESS_SENTENCES_BACK):
            if sentence_start > 0:
                sentence_start = doc[sentence_start - 1].sent.start
        start = sentence_start
    for i in range(anaphor.left_edge.i - 1, start - 1, -1):
        cluster = ctx.entities.at(i)
        if cluster is not None and cluster is not main and cluster.label == "ORG" and _fits(cluster, kind):
            return cluster.name
    return None


def main_of_kind(anaphor: Token, ctx: DocContext) -> str | None:
    """The main organization when it may be of the kind the description names ("the central bank" in a central
    bank's story), else None."""
    kind = described_kind(anaphor)
    main = ctx.entities.main_org
    return main.name if kind is not None and main is not None and not _main_misfits(main, kind) else None


def _main_misfits(main: EntityCluster, kind: str) -> bool:
    """The main organization is surely not of the kind: no central bank (nor a bank that may be one, "Bank of
    Norland") for "the central bank"; a public body (for "the bank": one that is no central bank) for a
    business noun or "the bank". Any company may be a bank ("the bank" of a story about a lender without the
    word in its name)."""
    if kind == "central bank":
        return not is_central_bank(main) and not _may_be_central_bank(main)
    if is_central_bank(main):
        return kind == "business"
    return _public(main)


def _fits(cluster: EntityCluster, kind: str) -> bool:
    """An organization named before the description is of its kind: a central bank for "the central bank"; a
    central bank or a company named as a bank for "the bank"; a body that is no public body for a business."""
    if cluster.agency:
        return False
    if is_central_bank(cluster):
        return kind != "business"
    if kind == "central bank" or _public(cluster):
        return False
    return kind == "business" or _names_a_bank(cluster)


def _public(cluster: EntityCluster) -> bool:
    return is_government_body(cluster) or any(is_public_name(name) for name in (cluster.name, *cluster.aliases))


def _names_a_bank(cluster: EntityCluster) -> bool:
    """ "Halden Bank", "Kestrel Bancorp", "Banco Quillby": a bank's word in the name or an alias."""
    return any(
        w.startswith(("bank", "banc", "banque")) for n in (cluster.name, *cluster.aliases) for w in n.lower().split()
    )


def _may_be_central_bank(cluster: EntityCluster) -> bool:
    """A central bank the list does not name may lead the story: a name that opens with "Bank" ("Bank of
    Norland") or holds a central bank's word (`central_bank_words`: "Reserve Bank of ...")."""
    for name in (cluster.name, *cluster.aliases):
        parts = name.lower().split()
        if parts[:1] == ["bank"] or set(parts) & words("central_bank_words"):
            return True
    return False


def is_public_name(name: str) -> bool:
    """A public body's name: a legislature, office or department (`clause_holders.public_body`), or one built
    with a public body's word (`public_body_words`) as its last word or its first word before "of"/"for"
    ("the Federal Trade Commission", "the Ministry of Finance"; not "Office Pantry")."""
    parts = name.lower().split()
    if not parts or public_body(name):
        return True
    built_with = words("public_body_words")
    return parts[-1] in built_with or len(parts) > 2 and parts[0] in built_with and parts[1] in ("of", "for")
