"""Document-level entities: spaCy's mentions cleaned, merged under one canonical name, relabelled on evidence.

A name's label is voted over its mentions, with extra votes from general evidence:
a name in apposition to an organization noun ("tech giant X", "U.S. peer X"), a
name compounded with a title ("X analyst"), a name conjoined with an organization,
a name with a legal suffix, is an ORG; a "name" with a digit in it is a PRODUCT.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy
from spacy.attrs import ENT_TYPE, POS
from spacy.symbols import NOUN, PROPN, X
from spacy.tokens import Doc, Span, Token

from extractor.lexicons import any_words, table, words
from extractor.mentions.brief_lines import in_brief_furniture, lead_names, leads_a_brief
from extractor.mentions.common_word_names import is_common_word_name
from extractor.mentions.credits import credit_names, credit_ranges
from extractor.mentions.doc_text import doc_text, span_text, span_text_with_ws
from extractor.mentions.entity_clusters import (  # re-exported: facts/ reads them here
    EntityCluster as EntityCluster,
)
from extractor.mentions.entity_clusters import (
    keep_suffix_the_initials_spell,
    merge_abbreviations,
    merge_headline_names,
    merge_possessive_names,
    merge_short_forms,
    settle_name,
)
from extractor.mentions.entity_clusters import (
    strip_legal_suffix as strip_legal_suffix,
)
from extractor.mentions.entity_ranges import offsets_in
from extractor.mentions.headings import glued_heading_end, is_heading
from extractor.mentions.legal_names import partnership_name
from extractor.mentions.listed_orgs import listed_as_organization
from extractor.mentions.market_wraps import is_market_wrap
from extractor.mentions.name_bounds import (
    company_words,
    extend_left,
    extend_right,
    is_descriptor,
    name_ends_in_s,
    rejoin_first_word,
    split_at_owner,
    split_at_place,
)
from extractor.mentions.name_trims import drop_former_prefix, drop_lead_adjective, split_coordination, trim_title_tail
from extractor.mentions.partner_names import partner_name_keeps_s
from extractor.mentions.passing_orgs import named_in_passing
from extractor.mentions.person_or_org import (
    descriptor_before,
    names_organization,
    organization_appositive,
    settle_person_or_org,
)
from extractor.mentions.salience import main_organization, main_place, title_bounds, untagged_lead_actors
from extractor.mentions.speaker_lines import speaker_names, speaker_ranges
from extractor.mentions.ticker_evidence import EXCHANGE_TICKER, mark_ticker_companies
from extractor.mentions.token_index import tokens_between

KEPT_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "NORP", "PRODUCT", "FAC", "EVENT"})
# a ticker with its exchange, also with the full stop of a sentence it ends ("Halden Corp HLD.N."; not "U.S."),
# or a short code with a one-letter class ("QRX.B")
TICKER = re.compile(rf"^(?:{EXCHANGE_TICKER})$|^[A-Z0-9]{{2,6}}\.[A-Z]{{1,3}}\.$|^[A-Z]{{1,5}}\.[A-Z]$")


# compiled once: read per mention; "a"/"an" too, NER takes the article of "owned by a [Halden Workers] fund" in
_THE, _THE_ANY_CASE = re.compile(r"^(?:the|an?)\s+"), re.compile(r"^(?:the|The|an?)\s+")
_BRACKET_ON, _POSSESSIVE_END = re.compile(r"\s*\(.*$"), re.compile(r"(?:'s|’s|')$")
_SLASH_ACRONYM_DOT = re.compile(r"(\b[A-Z](?:/[A-Z])+)\.$")
# clean_name's other patterns, compiled once too (asked about 5 times per mention: re's cache lookup cost more)
_TITLE_OF, _ASCII_LETTER = re.compile(r"^(?:[\w-]+\s+){1,3}of\s+(?=[A-Z])"), re.compile(r"[A-Za-z]")
_DIGIT_FIRST, _DIGIT, _FISCAL_YEAR = re.compile(r"^\d"), re.compile(r"\d"), re.compile(r"^FY\s?\d")
_QUARTER_OR_HALF = re.compile(r"^(?:Q[1-4]|H[12])\b")
_AMOUNT_WORD = re.compile(r"(?i)\b(?:crores?|cr|million|billion|bn|inr|usd|rs)\b")


def clean_name(span: Span) -> str | None:
    """The name a mention stands for, without "the", possessive, tickers or legal suffixes; None if junk."""
    text = span_text(span).split("\n")[0].strip()
    # "the" is not part of a name; a capitalised "The" inside a sentence is ("The Wall Street Journal")
    text = (_THE if not span[0].is_sent_start else _THE_ANY_CASE).sub("", text)
    if span.label_ == "ORG" and text.startswith("The ") and text.split()[-1].lower() not in words("media_words"):
        text = text[4:]  # "heads The Orwin Group": a company's "The" is style; a newspaper keeps it
    if text[:1] in (")", "]", ">"):
        return None  # ") fund management": the tail of a bracketed ticker, not a name
    text = _BRACKET_ON.sub("", text)  # "Norvik (NVK.AS"
    text = _POSSESSIVE_END.sub("", text) + ("'s" if name_ends_in_s(span) or partner_name_keeps_s(span) else "")
    if "/" in text:  # "I/B/E/S." ends its sentence: the dot is not its own (the pattern needs a slash)
        text = _SLASH_ACRONYM_DOT.sub(r"\1", text)
    if not span[-1].text.endswith(".") or len(span[-1].text) > 6:
        text = text.strip(" ,.;:-")  # keep the dot of an abbreviation ("Wash.", "Corp.")
    text = _TITLE_OF.sub("", text) if _starts_with_title(span) and not _collective_body_name(span) else text
    tokens = [t for t in text.split() if not TICKER.match(t)]
    if not tokens:
        return None
    text = " ".join(tokens)
    if TICKER.match(text) or _is_code(text) or not _ASCII_LETTER.search(text):
        return None
    if text.lower() in words("org_nouns") or text.lower() in words("org_suffixes"):
        return None  # "the Group", "the Company": an anaphor, not a name
    if text.lower() in words("role_nouns") or text.lower() in words("title_words"):
        return None  # "central bank Governor" without the person: a title, not a name
    if (
        _DIGIT_FIRST.match(text)
        and not GLUED_NUMBER_NAME.match(text)
        or _FISCAL_YEAR.match(text)
        or _QUARTER_OR_HALF.match(text)  # "Q3", "Q2 Operating": a period in a brief's headline
        or _DIGIT.search(text)
        and _AMOUNT_WORD.search(text)
    ):
        return None  # an amount or a period spaCy tagged as a name
    if span.label_ == "GPE" and text.isupper() and len(text) > 3 and all(w.isalpha() for w in text.split()):
        text = text.title()  # datelines: "ZURICH" is Zurich, "NEW YORK" is New York
    return text


# "8X Corp", "9-Point Foods": a number glued to a capitalised word names a company; not a period ("2Q", "3FY"),
# a network generation, a dimension or a thousands count ("4G", "3D", "10K")
GLUED_NUMBER_NAME = re.compile(r"^\d+-?(?!(?:Q|H|FY|G|D|K)\d*\b)[A-Z][A-Za-z]*\b")


def _starts_with_title(span: Span) -> bool:
    """ "the Co-Founder of Acme": a title before "of" is not part of the organization's name."""
    return span[0].lower_ in words("title_words") or span[0].lower_.split("-")[-1] in words("title_words")


