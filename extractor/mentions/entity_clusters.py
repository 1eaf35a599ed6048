"""Entity clusters: one entity of a document with its mentions and label votes, its canonical name without
a legal suffix, and the merges of clusters that name one entity (a headline's form, initials, short forms)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span

from extractor.lexicons import table, words
from extractor.mentions.brand_names import is_brand
from extractor.mentions.doc_memo import DocMemo
from extractor.mentions.doc_text import span_text
from extractor.mentions.legal_names import GROUP_WORDS, strip_legal_suffix
from extractor.mentions.salience import in_brackets

LABEL_PRIORITY = {"ORG": 0, "PERSON": 1, "GPE": 2, "PRODUCT": 3, "LOC": 4, "NORP": 5, "FAC": 6, "EVENT": 7}


@dataclass
class EntityCluster:
    """One entity of the document: its canonical name, label votes and mentions."""

    name: str
    votes: Counter = field(default_factory=Counter)
    mentions: list[Span] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    agency: bool = False  # a news agency, wire service or pollster: never the subject of a story's figures
    org_evidence: bool = False  # a descriptor ("chip powerhouse X"), legal suffix or ticker says organization

    def make_org(self) -> None:
        """NER called the story's company a person or place: the evidence outvotes it."""
        self.votes["ORG"] = max(self.votes.values(), default=0) + 1

    @property
    def label(self) -> str:
        votes = self.votes
        if len(votes) == 1:  # most names have one label: max's answer without a key call (asked ~300 times a story)
            return next(iter(votes))
        return max(votes, key=lambda lab: (votes[lab], -LABEL_PRIORITY.get(lab, 9)))


def settle_name(
    cluster: EntityCluster, text: str, body_start: int = 0, other_names: frozenset[str] = frozenset()
) -> None:
    """The canonical name from all the ways the text writes it: a body spelling over a headline's capitals, a
    "Group" or "Holdings" the text never leaves off, the form of two or more words the headline writes, else the
    short form the body writes after the full name. `other_names`: the lower-case names of the other
    organizations, which the headline's form must not also begin."""
    prefer_mixed_case(cluster)
    keep_group_word(cluster, text)
    drop_partnership_tail(cluster)
    if not prefer_headline_form(cluster, text, body_start, other_names):
        prefer_written_short_form(cluster, text, body_start)


def prefer_headline_form(cluster: EntityCluster, text: str, body_start: int, other_names: frozenset[str]) -> bool:
    """ "Norvale Foods profit falls" over a body that writes "Norvale Foods International Corp" once: the headline
    names its story's company as readers know it, so a form of two or more words it opens with that is the full
    name, or a word prefix of it that leaves off only words of business ("International Corp"), is the canonical
    name (readable gold: every such headline form is the gold's name, while a body's shorter form ("Norvale") is
    only an alias). One word is not enough ("Halden" of "Halden Vess" is a proper name's half): the body's short
    form decides then. Not a form cut before a linking word, "&" or a list's comma, nor one another
    organization's name also begins ("Halden Bank" beside "Halden Bank Insurance" and "Halden Bank Leasing"). A
    company named later in the headline ("Tarn to buy clinic operator Halden Care") is no story's own company:
    its name is left to the body (the gold writes the objects of its deals as the body does). True where the
    headline opens with such a form (the name is settled)."""
    if cluster.label != "ORG" or not body_start or _place_word(cluster.name):
        return False
    full, headline = cluster.name.split(), _headline_opening(text[:body_start])
    linking = words("name_linking_words") | {"&", "and"}
    for size in range(len(full), 1, -1):
        form = " ".join(full[:size])
        if _cut_at_a_link(full, size, linking) or any(_begins(form, name) for name in other_names):
            continue
        dropped = full[size:]
        if dropped and not (
            _drops_group_words(dropped) or _drops_a_formal_line_of_business(cluster.name, dropped, text[body_start:])
        ):
            continue  # "Halden Ports" of "Halden Ports World", "Halden Bank" of "Halden Bank Insurance"
        if size < len(full) and _own_name_elsewhere(form, full[size], headline, text[body_start:]):
            continue  # "Halden Bank's insurer ...", "owned by Halden Bank": the form names the parent
        if headline.startswith(form) and next(_whole_writings(form, headline), (1,))[0] == 0:
            if size < len(full):
                cluster.aliases.add(cluster.name)
                cluster.name = form
            return True
    return False


