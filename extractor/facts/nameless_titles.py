"""A title that speaks with no name, and the person the next sentences first name: "Brandt's chief executive
said on Monday ..." then "Ann Lee told the newspaper ...". The lede gives the post and its holder, the body the
name; read alone, neither sentence gives the role. The title is read where it is written (the possessor or the
public post before it, as for a name), and given to the first person named in the next sentences only when that
person speaks, is named there for the first time and gets no title of their own; another titled speaker in
between, or another person named first, and nothing is told."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from extractor.facts.discourse import DocContext
from extractor.facts.government_posts import government_post
from extractor.facts.named_facts import public_role, titled_role
from extractor.facts.titles_before import title_before
from extractor.lexicons import words
from extractor.models import Fact

if TYPE_CHECKING:
    from extractor.mentions.entity_clusters import EntityCluster

SENTENCES_TO_NAME = 3  # the name comes in the next paragraph or two; later, another person is as likely


@dataclass
class _Post:
    """A nameless titled speaker: the sentence, the word after the title (where a name would end the title),
    and the title's holder as read there."""

    sent: Span
    after: Span
    public: tuple[str, str | None] | None
    written: tuple[list[Token], str | None] | None


@dataclass
class NamelessTitles:
    """Follows a story sentence by sentence, holding the last nameless titled speaker until a person is named."""

    post: _Post | None = None
    left: int = 0

    def read(self, sent: Span, ctx: DocContext, seen: set[tuple[str, str]], roles: list[Fact]) -> list[Fact]:
        """The role of the person this sentence first names, when an earlier sentence gave the title; then
        remembers this sentence's nameless titled speaker, if any."""
        people = ctx.entities.mentions_between("PERSON", sent.start, sent.end)
        facts = self._named(people, ctx, seen, roles) if self.post is not None and people else []
        if people:
            self.post = None
        self.left -= 1
        if self.left <= 0:
            self.post = None
        if not people and (post := _nameless_post(sent, ctx)) is not None:
            ambiguous = self.post is not None
            self.post, self.left = (None, 0) if ambiguous else (post, SENTENCES_TO_NAME + 1)
        return facts

    def _named(self, people: list, ctx: DocContext, seen: set[tuple[str, str]], roles: list[Fact]) -> list[Fact]:
        cluster, mention = min(people, key=lambda found: found[1].start)
        post = self.post
        if post is None or not _first_named_speaker(cluster, mention) or any(f.object == cluster.name for f in roles):
            return []
        if post.public is not None:
            return public_role(post.sent, ctx, seen, cluster.name, post.after, *post.public)
        tokens, org = post.written if post.written is not None else ([], None)
        fact = titled_role(post.sent, ctx, seen, cluster.name, post.after, tokens, org) if org else None
        return [fact] if fact is not None else []


def _nameless_post(sent: Span, ctx: DocContext) -> _Post | None:
    """ "Brandt's chief executive said", "a Norland finance ministry spokeswoman told reporters": a title noun
    right before the reporting verb it is the subject of, with its holder written before it."""
    for verb in sent:
        if verb.lemma_ not in words("reporting_verbs") or verb.i == sent.start:
            continue
        title = verb.doc[verb.i - 1]
        if title.dep_ != "nsubj" or title.head != verb or not _title_noun(title):
            continue
        after = verb.doc[verb.i : verb.i + 1]
        if title.lower_ in words("government_posts"):
            public = government_post(after, ctx)
            return _Post(sent, after, public, None) if public is not None and public[1] is not None else None
        written = title_before(after, words("title_words"), ctx)
        return _Post(sent, after, None, written) if written is not None and written[1] is not None else None
    return None


def _title_noun(token: Token) -> bool:
    lower = token.lower_
    return token.tag_ in ("NN", "NNP") and (
        lower in words("role_nouns") or lower in words("title_words") or lower in words("government_posts")
    )


def _first_named_speaker(cluster: EntityCluster, mention: Span) -> bool:
    """The person's first mention, by a full name, as the one who speaks: "Ann Lee told the newspaper"."""
    first = min(m.start for m in cluster.mentions)
    root = mention.root
    speaks = root.dep_ == "nsubj" and root.head.lemma_ in words("reporting_verbs")
    return first == mention.start and len(cluster.name.split()) >= 2 and speaks