def _is_spurious(span: Span) -> bool:
    """A capitalised common word at the start of a sentence ("Volumes", "Download") is no name."""
    if len(span) != 1:
        return False
    word = span[0]  # one Token for the three tests
    if word.is_sent_start and word.pos_ != "PROPN":
        return True
    text = span_text(span)  # asked of every entity: `Span.text` builds its Tokens anew on each access
    if text.islower() and _is_unit_word(text):
        return True  # "61 cts a share", "12 mln dlrs": the wire's lower-case unit words are no names
    return span.label_ in ("GPE", "PERSON") and word.is_upper and len(text) <= 3 and _is_code(text)


def _is_unit_word(text: str) -> bool:
    return text in table("currencies") or text in table("minor_currencies") or text in table("scales")


def _is_code(text: str) -> bool:
    """ "GMT", "EPS", "Q3", "EBITDA": an upper-case code of the code_words lexicon, or a measure's acronym, is
    never a name."""
    lowered = text.lower()
    return text.isupper() and (lowered in words("code_words") or lowered in words("measure_acronyms"))


HEADQUARTERS_AFTER = re.compile(r"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?-based\b")


def _evidence_label(span: Span) -> str | None:
    """A label the sentence around a mention argues for, from general linguistic evidence."""
    org_nouns, role_nouns = words("org_nouns"), words("role_nouns")
    if span.label_ in ("PERSON", "GPE", "LOC", "NORP") and any(ch.isdigit() for ch in span_text(span)):
        return "PRODUCT"
    if span.label_ not in ("PERSON", "NORP") and HEADQUARTERS_AFTER.match(doc_text(span.doc), span.end_char):
        return "GPE"  # "the Elm Hollow, Ohio-based company", "a Tarvik-based maker": a head office's town or state
    root = span.root
    head = root.head
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in words("role_nouns") and span.label_ == "PERSON":
        return "PERSON"  # "central bank Governor X", "analyst X": a title right before a name marks a person
    if root.dep_ == "appos" and names_organization(head, span) or listed_as_organization(span):
        return "ORG"  # "its rival, Halvard", "companies such as Halvard"
    if before is not None and descriptor_before(span) and before.head.i >= span.start:
        return "ORG"  # "Rival Ostmark Steel": a descriptor noun right before the name
    children = list(root.children)  # read once for the three tests below: each child is a Token built
    for child in children:
        if (
            child.dep_ in ("appos", "compound", "amod", "nmod")
            and names_organization(child, span)
            and child.i < span.start
        ):
            return "ORG"  # "tech giant Zentra", "U.S. peer Halden"; "investor Ann Lee" may be a person
    if root.dep_ in ("compound", "nmod", "poss") and head.lemma_.lower() in role_nouns:
        return "ORG"  # "UBS analyst Mark Ellis", "Zentra chairman"
    # set off by a comma right after it, and not a dateline in capitals ("STUTTGART, Germany (Agency) - X, the")
    set_off = span.end < len(span.doc) and span.doc[span.end].text == "," and not span_text(span).isupper()
    if set_off and any(organization_appositive(c) for c in children if c.i >= span.end):
        return "ORG"  # "Corbel Packaging, its main competitor,", "Halden, the country's biggest lender,"
    if head.lemma_.lower() in org_nouns and root.dep_ in ("compound",) and head.i > root.i:
        return None
    if (
        root.dep_ == "conj"
        and head.ent_type_ == "ORG"
        or any(c.dep_ == "conj" and c.ent_type_ == "ORG" for c in children)
    ):
        return "ORG"
    first = root
    while first.dep_ == "conj":
        first = first.head
    if first is not root and (
        first.dep_ == "appos"
        and first.head.lemma_.lower() in org_nouns
        or any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in org_nouns for c in first.children)
        or DOMAIN_NAME.match(first.text)
    ):
        return "ORG"  # "grocery chains Alder, Birk and Cole": every conjunct is what the first one is
    return None