def _drops_group_words(dropped: list[str]) -> bool:
    """The headline leaves off only legal forms and words of group or reach ("International Holdings"), not a
    line of business: "Halden Bank" of "Halden Bank Insurance" is as often the insurer's parent."""
    return all(w.lower() in words("headline_drop_words") for w in dropped)


def _drops_a_formal_line_of_business(name: str, dropped: list[str], body: str) -> bool:
    """ "Norvale Foods" in the headline over a body that writes "Norvale Foods Brewing Co (NFB.N)" once and never
    "Norvale Foods Brewing" alone: the words left off are words of business (`_drops_business_words`, a line of
    business such as "Brewing", "Retail", "Financial" among them), and the long form is only the registered name,
    each writing of it followed by a legal form or a ticker. The story goes by the headline's name, as the readable
    gold does. A long form the body also writes bare ("Halden Bank Insurance said ...") is a name in use, maybe a
    unit of the headline's parent: kept."""
    if not _drops_business_words(dropped):
        return False
    writings = list(_whole_writings(name, body))
    return bool(writings) and all(_formal_tail().match(body, end) for _, end in writings)


@cache
def _formal_tail() -> re.Pattern[str]:
    """What follows a company's registered name: a legal form ("Inc", ", Ltd"; not a group word or a line of
    business such as "Communications") or a bracketed ticker ("( NFB.N )")."""
    forms = words("org_suffixes") - GROUP_WORDS - words("business_suffixes") - {"holding", "&"}
    alternatives = "|".join(sorted((re.escape(form) for form in forms), key=len, reverse=True))
    return re.compile(rf"(?:,?\s+(?i:{alternatives})(?![\w&])|\s*\()")


def _own_name_elsewhere(form: str, next_word: str, headline: str, body: str) -> bool:
    """The text writes the shorter form as a company of its own: the headline with "'s" or a unit word after it
    ("Halden Bank unit ..."), the body with a legal suffix other than the full name's next word ("Halden Bank
    Corp" beside "Halden Bank International Ltd") or as an owner ("owned by Halden Bank")."""
    units = words("unit_words") | {w + "s" for w in words("unit_words")}
    after = headline[len(form) :].split(maxsplit=1)
    if headline[len(form) :].startswith(("'s", "’s")) or (after and after[0].lower() in units):
        return True
    suffixes = words("headline_drop_words") - {next_word.lower()}
    for _, end in _whole_writings(form, body):
        tail = body[end:].split(maxsplit=1)
        if tail and tail[0].lower().rstrip(",") in suffixes:
            return True
    return re.search(rf"\bowned by (?:the )?{re.escape(form)}\b", body) is not None


_HEADER_DATE = re.compile(r"\A\s*date\s+\S+\s+")


def _headline_opening(header: str) -> str:
    """The headline from its first name on: without the header's date, a wire tag ("UPDATE 2-") or a lead
    adjective ("New", `name_lead_adjectives`)."""
    headline = _HEADER_DATE.sub("", header).strip()
    headline = HEADLINE_TAG.sub("", headline)
    first, _, rest = headline.partition(" ")
    return rest if first.lower() in words("name_lead_adjectives") else headline


def _cut_at_a_link(full: list[str], size: int, linking: frozenset[str] | set[str]) -> bool:
    """The first `size` words of the name end at or before a linking word, "&" or a list's comma: "Royal Bank" of
    "Royal Bank of Corvel", "Ames, Bork" of "Ames, Bork and Cole" are fragments, not a shorter name."""
    after = full[size] if size < len(full) else ""
    return full[size - 1].lower() in linking or after.lower() in linking or any(w.endswith(",") for w in full[:size])


