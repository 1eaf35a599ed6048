"""Where a name's span begins and ends: the words NER leaves off a name ("Dunmore [Telecom]", "Seven &
[I Holdings]", "Carrow Research I/B/E/S") and whether an "'s" after it ends the name or marks a possessive."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from extractor.lexicons import table, words
from extractor.mentions.doc_text import doc_text, span_text
from extractor.mentions.government_bodies import is_country_name
from extractor.mentions.token_index import tokens_between


def extend_left(span: Span) -> Span:
    """ "Dunmore [Telecom]": proper-noun compounds just before a name belong to it; so does a
    capitalised number word inside a sentence ("Nine Rivers Inc"), which NER reads as a count, and the
    word before an "&" that NER left out, and a company word before "of" that NER left out ("Bank of [Norvale]")."""
    start, sent_start = span.start, span.sent.start  # Span.sent walks the Doc: find it once
    while start > sent_start and _joins_on_left(span.doc[start - 1], start, span):
        start -= 1
    start = _court_place_start(span, start)
    if span.label_ == "ORG" and start == span.start:
        start = of_phrase_head_start(span.doc, start)
    if start - 2 >= sent_start and span.doc[start - 1].text == "&" and _ampersand_partner(span.doc[start - 2]):
        start -= 2  # "Seven & [I Holdings]", "Lowe & [Partners]": both sides of "&" are the name
    if span.doc[start].text[:1].isupper():
        start = _glued_number_start(span.doc, start, sent_start)
    if _possessive_owner(span.doc, start, sent_start):
        start -= 2  # "[Kellan 's] Entertainment Inc.": NER cut the owner's name off its company
    return rejoin_first_word(span if start == span.start else Span(span.doc, start, span.end, label=span.label_))


def rejoin_first_word(span: Span) -> Span:
    """A name whose first word the parser split off as a sentence of its own, whole again ("Tarnwell |
    [Mining] raised its offer")."""
    if span.doc[span.start].is_sent_start and _cut_off_first_word(span.doc, span.start):
        return Span(span.doc, span.start - 1, span.end, label=span.label_)
    return span


def _cut_off_first_word(doc: Doc, start: int) -> bool:
    """A one-word "sentence" of a capitalised proper noun on the same line just before a name: the parser
    split a paragraph's first name ("Tarnwell Mining raised ...") after its first word."""
    if start < 1:
        return False
    word = doc[start - 1]
    before = doc[start - 2] if start >= 2 else None
    alone = word.is_sent_start and (before is None or before.is_space and "\n" in before.text)
    return alone and word.pos_ == "PROPN" and word.text[:1].isupper() and word.whitespace_ == " "


def _joins_on_left(word: Token, start: int, span: Span) -> bool:
    """The word just before `start` is a proper-noun compound of the name, or a number word in it."""
    compound = word.pos_ == "PROPN" and word.dep_ == "compound" and word.head.i in range(start, span.end)
    return compound and not word.ent_type_ and not is_descriptor(word) or _is_name_number_word(word, span)


def _court_place_start(span: Span, start: int) -> int:
    """ "at the [U.S.] [District Court]", "[Tarvia] [High Court]": NER tags the place before a court apart, but a
    court is named with the place whose law it serves (the readable gold writes "U.S. District Court"); the place
    joins the name. Only a place tagged as its own entity that ends right where the name starts, and that is a
    country, a place alias of the lexicons or tagged a place; its "the" stays out."""
    doc = span.doc
    if span[-1].lower_ not in words("court_words") or start == 0 or not doc[start - 1].ent_type_:
        return start
    place_ent = next((e for e in doc.ents if e.start < start <= e.end), None)
    if place_ent is None or place_ent.end != start or place_ent.start < span.sent.start:
        return start
    place = [t for t in place_ent if t.dep_ != "det"]
    written = span_text(doc[place[0].i : place_ent.end]) if place else ""
    placed = is_country_name(written) or written.lower() in table("place_aliases") or place_ent.label_ in ("GPE", "LOC")
    return place[0].i if place and placed else start


SLASH_LETTER = re.compile(r"^[A-Z]\.?$")


@cache
def company_words() -> frozenset[str]:
    """Words that end or extend a company's name ("Homes", "Mining", "Inc"): org_name_words and org_suffixes."""
    return words("org_name_words") | words("org_suffixes")


def of_phrase_head_start(doc: Doc, start: int) -> int:
    """ "Bank of [Norvale Corp]": where NER tagged no word before the "of", the run of capitalised proper nouns
    after "of" is only the tail of a name whose head, a company word such as "Bank" (with any proper nouns before
    it: "Royal Bank of"), stands before the "of"; the head's first word, else `start`. A common word before "of"
    ("Shares of [Halden Corp]") or a tagged one ("[Tarvia] of [Halden Corp]") is not part of the name."""
    head = start - 2
    if head < 0 or doc[start - 1].lower_ != "of" or not _untagged_name_word(doc[head]):
        return start
    if doc[head].lower_ not in company_words():
        return start
    sent_start = doc[head].sent.start
    while head > sent_start and _untagged_name_word(doc[head - 1]):
        head -= 1
    return head


def _untagged_name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and not token.ent_type_ and token.text[:1].isupper()


def extend_right(span: Span) -> Span:
    """The end of a name NER cut short: the owner of a numbered index ("[Halden & Co]'s 300 index"); capitalised
    company words after a place or person NER took ("[Carrow] Homes said" is the company "Carrow Homes"); a slash
    acronym written after a name ("Carrow Research I/B/E/S", "Holm Shipping A/S": an estimates service, a Nordic
    legal form), where NER stops the name before the first slash."""
    doc, k = span.doc, span.end
    if _numbered_index_owner(span):
        end = span.end + 1 if span[-1].text in POSSESSIVE else span.end + 2
        return Span(doc, span.start, end, label=span.label_)  # "[Halden & Co]'s 300 index": "Halden & Co's 300"
    if not span[-1].whitespace_:
        return span
    company = _company_words_after(span)
    if company > span.end:
        return Span(doc, span.start, company, label="ORG")  # "[Carrow] Homes said": NER took a place or person
    service = _agency_service_end(span)
    if service > span.end:
        return Span(doc, span.start, service, label="ORG")  # "according to [Agency] Estimates": the agency's service
    while k + 2 < len(doc) and _slash_pair(doc[k], doc[k + 1], doc[k + 2]):
        k += 2
    return span if k == span.end else Span(doc, span.start, k + 1, label=span.label_)


NAME_LABELS_NOT_ORG = frozenset({"PERSON", "GPE", "NORP", "LOC"})


def _company_words_after(span: Span) -> int:
    """ "[Carrow] Homes said", "[Wexcombe] Hotels Ltd reported": untagged capitalised company words
    (org_name_words, org_suffixes) right after a name NER read as a place or person make it a company's
    name; the end of the longer name, else the span's own end. Not before another capitalised word (a
    title-case headline: "Texas Homes Prices Fall") nor where the name runs on."""
    doc, k = span.doc, span.end
    if span.label_ not in NAME_LABELS_NOT_ORG:
        return span.end
    while k < len(doc) and not doc[k].ent_type_ and doc[k].text[:1].isupper() and doc[k].lower_ in company_words():
        k += 1
    if k == span.end or k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha:
        return span.end
    return k


def _agency_service_end(span: Span) -> int:
    """ "[Agency] Estimates", "[Agency] Insider": capitalised nouns NER left off a news agency's name (a news agency
    of the lexicon) name one of its services, a name of its own; the end of the longer name (at most three words)."""
    doc, k = span.doc, span.end
    if span_text(span).lower() not in words("news_agencies"):
        return span.end
    while k < min(len(doc), span.end + 3) and doc[k].pos_ in ("PROPN", "NOUN") and doc[k].text[:1].isupper():
        if doc[k].is_sent_start or doc[k].ent_type_ and doc[k].ent_type_ != "ORG":
            break
        k += 1
    return k


def _numbered_index_owner(span: Span) -> bool:
    """ "Halden & Co's 300 index", "the Halden's 500": the owner of a numbered index's name is part of that
    name, not an organization of its own; only before an index noun or a quote code (".HLD") or where the
    name alone is the index ("the Halden's 300 rose")."""
    doc = span.doc
    k = span.end - 1 if span[-1].text in POSSESSIVE else span.end  # NER may take the "'s" in or leave it out
    if k + 1 >= len(doc) or doc[k].text not in POSSESSIVE or doc[k - 1].whitespace_:
        return False
    if not doc[k + 1].is_digit:
        return False
    after = doc[k + 2] if k + 2 < len(doc) else None  # "Acme's 2011 profit", "Acme's 500 stores": owned things
    if after is None or after.lemma_.lower() in words("index_nouns") or QUOTE_CODE.match(after.text):
        return True
    return after.tag_ in FINITE_TAGS or after.text in (",", ".")  # "the Halden's 300 rose 1 percent"


def _slash_pair(letter: Token, slash: Token, following: Token) -> bool:
    """ "B/E": two capital letters joined by a slash, no space between."""
    glued = not letter.whitespace_ and not slash.whitespace_
    return glued and slash.text == "/" and bool(SLASH_LETTER.match(letter.text) and SLASH_LETTER.match(following.text))


POSSESSIVE = frozenset({"'s", "’s"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
QUOTE_CODE = re.compile(r"^\.[A-Z]{2,}$")  # ".SPX": an index's quote code


def name_ends_in_s(span: Span) -> bool:
    """ "Pemberton's said", "shares of Fenwick's fell", "Tollan's of London": an "'s" that owns nothing is the end
    of the name (a store or a founder's name), not a possessive. Read from the parse: the name word is no
    possessor (`poss`) and has no conjunct ("Fenwick's and Kellan's stores"), no legal suffix owns the "'s"
    ("Norvale Corp's profit"), and what follows is a finite verb, a preposition after a subject, "of" and a name,
    or the end of a clause; "the Fed's saying" is a contraction of "is" (tagged VBZ, not POS). Not where the
    sentence leaves the noun out after a parallel owner and the story also writes the name bare as an
    organization ("Tarn's margin widened, while Kestrel's narrowed" beside "Kestrel said"): a possessive."""
    doc = span.doc
    if span.label_ != "ORG":
        return False
    if span[-1].text in POSSESSIVE and len(span) > 1:
        owner, mark = span[-2], span[-1]
    elif span.end < len(doc) and doc[span.end].text in POSSESSIVE and not span[-1].whitespace_:
        owner, mark = span[-1], doc[span.end]
    else:
        return False
    if mark.tag_ != "POS" or owner.whitespace_ or owner.dep_ == "poss" or owner.lower_ in words("org_suffixes"):
        return False
    if any(child.dep_ == "conj" for child in owner.children):
        return False
    if _elided_noun(span, owner) and _written_bare(span, owner):
        return False  # "Tarn's margin widened and Kestrel's narrowed" beside "Kestrel said": the noun is left out
    following = doc[mark.i + 1] if mark.i + 1 < len(doc) else None
    if following is None or following.text in (".", ",", ";", ":") or following.tag_ in FINITE_TAGS:
        return True
    if following.dep_ == "ROOT" and following.tag_.startswith("VB"):
        return True  # "Halvard's put the state on review": a past form the tagger read as a participle
    if following.tag_ == "IN" and following.lower_ != "of" and _clause_subject(owner):
        return True  # "Halvard's in May cut its rating": a subject, then a preposition; no owned noun between
    if following.lower_ == "that" or following.lower_ in words("relative_pronouns"):
        return True  # "told Halvard's that it would", "Halvard's, which ...": nothing after it is owned
    if following.tag_ == "RB" and mark.i + 2 < len(doc) and _subject_of(owner, doc[mark.i + 2]):
        return True  # "Halvard's already cut its rating": an adverb, then the verb whose subject the name is
    return following.lower_ == "of" and mark.i + 2 < len(doc) and doc[mark.i + 2].pos_ == "PROPN"


def _elided_noun(span: Span, owner: Token) -> bool:
    """The name's noun is left out because the same sentence has just written it after a parallel owner ("Tarn's
    margin widened, while Kestrel's narrowed", "its bookings rose and Kestrel's fell"): an earlier possessive (a
    name's "'s" or a possessive pronoun) that owns a common noun. A store's "'s" ("Kestrel's said its sales
    rose") has no such owner before it, so a surname or a namesake firm written bare elsewhere does not matter."""
    doc = span.doc
    after = owner.i + 2  # the word after the "'s"
    if after < len(doc) and doc[after].lemma_.lower() in words("reporting_verbs"):
        return False  # "..., burger chain Kestrel's said": a speaker names itself; a left-out noun says nothing
    for token in tokens_between(doc, owner.sent.start, span.start):
        if token.dep_ == "poss" and token.head.pos_ == "NOUN" and token.head.i < span.start:
            if token.tag_ == "PRP$" or token.pos_ == "PROPN":
                return True
    return False


def _written_bare(span: Span, owner: Token) -> bool:
    """The story names the organization elsewhere without the "'s" ("Kestrel ( KST.L ) said", "Kestrel
    reported"): an organization mention whose words are the name's words up to the "'s" (a leading determiner
    aside) and no "'s" follows. A longer name that contains the words ("J Kestrel Plc") is another writing, not
    the bare one. Unlike `_named_bare` (any writing of the owner), this asks for an organization mention: the
    possessive is read as the company's, so the bare writing must name a company too."""
    doc = span.doc
    name = _name_words(doc, span.start, owner.i + 1)
    for ent in doc.ents:
        if ent.label_ != "ORG" or ent.start <= owner.i < ent.end:
            continue
        after = doc[ent.end] if ent.end < len(doc) else None
        if _name_words(doc, ent.start, ent.end) == name and (after is None or after.text not in POSSESSIVE):
            return True
    return False


def _name_words(doc: Doc, start: int, end: int) -> list[str]:
    """The words of `doc[start:end]` without a leading determiner ("the Kestrel Group"), whatever whitespace
    (a line break) lies between them."""
    if start < end - 1 and doc[start].tag_ == "DT":
        start += 1
    return span_text(doc[start:end]).split()


def _clause_subject(owner: Token) -> bool:
    """The name is a verb's subject ("Halvard's in May cut"), not one of a list of owners whose noun the
    text leaves out ("its stake fell to 5 percent and Halvard's to 2 percent")."""
    while owner.dep_ == "conj":  # "Kestrel & Lowe's": the partnership's first name holds the role
        owner = owner.head
    return owner.dep_ in ("nsubj", "nsubjpass") and owner.head.tag_.startswith("VB")


def split_at_owner(span: Span) -> list[Span]:
    """ "[Halvard's Connected Living] division": NER ran a company's possessive into its unit's name; the owner
    is a name of its own where the text also names it bare ("Halvard said"), and the unit the rest. A name whose
    first word after the "'s" is a company word ("Kellan's Stores Inc") or whose owner the text never writes
    bare ("Pellworth's Bank of Tarvia", a possessive in a bank's name) stays whole."""
    text = span_text(span)
    if not any(mark in text for mark in POSSESSIVE):
        return [span]  # most names: no possessive inside, so no Token per word
    for mark in tokens_between(span.doc, span.start + 1, span.end - 1):  # span[1:-1]
        if mark.text not in POSSESSIVE or mark.nbor(-1).whitespace_ or not mark.nbor(1).text[:1].isupper():
            continue
        owner = span.doc[span.start : mark.i]
        place = _place_owner(owner)
        if place is not None:  # "[Tarvia's Grain Board]": a place's possessive is never part of a name
            return [place, Span(span.doc, mark.i + 1, span.end, label=span.label_)]
        if mark.nbor(1).lower_ in company_words() or not _named_bare(span.doc, owner):
            return [span]
        owner_label = label_elsewhere(owner, span.label_)  # "[Tarvik's Labour] party": a person owns it
        unit = Span(span.doc, mark.i + 1, span.end, label=span.label_)
        return [Span(span.doc, owner.start, owner.end, label=owner_label), unit]
    return [span]


PLACE_LABELS = frozenset({"GPE", "LOC"})
PLACE_NAME_WORDS = 3  # "Upper Tarn Valley's": a place's name is a few words; NER may cut its first word off


def _place_owner(owner: Span) -> Span | None:
    """The owner before a name's "'s" is a place ("[Tarvia's Grain Board]", "[Port's Harbour Trust]" cut from
    "Tarn Port's"): a country or place alias of the lexicons, or words the text tags as a place where it writes
    them alone. The place may start a word or two before the mention (NER cut "Tarn" off "Tarn Port"); the
    place's span, labelled as a place, else None. Not a company's or person's possessive ("Kellan's Stores")."""
    doc, floor = owner.doc, owner.sent.start
    for start in range(owner.start, max(floor, owner.start - PLACE_NAME_WORDS + 1) - 1, -1):
        tagged_apart = doc[start].ent_type_ and doc[start + 1].ent_iob_ != "I"
        if start < owner.start and (not doc[start].text[:1].isupper() or tagged_apart):
            break  # capitalised words before the mention, untagged or in one entity with it, may open the place
        words_ = doc[start : owner.end]
        written = span_text(words_)
        if is_country_name(written) or written.lower() in table("place_aliases"):
            return Span(doc, start, owner.end, label="GPE")
        label = _place_label(words_)
        if label is not None:
            return Span(doc, start, owner.end, label=label)
    return None


def _place_label(words_: Span) -> str | None:
    """The place label NER gives the words wherever it tags them alone (with or without an "'s"), here or
    elsewhere; None where any of those tags is no place ("Brenley's" read once as a town, else as a company)."""
    written = span_text(words_)
    labels = {e.label_ for e in words_.doc.ents if _POSSESSIVE_TAIL.sub("", span_text(e)) == written}
    if _one_tagged_place(words_):
        labels.add(words_[0].ent_type_)
    return next(iter(labels)) if len(labels) == 1 and labels <= PLACE_LABELS else None


_POSSESSIVE_TAIL = re.compile(r"\s*(?:'s|’s)$")


def _one_tagged_place(words_: Span) -> bool:
    """NER tagged the words as one place of their own ("[Tarn Port's]" before "[Harbour Bank]")."""
    first = words_[0]
    return first.ent_iob_ == "B" and first.ent_type_ in PLACE_LABELS and all(t.ent_iob_ == "I" for t in words_[1:])


PLACE_PREPOSITIONS = frozenset({"in", "at"})
PLACED_NAME_LABELS = frozenset({"ORG", "PRODUCT", "FAC"})


def split_at_place(span: Span) -> list[Span]:
    """An economist at "[Halvard in] London", "[KestrelFX in New York]": NER ran a name into the preposition
    that places it. The name ends before "in"/"at" (always before one it ends in), and a capitalised rest is
    a place of its own (a name the text labels elsewhere keeps that label). A name built on "of" keeps a
    place in it ("Union of Dock Workers in Tarvia"), as does a rest in lower case or with a number; a date's
    "in" is no name's end."""
    if span.label_ not in PLACED_NAME_LABELS:
        return [span]
    if len(span) > 1 and span[-1].text in PLACE_PREPOSITIONS:
        return [Span(span.doc, span.start, span.end - 1, label=span.label_)]  # "[Halvard in] London"
    for prep in tokens_between(span.doc, span.start + 1, span.end):  # span[1:]
        if prep.text not in PLACE_PREPOSITIONS or any(t.lower_ == "of" for t in span.doc[span.start : prep.i]):
            continue
        head = Span(span.doc, span.start, prep.i, label=span.label_)
        rest = span.doc[prep.i + 1 : span.end]
        if not rest[0].text[:1].isupper() or any(t.like_num for t in rest):
            return [span]  # "Fun in the Sun", "Halvard in 2012": no place follows
        place = label_elsewhere(rest, "GPE" if prep.text == "in" else "FAC")
        return [head, Span(span.doc, rest.start, rest.end, label=place)]
    return [span]


def label_elsewhere(words_: Span, default: str) -> str:
    """The label NER gives the same words where it names them alone, else `default`."""
    written = span_text(words_)
    others = [e.label_ for e in words_.doc.ents if span_text(e) == written and not e.start <= words_.start < e.end]
    return others[0] if others else default


def _named_bare(doc: Doc, owner: Span) -> bool:
    """The owner's words occur elsewhere in the text with no "'s" after them."""
    pattern = re.compile(r"\b" + re.escape(span_text(owner)) + r"\b(?!['’]s)")
    return any(m.start() != owner.start_char for m in pattern.finditer(doc_text(doc)))


def _subject_of(owner: Token, verb: Token) -> bool:
    """The name ("Halden" of "Halden & Reed") is the subject of the verb, whatever tense the tagger read."""
    while owner.dep_ == "conj":
        owner = owner.head
    return verb.tag_.startswith("VB") and owner.head == verb and owner.dep_ in ("nsubj", "nsubjpass")


def _possessive_owner(doc: Doc, start: int, floor: int) -> bool:
    """ "Kellan's Entertainment Inc.", "Dorran's Stores": a name that starts with a generic company word
    ("Entertainment", "Stores") just after a capitalised possessive is that possessive's company; the owner
    word is no place or person of its own ("Canada's Velmont Inc" starts with no generic word)."""
    if start - 2 < floor or doc[start - 1].text not in POSSESSIVE or doc[start - 2].whitespace_:
        return False
    owner = doc[start - 2]
    if not (owner.is_alpha and owner.text[:1].isupper() and doc[start].lower_ in company_words()):
        return False
    return _place_owner(doc[start - 2 : start - 1]) is None  # "Tarvia's Financial Authority": the place's body


def _glued_number_start(doc: Doc, start: int, floor: int) -> int:
    """ "8X Corp", "24-Harlow Stores" split by the tokenizer: the number (and hyphen) glued before a name
    is part of it."""
    k = start
    if k - 2 >= floor and doc[k - 1].text == "-" and not doc[k - 1].whitespace_:
        k -= 1
    if k - 1 < floor or not doc[k - 1].is_digit or doc[k - 1].whitespace_:
        return start
    marker = doc[k - 2] if k - 2 >= 0 else None  # "UPDATE 1-Brindle Stores": a wire version number
    return start if marker is not None and marker.is_upper and marker.is_alpha and len(marker) > 1 else k - 1


def _ampersand_partner(token: Token) -> bool:
    return token.text[:1].isupper() and token.is_alpha and not token.is_sent_start and not is_descriptor(token)


def is_descriptor(token: Token) -> bool:
    """ "Rival X", "Peers X and Y" at the start of a sentence: an organization noun, capitalised by position."""
    nouns = words("org_nouns")
    return token.lower_ in nouns or token.lemma_.lower() in nouns or token.lower_.removesuffix("s") in nouns


def _is_name_number_word(token: Token, span: Span) -> bool:
    return (
        token.is_alpha
        and token.like_num
        and token.text[:1].isupper()
        and not token.is_sent_start
        and token.head.i in range(span.start, span.end)
        and span.label_ == "ORG"
    )