def _cluster_key(name: str) -> str:
    return strip_legal_suffix(name).lower()


def _drop_descriptor(span: Span) -> Span:
    """ "Rivals Brindle Corp" tagged as one name: the sentence-initial descriptor is not part of it (also
    first after a dateline: "DETROIT (Reuters) - Retailer Brindle Inc")."""
    if (
        len(span) > 1
        and (span[0].is_sent_start or _after_dateline(span[0]))
        and is_descriptor(span[0])
        and span[1].text[:1].isupper()  # "Bank of Avalon" keeps its first word
        and any(t.pos_ == "VERB" for t in span.sent)  # a verbless line is a heading ("Business Highlights")
    ):
        return Span(span.doc, span.start + 1, span.end, label=span.label_)
    return span


def _after_dateline(token: Token) -> bool:
    """The first word after a dateline's ") -"."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text in ("-", "--", "—") and doc[token.i - 2].text == ")"


def _split_at_suffix(span: Span) -> list[Span]:
    """ "Acme Inc and Brindle Corp", "Acme Inc iPads": a legal suffix ends a name; a conjoined name after
    it is a second mention, lower-case words after it are not part of the name."""
    suffixes = words("org_suffixes")
    for token in tokens_between(span.doc, span.start, span.end - 1):  # span[:-1]
        if token.lower_.rstrip(",") not in suffixes or token.i == span.start:
            continue
        head = Span(span.doc, span.start, token.i + 1, label=span.label_)
        after = span.doc[token.i + 1]
        if after.lower_ == "and" and token.i + 2 < span.end:
            return [head, *_split_at_suffix(Span(span.doc, token.i + 2, span.end, label=span.label_))]
        if after.text[:1].islower():
            return [head]
    return [span]


def _after_glued_heading(span: Span) -> Span:
    """ "PAYOUT UP 9 PCT Acme said ...": the part of a mention after a capitals subheading glued to the start
    of its sentence (none when the mention lies inside the subheading)."""
    end = glued_heading_end(span.sent)
    if end <= span.start:
        return span
    return Span(span.doc, min(end, span.end), span.end, label=span.label_)


def _strip_heading(span: Span) -> Span:
    """ "PROFITS SLIDE Acme said ...": a run of two or more capitalised words glued to a name is a
    subheading of the story, not part of the name."""
    caps = 0
    while caps < len(span) - 1 and span[caps].is_upper and any(ch.isalpha() for ch in span[caps].text):
        caps += 1
    if caps == len(span) - 1 and span[caps].is_upper:
        return _repeated_capitals_name(span)
    before = span.doc[span.start - 1] if span.start > 0 else None
    glued = before is not None and before.is_upper and before.is_alpha and len(before) > 1
    glued = glued and not span[0].is_sent_start  # a heading set apart ends before the name: "... NKB Securities"
    if caps == 1 and _common_word_heading(span):
        glued = True
    if caps == 0 or caps < 2 and not glued or span[caps].is_upper:
        return span
    if span.end - span.start - caps == 1 and span[caps].pos_ != "PROPN":
        return span[0:0]  # "HEDGE FUNDS Hedge funds ...": the heading and a capitalised common noun
    return Span(span.doc, span.start + caps, span.end, label=span.label_)


def _common_word_heading(span: Span) -> bool:
    """ "HOUSING Total housing outlays drop ...", "TARVIA Tarvia must ...": one word in capitals opening a sentence
    before a capitalised word is a factbox's subheading when it is a common word, one the story writes in lower
    case elsewhere (or the next word repeats it). An acronym opening a name ("NKB Securities") is never written so."""
    first = span[0]
    if len(first) < 4 or not first.is_alpha or not _opens_a_sentence(first):
        return False
    if span[1].lower_ == first.lower_:
        return True
    return re.search(rf"(?<![\w-]){re.escape(first.lower_)}(?![\w-])", doc_text(span.doc)) is not None


def _opens_a_sentence(token: Token) -> bool:
    """The token follows a line break or a sentence's final mark (a factbox's subheadings may run on in one line:
    "... 2 billion euros. HOUSING Total ...")."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    return before is None or before.is_space or "\n" in before.whitespace_ or before.text in _SENTENCE_ENDS


