"""Events done jointly: "Kestrel and Brandt Capital bought Orrin", "rivals Kestrel and Brandt, who jointly bought
Orrin": every named organization joined to the event verb's subject did the event, each one a fact of its own."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.discourse import DocContext, known_name_ending_at, resolve_subject
from extractor.facts.syntax import clause_subject
from extractor.lexicons import words


def joint_doers(verb: Token, subject: str, ctx: DocContext) -> list[str]:
    """The other named organizations conjoined to the subject of `verb` (which names `subject`), in text order;
    none when the verb's subject is not the written doer `subject` ("the company bought X, Kestrel and Y")."""
    head = clause_subject(verb)
    if head is None:
        return []
    while head.dep_ == "conj" and _done_jointly(verb):
        head = head.head  # "A and B, who jointly bought X": the relative clause hangs on the last conjunct
    members = [head, *_conjuncts(head)]
    names = [_org_name(t, ctx) for t in members]
    if subject not in names:
        return []  # the doer came from elsewhere (an intent's owner, the story's company): no list to share it
    return [n for n in dict.fromkeys(names) if n is not None and n != subject]


def _done_jointly(verb: Token) -> bool:
    """ "who jointly bought X", "which together own X": a relative clause on the last conjunct of a list speaks of
    the whole list only with an adverb of joint action (lexicons/joint_adverbs.txt)."""
    joint = words("joint_adverbs")
    return verb.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ in joint for c in verb.children)


def _conjuncts(token: Token) -> list[Token]:
    """The conjuncts of a noun, also those the parse chains on a conjunct ("A, B and C")."""
    found = []
    for child in token.children:
        if child.dep_ == "conj":
            found.extend([child, *_conjuncts(child)])
    return found


def _org_name(token: Token, ctx: DocContext) -> str | None:
    """The organization a subject conjunct names, also through a descriptive head ("hedge funds Kestrel LP")."""
    cluster = ctx.entities.at(token.i)
    if cluster is None:
        token = next((c for c in token.children if c.dep_ in ("appos", "compound") and ctx.entities.at(c.i)), token)
        cluster = ctx.entities.at(token.i)
    if cluster is None and token.pos_ == "PROPN":
        # a company the story names elsewhere, or only here, that the tagger missed beside a named one
        return known_name_ending_at(token, ctx) or _untagged_name(token)
    if cluster is None or cluster.label == "PERSON":
        return None  # "Kestrel and Ann Lee bought X": a person's part is read elsewhere
    return resolve_subject(token, ctx)


def _untagged_name(token: Token) -> str | None:
    """ "Heron and Kestrel Holdings": the proper nouns of an untagged conjunct, its compounds and itself."""
    # a sentence's first word is capitalized whatever it is ("Rivals Heron and ...")
    words_before = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i != c.sent.start]
    if token.ent_type_ or not token.text[:1].isupper():
        return None
    return " ".join(t.text for t in [*words_before, token])