def _begins(form: str, name: str) -> bool:
    """The lower-case `name` is `form` or starts with it as whole words."""
    form = form.lower()
    return name == form or name.startswith(form + " ")


def prefer_written_short_form(cluster: EntityCluster, text: str, body_start: int = 0) -> None:
    """ "Norvale Motor Co" once, then "Norvale" again and again: the name is the short form the story uses
    (FACTS.md: short canonical names; gold lists the written long forms as aliases), not the long form without its
    suffix ("Norvale Motor"), which the text never writes alone. A short form counts where the clusters merged it
    into this name (mentions tagged as an organization, not a place or person), it leaves off only words of
    business ("Motor", "Air Lines"), and the body writes it alone after the full name at least twice and at least
    as often as the full name. Of several short forms the one written most often is the name."""
    counts, long_count = short_form_writings(cluster, text, body_start)
    written = [(count, short) for short, count in counts.items() if count >= max(long_count, 2)]
    if written:
        cluster.aliases.add(cluster.name)
        cluster.name = max(written, key=lambda w: (w[0], len(w[1])))[1]  # a tie: the longer form


def short_form_writings(cluster: EntityCluster, text: str, body_start: int = 0) -> tuple[dict[str, int], int]:
    """The short forms of an organization's name merged into its cluster, each with how often the body writes it
    alone after the first writing of the full name; and how often the body writes the full name (at least 1)."""
    if cluster.label != "ORG" or " " not in cluster.name:
        return {}, 1
    full, body = cluster.name.split(), text[body_start:]
    first_long = body.find(cluster.name)
    other = _other_names(cluster.mentions[0].doc)
    counts = {}
    for short in sorted(cluster.aliases):
        parts = short.split()
        if not (len(parts) < len(full) and parts == full[: len(parts)] and _drops_business_words(full[len(parts) :])):
            continue
        if not _tagged_org(cluster, short) or _place_word(short) or _own_legal_name(cluster, short):
            continue
        if _persons_surname(cluster, short, body):
            continue
        writings = [(a, b) for a, b in _whole_writings(short, body) if a > first_long]
        alone = [(a, b) for a, b in writings if not _inside_longer_name(body, a, b)]
        counts[short] = sum(1 for a, b in alone if not _inside_other_name(other, a + body_start, b + body_start))
    return counts, sum(1 for _ in _whole_writings(cluster.name, body)) or 1


def _persons_surname(cluster: EntityCluster, short: str, body: str) -> bool:
    """The short form is also a person's surname in the story: "Garrick Foods Inc ... founder Tom Garrick ...
    Garrick said he ...". Written alone it may mean the person as well as the company, so it is no evidence for the
    company's name. A person is a real name: two or more capitalised (not all-capitals) words ending in the short
    form; an all-capitals heading run into the name ("CONSOLIDATION Varro", tagged PERSON) is not one. A writing
    followed by "said he" or "said she" means a person too."""
    if short in _person_surnames(cluster.mentions[0].doc):
        return True
    return re.search(rf"\b{re.escape(short)} said (he|she)\b", body) is not None


# Read once per Doc, not once per cluster or alias: a walk of every entity per cluster grew with the square of a
# long document's length.
_OTHER_NAMES: DocMemo[list[tuple[int, int]]] = DocMemo()
_SURNAMES: DocMemo[frozenset[str]] = DocMemo()