_SENTENCE_ENDS = frozenset({".", "!", "?", '"', "\u201d"})


def _repeated_capitals_name(span: Span) -> Span:
    """ "HALVARD RESTRUCTURING HALVARD announced": a name in capitals, an inline subheading that begins with
    it, then the name again as the paragraph's first word; the last writing of the name is the mention."""
    repeats = [k for k in range(1, len(span)) if span[k].text == span[0].text]
    return Span(span.doc, span.start + repeats[-1], span.end, label=span.label_) if repeats else span


def _after_descriptor(doc: Doc, i: int) -> bool:
    """ "chip powerhouse Vantorix", "gold miner Corvane Tinfield": proper nouns right after a lower-case
    organization noun that modifies them name an organization."""
    before = doc[i - 1] if i > 0 else None
    return (
        before is not None
        and before.text.islower()
        and before.lemma_.lower() in words("org_nouns")
        and doc[i].pos_ == "PROPN"
        and before.dep_ in ("compound", "amod", "nmod")
    )


def _unlabelled_org_names(doc: Doc) -> list[Span]:
    """Runs of capitalised proper nouns ending in an organization word ("Kestrel Mining") or following an
    organization noun ("powerhouse Vantorix") that NER missed."""
    org_words = words("org_name_words")
    found = []
    # the tags and entity types as arrays: a Token is built only for an untagged noun or proper noun
    tags = doc.to_array([ENT_TYPE, POS])
    untagged = tags[:, 0] == 0
    # X: the tagger gives a web name ("Pricewise.com") no part of speech at times
    starts = numpy.flatnonzero(untagged & ((tags[:, 1] == PROPN) | (tags[:, 1] == NOUN) | (tags[:, 1] == X))).tolist()
    untagged_propn = (untagged & (tags[:, 1] == PROPN)).tolist()
    following = 0  # the first token after the last run read
    for i in starts:
        token = doc[i]
        if i < following or not token.text[:1].isupper():
            continue
        j = i
        while j + 1 < len(doc) and untagged_propn[j + 1] and doc[j + 1].text[:1].isupper():
            if TICKER.match(doc[j + 1].text):
                break  # "Norvale Foods Inc NVF.N said": a ticker written without brackets ends the name
            j += 1
        if j + 1 < len(doc) and TICKER.match(doc[j + 1].text) and _after_link(doc, i):
            following = j + 1
            continue  # "Tarn Wire and Cable Co TWC.N": the run is the tail of a longer name, no name of its own
        named_org = j > i and doc[j].lower_ in org_words or j == i and DOMAIN_NAME.match(token.text)
        if named_org or _after_descriptor(doc, i):
            found.append(_drop_descriptor(Span(doc, i, j + 1, label="ORG")))  # "Retailer [Brindle Inc]"
        following = j + 1
    return found


def _after_link(doc: Doc, i: int) -> bool:
    """Token i goes on a name before it: the word before is part of a tagged name ("Halden-Vess [Cos Inc]") or
    links it to a capitalised word before that ("Wire and [Cable]", "Bank of [Tarn]")."""
    if i >= 1 and doc[i - 1].ent_type_:
        return True
    return i >= 2 and doc[i - 1].lower_ in ("and", "of", "&") and doc[i - 2].text[:1].isupper()


def _person_after_title(span: Span) -> Span | None:
    """ "Acme Finance Director Karl Brenner", "Chief Executive Ana de Souza", "Editor Lou Park": a
    person's name after a job title (role_nouns) inside one mention is the person, whatever NER said."""
    roles = any_words("role_nouns", "title_words")
    strong = words("role_nouns")
    last = max((t.i for t in span if t.lower_ in strong or t.lemma_.lower() in strong), default=None)
    possessive = span[-1].tag_ == "POS"
    if last is None or span.end - last - 1 - possessive < 2:
        return None
    rest = span.doc[last + 1 : span.end]
    if any(t.lower_ in company_words() or t.lower_ in roles for t in rest):
        return None
    if all(_person_name_word(t, rest) for t in rest):
        return Span(span.doc, last + 1, span.end, label="PERSON")
    return None


def _person_name_word(token: Token, name: Span) -> bool:
    """A word of a person's name: title case, a particle ("van", "al"), the hyphen inside a surname
    ("al-Rashid"), or the possessive ending the mention ("Prime Minister Ana Ruiz's plan")."""
    inner = name.start < token.i < name.end - 1
    if token.text == "-" and inner or token.tag_ == "POS" and token.i == name.end - 1:
        return True
    return token.lower_ in words("name_particles") or token.text[:1].isupper() and not token.is_upper


def _trim_person(span: Span) -> Span | None:
    """ "Chief Executive Karl Brenner", "Dr. Anna Weber": titles and honorifics are not the name;
    "the Co-Founder of Acme" names Acme."""
    if span.label_ in ("ORG", "PERSON") and (person := _person_after_title(span)) is not None:
        return person
    if span.label_ == "ORG":
        of = next((t.i for t in span if t.lower_ == "of"), None)
        titles = words("title_words")
        if (
            of is not None
            and of + 1 < span.end
            and all(t.lower_ in titles or t.is_punct or t.lower_ in ("the", "co") for t in span.doc[span.start : of])
            and not _collective_body_name(span)
        ):
            return Span(span.doc, of + 1, span.end, label="ORG")
        return span
    if span.label_ != "PERSON":
        return span
    titles = words("title_words")
    start = span.start
    while start < span.end - 1 and (
        span.doc[start].lower_ in titles or span.doc[start].lower_ in words("honorifics") or span.doc[start].is_punct
    ):
        start += 1
    if start == span.start:
        start = _after_inner_honorific(span)
    if start == span.start:
        return span
    return Span(span.doc, start, span.end, label="PERSON")


def _collective_body_name(span: Span) -> bool:
    """ "the Group of Ten", "the Board of Regents": a body named by the members it gathers (plurals or a number
    after "of") is named whole, though its head is also a title word ("group chief", "board member")."""
    of = next((t.i for t in span if t.lower_ == "of"), None)
    if of is None or of == span.start or of + 1 >= span.end:
        return False
    members = span.doc[of + 1 : span.end]
    return span.doc[of - 1].lower_ in words("collective_body_heads") and all(_plural_or_number(t) for t in members)


def _plural_or_number(token: Token) -> bool:
    """ "Ten", "20", "Governors" (the tagger reads a capitalised plural as a singular proper noun)."""
    plural_form = token.text.endswith("s") and not token.text.endswith(("ss", "'s"))
    return token.like_num or token.tag_ in ("NNS", "NNPS") or plural_form


def _after_inner_honorific(span: Span) -> int:
    """ "Circuit Judge Ana Ruiz", "then-Gov. Tom Reed": an honorific after a word that qualifies it ends the
    title; the person's name is the two or more name words after it. The mention's start where none does."""
    honorifics = words("honorifics")
    for k in range(span.end - 3, span.start, -1):
        if span.doc[k].lower_ in honorifics:
            rest = span.doc[k + 1 : span.end]
            return k + 1 if all(_person_name_word(t, rest) for t in rest) else span.start
    return span.start


DATELINE = re.compile(
    r"(?m)^[ \t]*([A-Z][A-Z.'-]+(?:[ /][A-Z][A-Z.'-]+)*)"  # "NEW YORK", "ZURICH"
    r"(?:,\s*[A-Z][\w.]+(?: \d{1,2})?)?"  # ", Wash.", ", March 3"
    r"\s*(?:\(([A-Za-z .&]+)\))?\s*[-—–]"  # "(Reuters) -"
)
EXCHANGE_BEFORE = re.compile(r"(?:NYSE|Nasdaq|NASDAQ|LSE|TSX|ASX|AMEX|Euronext)[\w ,]*:\s*$")
DOMAIN_NAME = re.compile(r"^[A-Z][\w-]*\.(?:com|net|org|io|in|cn|co)$")


def _dateline_places(doc: Doc) -> list[Span]:
    """ "ZURICH (Reuters) -", "REDMOND, Wash. —": the place a story was filed from."""
    places = []
    for match in DATELINE.finditer(doc_text(doc)):
        for part in re.finditer(r"[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*", match.group(1)):
            span = doc.char_span(match.start(1) + part.start(), match.start(1) + part.end(), label="GPE")
            if span is not None and len(span_text(span)) > 2:
                places.append(span)
    return places