def _other_names(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of the entities that are neither organizations nor sums, in order."""
    return _OTHER_NAMES.get(
        doc, None, lambda: [(e.start_char, e.end_char) for e in doc.ents if e.label_ not in ("ORG", "MONEY")]
    )


def _person_surnames(doc: Doc) -> frozenset[str]:
    """The last words of the real persons' names of `_persons_surname`."""

    def surnames() -> frozenset[str]:
        found = set()
        for ent in doc.ents:
            parts = span_text(ent).split()
            if ent.label_ == "PERSON" and len(parts) >= 2 and all(w[:1].isupper() and not w.isupper() for w in parts):
                found.add(parts[-1])
        return frozenset(found)

    return _SURNAMES.get(doc, None, surnames)


def _inside_other_name(names: list[tuple[int, int]], start: int, end: int) -> bool:
    """The writing is part of a longer name NER found that is no organization: "Brisket" in "Tom Brisket" (a
    sentence may open with the first name, so the capitalised word before is not enough to tell). The entities do
    not overlap and are in order, so only the last one starting at or before the writing can hold it."""
    last = bisect_right(names, (start, float("inf"))) - 1
    if last < 0:
        return False
    a, b = names[last]
    return end <= b and (a, b) != (start, end)


def _own_legal_name(cluster: EntityCluster, short: str) -> bool:
    """The text writes the short form with a legal suffix of its own ("Halden Co" beside "Halden Enterprises
    Inc"): it names another company, the parent of the longer one, not a short form of it."""
    return any(alias != short and strip_legal_suffix(alias) == short for alias in cluster.aliases)


def _drops_business_words(dropped: list[str]) -> bool:
    """The words a short form leaves off are capitalised words of business or reach ("Motor", "Air Lines",
    "Stores", "Global"): "Norvale" of "Norvale Motor". Not a proper name's other half ("Halden" of "Halden Vess",
    which the gold keeps whole and lists the short form as an alias), nor a linking word or "&" that would leave a
    fragment ("Bank" of "Bank of Halden", "Standard" of "Standard & Vell"). An "and" that joins business words
    is left off with them ("Norvale Oil" of "Norvale Oil and Gas"): what remains is a whole name."""
    business = words("org_name_words") | words("name_scope_words")
    if len(dropped) > 1 and dropped[0] == "and":
        dropped = dropped[1:]
    return all(w[:1].isupper() and w.lower() in business for w in dropped)


def _place_word(short: str) -> bool:
    """A country or a nationality ("Norlandic" of "Norlandic Airlines"): a word the story uses for the place."""
    return short.lower() in _country_names() or short.lower() in table("nationality_countries")


def _tagged_org(cluster: EntityCluster, short: str) -> bool:
    """The mentions written as the short form were tagged as an organization at least as often as a place or a
    person: a short form NER reads as the town or the founder ("Norvale" beside "Norvale Motor" in a story about
    the town) is not the company's name."""
    labels = Counter(m.label_ for m in cluster.mentions if _POSSESSIVE_END.sub("", m.text.strip()) == short)
    return labels["ORG"] >= max(1, labels["GPE"] + labels["LOC"] + labels["NORP"] + labels["PERSON"])


def keep_group_word(cluster: EntityCluster, text: str) -> None:
    """ "Halden Group" (with or without "Inc" after it) written so every time keeps "Group": without it the name is
    one the text never uses. Where the text also writes a shorter form ("Halden", "Halden Brothers" of "Halden
    Brothers Holdings"), the name without it is canonical; an abbreviation in capitals ("HGL") does not count."""
    if cluster.name.lower() in {alias.lower() for alias in cluster.aliases} or _written_bare(cluster.name, text):
        return  # "Halden" written alone beside "Halden Group Inc", tagged or not
    prefix = cluster.name.lower().split()
    full = [a.split() for a in cluster.aliases if not (a.isupper() and " " not in a)]
    longer = [p for p in full if len(p) > len(prefix) and [w.lower() for w in p[: len(prefix)]] == prefix]
    group = {p[len(prefix)] for p in longer}
    kept = GROUP_WORDS | words("business_suffixes")  # "Halden Communications Inc" written so every time
    if len(longer) == len(full) and len(group) == 1 and next(iter(group)).lower() in kept:
        cluster.name = " ".join([cluster.name, *group])


def drop_partnership_tail(cluster: EntityCluster) -> None:
    """ "Halden Vess & Co" beside "Halden Vess" written alone: a partnership of two or more words keeps its "& Co"
    (`partnership_name`) only where the story never names it without; where it does, the readable gold names the
    firm by the bare form and lists the "& Co" writings as aliases. A one-word partnership ("Lowell & Co") keeps
    its "& Co" anyway: `strip_legal_suffix` leaves it whole."""
    bare = strip_legal_suffix(cluster.name)
    if bare != cluster.name and " " in bare and bare in cluster.aliases and _and_co_name(cluster.name):
        cluster.aliases.add(cluster.name)
        cluster.name = bare


def _and_co_name(name: str) -> bool:
    """The name ends in a partnership's "& Co" or "and Co"."""
    parts = name.split()
    return len(parts) > 2 and parts[-2].lower() in ("&", "and") and parts[-1].lower().rstrip(".,") == "co"


def prefer_mixed_case(cluster: EntityCluster) -> None:
    """ "HALVARD CORP <HLV> 4TH QTR NET": a name first seen in an all-capitals headline takes its body
    spelling ("Halvard"); a name written in capitals everywhere stays so."""
    if not cluster.name.isupper():
        return
    mixed = [a for a in sorted(cluster.aliases) if not a.isupper() and a.lower().startswith(cluster.name.lower())]
    if mixed:
        cluster.name = strip_legal_suffix(mixed[0])


HEADLINE_TAG = re.compile(r"^[A-Z]{3,}(?: \d+)?-")  # "BRIEF-", "UPDATE 2-": a wire headline's tag
_WORD_BREAK, _POSSESSIVE_END = re.compile(r"[\s-]+"), re.compile(r"(?:'s|’s)$")  # compiled once: asked per name


def merge_headline_names(clusters: dict[str, EntityCluster], body_start: int) -> None:
    """ "BRIEF-Halvard Reports Q3 Results": in a title-case headline NER runs a name into the words after
    it; a name seen only in the headline that starts with (or, without its wire tag, is) a name of the
    body is that name."""
    for key, cluster in list(clusters.items()):
        if any(m.start_char >= body_start for m in cluster.mentions) or not body_start:
            continue
        bare = HEADLINE_TAG.sub("", key.upper()).lower() if HEADLINE_TAG.match(cluster.name) else key
        longer = [
            c
            for k, c in clusters.items()
            if k != key
            and any(m.start_char >= body_start for m in c.mentions)
            and (bare == k or bare.startswith(k + " "))
        ]
        if len(longer) == 1:
            _absorb(longer[0], cluster, longer[0].label)
            del clusters[key]


def _initials(name: str) -> str:
    """ "Federation of Widget Makers" -> "fwm": the first letters of its capitalised words."""
    return "".join(w[0] for w in _WORD_BREAK.split(name) if w[:1].isupper()).lower()


def is_abbreviation(letters: str, name: str) -> bool:
    """ "FWM" of "Federation of Widget Makers" (the initials of its capitalised words), and a short form that
    keeps a linking word in lower case, whole or by its first letter: "BofH" or "BoH" of "Bank of Halden",
    "BoN" of "Bank of Norland"."""
    if letters.isupper():
        return _initials(name) == letters.lower()
    linking = words("name_linking_words")
    parts = [w for w in _WORD_BREAK.split(name) if w[:1].isupper() or w in linking]
    pattern = "".join(re.escape(w[0]) if w[:1].isupper() else f"(?:{re.escape(w)}|{re.escape(w[0])})?" for w in parts)
    return bool(pattern) and re.fullmatch(pattern, letters) is not None


def merge_abbreviations(clusters: dict[str, EntityCluster]) -> None:
    """ "FWM" with "Federation of Widget Makers", "NTB" with "Northland Trade Bureau": an all-capitals short name
    whose letters are the initials of exactly one longer name of the same kind is that name; a
    conventional short form with no long form in the text takes its canonical name (place_aliases)."""
    canonical = table("place_aliases")
    for key, cluster in list(clusters.items()):
        if key not in clusters:
            continue  # absorbed into its own short form above
        letters = cluster.name.replace(".", "").replace(" ", "")
        if not (2 <= len(letters) <= 5 and letters.isalpha() and letters[0].isupper()):
            continue
        if not letters.isupper() and sum(ch.isupper() for ch in letters) < 2:
            continue  # "Nokia", "Ford": a word, not a short form
        longer = [
            c
            for k, c in clusters.items()
            if k != key
            and " " in c.name
            and (_abbreviates(letters, c.name) or _suffixed_form(letters, c) is not None)
            and _same_kind(c, cluster)
        ]
        if len(longer) == 1 and all(in_brackets(m) for m in longer[0].mentions):
            _absorb(cluster, longer[0], cluster.label)  # the long form only in an aside: the text's name is short
            del clusters[next(k for k, c in clusters.items() if c is longer[0])]
        elif len(longer) == 1:
            _absorb(longer[0], cluster, longer[0].label)
            del clusters[key]
        elif not longer and key in canonical:
            cluster.aliases.add(cluster.name)
            cluster.name = canonical[key][0]


def _written_bare(name: str, text: str) -> bool:
    """The whole name occurs in the text with no group word after it (nor as a ticker's code: "HLD.N"), in the
    name's own case (a headline's capitals spell it otherwise), and not as part of another name: "Halden" inside
    "Ann Halden" or "Halden Brothers" is not written bare."""
    return any(not _inside_longer_name(text, start, end) for start, end in _whole_writings(name, text))


# a word boundary, and what may not follow a bare writing: a group word ("Halden Group") or a ticker's exchange
# ("HLD.N"); matched at a position, they see the characters before it, as inside one pattern
_BOUNDARY = re.compile(r"\b")
_BARE_END = re.compile(rf"\b(?!\s+(?i:{'|'.join(sorted(GROUP_WORDS))})\b|\.[A-Z])")


def _whole_writings(name: str, text: str) -> Iterator[tuple[int, int]]:
    """Where the name is written whole, as `re.finditer` would find the name between word boundaries and not
    before a group word or ".X" (left to right, the next try after a match's end): found with `str.find` and two
    precompiled tests, not a pattern compiled per name (about 2 ms each, over 160 names per 300 stories)."""
    if not name:  # an empty name (a bare "& Co" left nothing): every word boundary, as the pattern found them
        yield from (match.span() for match in _BARE_END.finditer(text))
        return
    start = text.find(name)
    while start != -1:
        end = start + len(name)
        if _BOUNDARY.match(text, start) and _BARE_END.match(text, end):
            yield start, end
            start = text.find(name, end)
        else:
            start = text.find(name, start + 1)


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """A capitalized word joined to the name by one space, after it or before it, where the word before neither
    opens a sentence ("But Halden said" writes the name alone) nor ends one ("on Monday. Halden"). A title or a
    month beside the name is no part of it ("Halden Chief Executive Ann Lee", "In March Halden sold")."""
    after = re.match(r" ([A-Z][a-z][\w'&.-]*)", text[end : end + 40])
    if after is not None and not _outside_name(after.group(1)):
        return True
    before = re.search(r"(?:(\S)\s+)?\b([A-Z][\w'&.-]*)(?<![.!?]) $", text[max(0, start - 40) : start])
    return before is not None and (before.group(1) or ".") not in '.!?"“(:' and not _outside_name(before.group(2))


def _outside_name(word: str) -> bool:
    """A capitalized word that is no part of a company's name: a title word or a month."""
    return word.lower() in words("title_words") or word.lower() in table("month_names")


def keep_suffix_the_initials_spell(cluster: EntityCluster, text: str) -> None:
    """ "Tarvia Grain Marketing Corp (TGMC)": where the initials the text writes for a name spell its legal suffix
    too, the suffix is part of the name ("Tarvia Grain Marketing Corp", as the gold writes a public corporation or
    an operating company named so), not a legal form to drop. Only a name of two or more words the suffix follows
    and the text never writes without it ("Halden Mining said" makes "Halden Mining" the name); a cluster named by
    its initials keeps them."""
    if " " not in cluster.name:
        return
    codes = [a for a in cluster.aliases if 2 <= len(a) <= 6 and a.isalpha() and a.isupper()]
    form = next((f for code in codes if (f := _suffixed_form(code, cluster)) is not None), None)
    if form is not None and not _written_bare(cluster.name, text):  # the text's search only for such a name
        cluster.aliases.add(cluster.name)
        cluster.name = form


def _suffixed_form(letters: str, cluster: EntityCluster) -> str | None:
    """The cluster's written form with its legal suffix whose initials are `letters`, where the name without the
    suffix does not abbreviate to them ("TGMC" of "Tarvia Grain Marketing Corp", not of "Tarvia Grain Marketing");
    None otherwise."""
    if not letters.isupper() or _abbreviates(letters, cluster.name):
        return None
    for alias in sorted(cluster.aliases):
        form = alias.rstrip(".")
        tail = form[len(cluster.name) :].split()
        if form.startswith(cluster.name + " ") and len(tail) == 1 and is_abbreviation(letters, form):
            return form
    return None


def _abbreviates(letters: str, name: str) -> bool:
    """The letters abbreviate the name, or the name without a group word ("RBG" of "Royal Bank of Galen Group")."""
    parts = name.split()
    bare = " ".join(parts[:-1]) if len(parts) > 2 and parts[-1].lower() in GROUP_WORDS else name
    return is_abbreviation(letters, name) or bare != name and is_abbreviation(letters, bare)


def _same_kind(a: EntityCluster, b: EntityCluster) -> bool:
    """People never abbreviate to initials here; places and organizations may ("EU" for a union)."""
    return a.label == b.label or "PERSON" not in (a.label, b.label)


def _first_body_mention(cluster: EntityCluster, body_start: int) -> int | None:
    return min((m.start_char for m in cluster.mentions if m.start_char >= body_start), default=None)


def _absorb(target: EntityCluster, cluster: EntityCluster, label: str | None = None) -> None:
    target.mentions.extend(cluster.mentions)
    target.aliases |= cluster.aliases
    if label:
        target.votes[label] += sum(cluster.votes.values())
    else:
        target.votes.update(cluster.votes)


def _bare_words(key: str) -> list[str]:
    """The words of a name without possessive endings: "Kellan" is a short form of "Kellan's Stores"."""
    return [_POSSESSIVE_END.sub("", w) for w in key.split()]


def merge_possessive_names(clusters: dict[str, EntityCluster]) -> None:
    """ "Fenwick & Hale" (from "Fenwick & Hale's ratings") is the name "Fenwick & Hale's" another mention
    writes whole ("sued Fenwick & Hale's in court"): one company, named with its "'s"."""
    for key in [k for k in clusters if _POSSESSIVE_END.search(k)]:
        bare = clusters.get(key[:-2])
        if bare is not None and bare.label == clusters[key].label == "ORG":
            _absorb(clusters[key], bare)
            del clusters[key[:-2]]


def merge_short_forms(clusters: dict[str, EntityCluster], body_start: int = 0) -> None:
    """Short forms of a name given in full earlier in the text: "Jun" after "Li Jun", "Corvel"
    after "Corvel Foods", "Hon Kee" after "Hon Kee Precision Industry". A one-word form merges into
    the only longer person name that starts or ends with it, or the only longer organization name that
    starts with it; a longer form merges into the only organization name it begins."""
    # every key that can match starts (or, for a person, ends) with the short form's first word:
    # looking only there keeps a long document from comparing every pair of names
    by_edge_word: dict[str, list[str]] = defaultdict(list)
    for k in clusters:
        for word in {*_bare_words(k)[:1], *k.split()[-1:]}:
            by_edge_word[word].append(k)
    for key, cluster in sorted(clusters.items(), key=lambda kv: len(kv[0])):
        if key not in clusters:
            continue
        first_short = _first_body_mention(cluster, body_start)
        parts = key.split()
        near = {k: clusters[k] for k in (by_edge_word[parts[0]] if parts else clusters) if k in clusters and k != key}
        orgs = [c for k, c in near.items() if c.label == "ORG" and k.split()[: len(parts)] == parts] or [
            c for k, c in near.items() if c.label == "ORG" and _bare_words(k)[: len(parts)] == parts
        ]  # a possessive long form ("Kellan's Stores") only where no name starts with the plain word
        people = [
            c
            for k, c in near.items()
            if len(parts) == 1 and c.label == "PERSON" and (k.split()[0] == key or k.split()[-1] == key)
        ]
        orgs, people = _not_brands(orgs, people)
        orgs = _written_in_body(orgs, body_start)
        if cluster.label == "PERSON" and len(people) == 1:
            _absorb(people[0], cluster, "PERSON")
            del clusters[key]
            continue
        if orgs and key in words("news_agencies"):
            continue  # "told Agency" names the agency, no short form of its service ("Agency Estimates")
        candidates = orgs if orgs else people
        if len(candidates) != 1 or orgs and _names_another_company(cluster, candidates[0]):
            continue
        first_long = _first_body_mention(candidates[0], body_start)
        if first_long is not None and (first_short is None or first_long < first_short):
            _absorb(candidates[0], cluster, candidates[0].label)
            del clusters[key]


def _written_in_body(orgs: list[EntityCluster], body_start: int) -> list[EntityCluster]:
    """Without a name seen only in the headline that is a short form of a body name ("Norvale Foods" of
    "Norvale Foods International Corp", leaving off only legal forms or words of reach): it is no second company
    for a body short form to hesitate between, and joins that name afterwards (`merge_headline_names`). A headline's
    "Pardo Motors" over a body's "Pardo Motors Credit" (a unit) still keeps "Pardo" apart."""
    if not body_start:
        return orgs
    body = [c for c in orgs if _first_body_mention(c, body_start) is not None]
    written = {id(c) for c in body}
    return [c for c in orgs if id(c) in written or not any(_shortens(c.name, b.name) for b in body)]


def _shortens(short: str, name: str) -> bool:
    """`short` is a word prefix of `name` that leaves off only what the headline's form may leave off (legal forms,
    words of group or reach): where the headline would not rename the body's name, it stays a name of its own."""
    parts, full = short.split(), name.split()
    return len(parts) < len(full) and full[: len(parts)] == parts and _drops_group_words(full[len(parts) :])


def _not_brands(
    orgs: list[EntityCluster], people: list[EntityCluster]
) -> tuple[list[EntityCluster], list[EntityCluster]]:
    """The longer names a short form may stand for, without brands ("Tolva" is the short form of "Tolva Group
    Inc", not of "Tolva Gold" in "the maker of Tolva Gold lager", whatever label NER gave either). Brands are left
    out only where a candidate that is no brand remains."""
    brands = {id(c) for c in (*orgs, *people) if is_brand(c)} if len(orgs) + len(people) > 1 else set()
    if brands and len(brands) < len(orgs) + len(people):
        orgs, people = [c for c in orgs if id(c) not in brands], [c for c in people if id(c) not in brands]
    return orgs, people


def _names_another_company(short: EntityCluster, long: EntityCluster) -> bool:
    """ "Fairholm" beside "Fairholm India", "Halvard" beside "Halvard Canada": a longer name that adds only a
    country is the company's national subsidiary (FACTS.md: a listed subsidiary takes its own name); the shorter
    name is then the parent, not a short form of the subsidiary. A different suffix ("Kessel Group" beside
    "Kessel Capital") is not enough: news writes one firm both ways (docs/DECISIONS.md)."""
    extra = long.name.lower().split()[len(short.name.split()) :]
    return bool(extra) and " ".join(extra) in _country_names()


@cache
def _country_names() -> frozenset[str]:
    """Countries by name, lower case ("india", "united states", "u.s."): the countries of the nationality
    adjectives and the conventional short forms of places."""
    countries = {c[0].lower() for c in table("nationality_countries").values()}
    return frozenset(countries | set(table("place_aliases")))