def _relabel(span: Span) -> Span:
    """ "Bristol-based": a name followed by "-based" is a place; "Osgood Metals" read as a work of art is a
    company: a name of two or more words ending in a company word (org_name_words, org_suffixes)."""
    doc = span.doc
    if span.label_ in ("WORK_OF_ART", "LAW", "PERSON") and len(span) > 1 and _ends_in_company_word(span):
        return Span(doc, span.start, span.end, label="ORG")  # "Jardell Apparel" read as a person's name
    if (
        span.end + 1 < len(doc)
        and doc[span.end].text == "-"
        and doc[span.end + 1].lower_ == "based"
        and span.label_ != "GPE"
    ):
        return Span(doc, span.start, span.end, label="GPE")
    return span


def _ends_in_company_word(span: Span) -> bool:
    last = span[-1].lower_
    return span[0].text[:1].isupper() and (last in words("org_name_words") or last in words("org_suffixes"))


def _is_exchange_ticker(span: Span) -> bool:
    if not span_text(span).isupper():
        return False
    window = span.doc[max(0, span.start - 6) : span.start]  # not bounded by the sentence: a colon may end one
    return bool(EXCHANGE_BEFORE.search(span_text_with_ws(window)))


DATED_LINE = re.compile(r"(?m)^[ \t]*[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?\s*\(([A-Za-z .&]+)\)\s*[-—–]")


def _dateline_agencies(doc: Doc) -> list[tuple[int, int]]:
    """ "ZURICH (Reuters) -", "Nov 5 (Reuters) -": character ranges of the agency in a dateline's brackets."""
    places = [match.span(2) for match in DATELINE.finditer(doc_text(doc)) if match.group(2)]
    return places + [match.span(1) for match in DATED_LINE.finditer(doc_text(doc))]


def _mentions(doc: Doc, credits: list[tuple[int, int]], speakers: list[tuple[int, int]], body_start: int) -> list[Span]:
    """The entity mentions of a Doc; its credit brackets and speaker lines name people read from their own words."""
    text = doc_text(doc)
    datelines = _dateline_places(doc)
    in_dateline = {t for s in datelines for t in range(s.start, s.end)}
    agencies = offsets_in(_dateline_agencies(doc))
    parts = [
        drop_lead_adjective(
            trim_title_tail(_drop_descriptor(_strip_heading(drop_former_prefix(extend_right(extend_left(part))))))
        )
        for span in doc.ents
        for placed in split_at_place(span)
        for piece in split_at_owner(placed)
        for suffixed in _split_at_suffix(piece)
        for part in split_coordination(suffixed)
    ]
    parts = [_after_glued_heading(part) for part in parts if len(part)]
    spans = [_relabel(_trim_person(part)) for part in parts if len(part)]
    # the offsets of the credits and speaker lines, read once: a test per mention against every range grew with the
    # square of a long document's length (a dateline per joined story)
    read_alone = offsets_in(credits + speakers)
    spans = [
        s
        for s in spans
        if len(s)
        and not (is_heading(s) and not leads_a_brief(text, s.start_char))
        and not _is_exchange_ticker(s)
        and not (in_dateline and any(t in in_dateline for t in range(s.start, s.end)))
        and s.start_char not in agencies  # an agency only where named outside it
        and not in_brief_furniture(text, s.start_char, s.end_char)  # "* Q3 NET SALES $2 BLN": capitals misread
        and s.start_char not in read_alone
    ]
    spans += credit_names(doc, credits) + speaker_names(doc)  # credits and speaker lines: names read from their words
    taken = {t for s in spans for t in range(s.start, s.end)} | in_dateline
    extra = [
        _strip_heading(extend_left(s))
        for s in _unlabelled_org_names(doc)
        if not any(t in taken for t in range(s.start, s.end))
    ]
    leads = [doc.char_span(a, b, label="ORG", alignment_mode="expand") for a, b in lead_names(text)]
    leads += untagged_lead_actors(doc, body_start)  # "Zentrix will pay $1 billion" under "Zentrix to buy ..."
    leads = [rejoin_first_word(s) for s in leads if s is not None]  # "Tarnwell | [Mining] raised"
    extra += [s for s in leads if not any(t in taken for t in range(s.start, s.end))]
    extra = [s for s in extra if len(s) and not in_brief_furniture(text, s.start_char, s.end_char)]
    return sorted(spans + datelines + extra, key=lambda s: s.start)


BRACKETED_CODE = re.compile(r"^[A-Z][A-Z0-9&.-]{0,9}$")


def _bracketed_code(span: Span, previous: Span | None) -> bool:
    """ "Norvale Foods Inc (NVF)", "the Widget Makers Association (WMA)": an upper-case code in brackets
    right after a name is a ticker or an abbreviation of that name, never a name of its own."""
    doc = span.doc
    if previous is None or span.start < 2 or span.end >= len(doc):
        return False
    opening, closing = doc[span.start - 1], doc[span.end]
    return (
        opening.text in ("(", "<")
        and closing.text in (")", ">")
        and previous.end == span.start - 1
        and bool(BRACKETED_CODE.match(span.text.strip()))
    )


def _code_follows(span: Span, exchange: bool = False) -> bool:
    """A stock code in brackets after the name; with `exchange`, only a code with its exchange ("( LVX.N )"),
    which follows a company whatever label NER gave it ("Halden Sands ( HSX.N )" read as a place)."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text not in ("(", "<") or doc[span.end + 2].text not in (")", ">"):
        return False
    code = doc[span.end + 1].text
    if exchange:
        return bool(TICKER.match(code))
    return bool(TICKER.match(code) or BRACKETED_CODE.match(code) and not _is_code(code))


CREDIT_VOTES = 5  # outvotes an ampersand or a ticker nearby: "Editing by A & B" names two people


def cluster_entities(doc: Doc, body_start: int = 0) -> list[EntityCluster]:
    """Mentions grouped under canonical names, in order of first mention."""
    clusters: dict[str, EntityCluster] = {}
    alias_of: dict[str, str] = {}  # a bracketed code -> the key of the name it abbreviates
    org_words = words("org_name_words")
    previous: tuple[Span, str] | None = None
    credits, speakers = credit_ranges(doc), speaker_ranges(doc)  # "ANN LEE, ANALYST, BRANDT CAPITAL:" read alike
    read_alone = offsets_in(credits + speakers)  # read once, not per mention
    for span in _mentions(doc, credits, speakers, body_start):
        if span.label_ not in KEPT_LABELS or _is_spurious(span):
            continue
        if previous is not None and _bracketed_code(span, previous[0]):
            code = span.text.strip()
            clusters[previous[1]].aliases.add(code)
            alias_of.setdefault(code.lower(), previous[1])
            continue
        name = clean_name(span)
        if name is None:
            continue
        key = alias_of.get(_cluster_key(name), _cluster_key(name))
        cluster = clusters.get(key)
        if cluster is None:
            cluster = clusters[key] = EntityCluster(name=partnership_name(name))
        cluster.aliases.add(name)
        cluster.mentions.append(span)
        previous = (span, key)
        cluster.votes[span.label_] += 1
        if span.start_char in read_alone:
            cluster.votes[span.label_] += CREDIT_VOTES  # the credit words said what it is
            continue
        if _code_follows(span, exchange=span.label_ not in ("ORG", "PERSON")):
            cluster.votes["ORG"] += 3  # "Zento ( ZNT.N )": a ticker follows a company, never a person
            cluster.org_evidence = True
        evidence = _evidence_label(span)
        if evidence:
            cluster.votes[evidence] += 3
            cluster.org_evidence |= evidence == "ORG"
        if evidence != "GPE" and (name != strip_legal_suffix(name) or (len(span) > 1 and span[-1].lower_ in org_words)):
            cluster.votes["ORG"] += 2  # not a head office's town that ends in an organization word ("Red Bank")
    merge_possessive_names(clusters)
    merge_short_forms(clusters, body_start)
    merge_headline_names(clusters, body_start)
    org_names = [(cluster, cluster.name.lower()) for cluster in clusters.values() if cluster.label == "ORG"]
    for cluster in clusters.values():
        others = frozenset(name for other, name in org_names if other is not cluster)
        settle_name(cluster, doc_text(doc), body_start, others)  # body spelling, a "Group" never left off
    merge_abbreviations(clusters)
    text = doc_text(doc)
    for cluster in clusters.values():
        keep_suffix_the_initials_spell(cluster, text)  # "Tarvia Grain Marketing Corp (TGMC)" keeps its "Corp"
    settle_person_or_org(clusters.values())  # "analyst at X", "spokeswoman X": cues over all mentions decide
    mark_ticker_companies(clusters, text)
    agencies = {text[a:b].strip().lower() for a, b in _dateline_agencies(doc)}
    for cluster in clusters.values():
        cluster.agency = _is_agency(cluster, agencies)
    return sorted(clusters.values(), key=lambda c: c.mentions[0].start_char)


def _is_agency(cluster: EntityCluster, dateline_agencies: set[str]) -> bool:
    """A news agency (named in a dateline or the agency lexicon, also inside a longer name such as an
    agency's estimates service) or a pollster ("analysts polled by X", "a X survey")."""
    if cluster.label != "ORG":
        return False
    name = cluster.name.lower()
    if _agency_pattern(frozenset(dateline_agencies | words("news_agencies"))).search(name):
        return not any(_legal_form(span) for span in cluster.mentions)
    if any(_in_poll(span) for span in cluster.mentions):
        return True
    return name.split()[-1] in words("media_words") and all(_cited_as_source(m) for m in cluster.mentions)


def _legal_form(span: Span) -> bool:
    """ "X Reuters Corp", "Y Jones & Co": a name written with its legal form is a company that acts in
    the story (its results, its deals); a dateline agency or an estimates service never carries one."""
    return strip_legal_suffix(span.text) != span.text


@lru_cache(maxsize=64)
def _agency_pattern(agencies: frozenset[str]) -> re.Pattern[str]:
    """Any of the agency names as a whole word: one scan instead of a search per name (an alternation
    tries every name at every position, so it matches exactly where one of the searches would)."""
    names = sorted(agencies, key=lambda a: (-len(a), a))  # a fixed order; any order finds the same texts
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in names) + r")(?![\w-])")


def _cited_as_source(span: Span) -> bool:
    """ "the Daily Courier reported", "told the Evening Post", "according to the Morning Herald": a
    publication cited as the source of a claim."""
    root, head = span.root, span.root.head
    verbs = table("source_verbs")  # a verb's subject is a source; its object too where the table says "object"
    if root.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in verbs:
        return True
    if root.dep_ in ("dobj", "dative") and "object" in verbs.get(head.lemma_.lower(), ()):
        return True
    return root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"


def _in_poll(span: Span) -> bool:
    """ "polled by X", "surveyed by X", "a X poll", "the X consensus"."""
    root, polls = span.root, words("poll_words")
    if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.lemma_.lower() in polls:
        return True
    return root.dep_ in ("compound", "poss", "nmod") and root.head.lemma_.lower() in polls


@dataclass
class EntityIndex:
    """Canonical entities of a Doc and a lookup from token to entity."""

    clusters: list[EntityCluster]
    by_token: dict[int, EntityCluster]
    main_org: EntityCluster | None
    main_place: EntityCluster | None = None  # the country of an economy story: the default subject of its figures
    dateline_tokens: frozenset[int] = frozenset()  # "OSLO (Reuters) -": where a story was filed holds no figure
    market_wrap: bool = False  # a story about the day's markets (mentions/market_wraps.py), decided once
    _by_label: dict[str, tuple[list[int], list[tuple]]] = field(default_factory=dict, repr=False, compare=False)
    _org_names: frozenset[str] | None = field(default=None, repr=False, compare=False)
    _names: dict[str, list[str]] = field(default_factory=dict, repr=False, compare=False)
    lookups: dict[str, dict] = field(default_factory=dict, repr=False, compare=False)  # mentions/cluster_lookup.py

    def at(self, token_i: int) -> EntityCluster | None:
        return self.by_token.get(token_i)

    def org_names(self) -> frozenset[str]:
        """Every name and alias of the organizations, gathered once: asked for each figure of a long text."""
        if self._org_names is None:
            self._org_names = frozenset(n for c in self.clusters if c.label == "ORG" for n in (c.name, *c.aliases))
        return self._org_names

    def names(self, label: str) -> list[str]:
        """The names of the `label` entities, in entity order; gathered once per label (asked per sentence)."""
        if label not in self._names:
            self._names[label] = [c.name for c in self.clusters if c.label == label]
        return list(self._names[label])

    def mentions_between(self, label: str, start: int, end: int) -> list[tuple[EntityCluster, Span]]:
        """The mentions of `label` entities that start at a token in [start, end), in entity order, then
        mention order (one entity per name: the last). Indexed once, so a long document is not scanned
        for every sentence."""
        if label not in self._by_label:
            self._by_label[label] = _mention_index(self.clusters, label)
        starts, entries = self._by_label[label]
        found = entries[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
        return [(cluster, mention) for _, cluster, mention in sorted(found, key=lambda entry: entry[0])]


def _mention_index(clusters: list[EntityCluster], label: str) -> tuple[list[int], list[tuple]]:
    """Mention start tokens (sorted) and (rank, cluster, mention) entries in the same order."""
    named = {c.name: c for c in clusters if c.label == label}.values()
    ranked = [(m.start, rank, c, m) for rank, (c, m) in enumerate((c, m) for c in named for m in c.mentions)]
    ranked.sort(key=lambda entry: (entry[0], entry[1]))
    return [entry[0] for entry in ranked], [entry[1:] for entry in ranked]


def index_entities(doc: Doc, *, title: str | None = None, body_start: int = 0) -> EntityIndex:
    title_start = title_bounds(doc, title)[0] if title else None
    # a capitalised common word ("Hedge funds appeal ...") is no party: it would take the story's figures
    clusters = [c for c in cluster_entities(doc, body_start) if not is_common_word_name(c, title_start)]
    by_token = {t: c for c in clusters for span in c.mentions for t in range(span.start, span.end)}
    org = main_organization(clusters, doc, title, body_start)
    dateline_spans = _dateline_places(doc)
    datelines = frozenset(t for span in dateline_spans for t in range(span.start, span.end))
    filed_at = dateline_spans[0].text if dateline_spans else None
    place = main_place(clusters, org, doc, title, body_start, filed_at)
    if org is not None and named_in_passing(org, clusters, doc, title, body_start):
        org = None  # a bystander of a market wrap is no story's company (the place is weighed as before)
    wrap = is_market_wrap(doc, body_start)
    if wrap:
        org = None  # a wrap's companies are movers of a day, each the holder of its own clause's figures only
    return EntityIndex(clusters, by_token, org, place, datelines, wrap)
