"""Names written right beside a figure: "Ostrava (up 4 percent)", "with Brindle ( BRN.N ) down 2 percent",
"rivals Brindle and Quillby trade at 18 and 15 times earnings". Such a name holds the figure whatever the
clause is about (discourse.subject_for reads these first)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.lexicons import words
from extractor.mentions.entities import TICKER, EntityIndex


def mover_name(quantity: Span, entities: EntityIndex) -> str | None:
    """ "with Brindle Corp ( BRN.N ) down 2.6 percent, Quillby off 4 percent": a name, its ticker at most,
    then a move word and the figure; the move is that name's, whatever the clause is about."""
    doc, sent = quantity.doc, quantity.sent
    i = quantity.start - 1
    if i <= sent.start or doc[i].lower_ not in words("move_adverbs"):
        return None
    i = _before_ticker(i - 1, sent)  # "Kestrel Corp KST.N down 3 percent", "Kestrel ( KST.N ) down ..."
    if i < sent.start or doc[i].pos_ != "PROPN":
        return None
    return named_at(doc[i], entities)


def named_at(token: Token, entities: EntityIndex) -> str | None:
    """The entity a token names, if it may hold a figure (never a news agency or pollster)."""
    cluster = entities.at(token.i)
    if cluster is None or cluster.agency or cluster.label not in ("ORG", "GPE", "LOC", "PRODUCT", "PERSON"):
        return None
    return cluster.name


def bracket_owner(quantity: Span, entities: EntityIndex) -> str | None:
    """ "Ostrava (up 4 percent)", "Brindle (18 times earnings)": a figure alone in brackets right after a
    name is that name's; a conversion after an amount ("$5 (4 euros)") has no name before it."""
    doc, sent = quantity.doc, quantity.sent
    opening = next(
        (i for i in range(quantity.start - 1, max(sent.start, quantity.start - 4) - 1, -1) if doc[i].text == "("), None
    )
    closing = next((i for i in range(quantity.end, min(sent.end, quantity.end + 4)) if doc[i].text == ")"), None)
    if opening is None or closing is None or opening == sent.start:
        return None
    if any(doc[i].text in "()" for i in range(opening + 1, quantity.start)):
        return None
    cluster = entities.at(opening - 1)
    if cluster is not None and cluster.label in ("GPE", "LOC") and entities.main_place is None:
        if _in_locative_phrase(doc[opening - 1]):
            return None  # "staff in Freedonia (51 percent)" of a company story: the company's, located there
    return named_at(doc[opening - 1], entities)


LOCATIVE_PREPS = frozenset({"in", "at", "across", "throughout", "within", "outside"})


def _in_locative_phrase(token: Token) -> bool:
    """ "in Freedonia", "in Ostrava and Brindle": a place that only says where; "including Freedonia (up 4
    percent)" or "Freedonia (up 4 percent)" in a list of countries names who holds the figure."""
    while token.dep_ == "conj" or token.dep_ in ("compound", "amod", "det"):
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS


SEPARATORS = frozenset({",", "and", "or"})


def respective_name(quantity: Span, entities: EntityIndex) -> str | None:
    """ "rivals Brindle and Quillby trade at 18 and 15 times earnings": coordinated figures after as many
    coordinated names take the name in the same position."""
    number = next((t for t in quantity if t.like_num), None)
    if number is None:
        return None
    numbers = _number_list(number)
    if len(numbers) < 2 and quantity.root.conjuncts:
        numbers = sorted([quantity.root, *quantity.root.conjuncts], key=lambda t: t.i)  # "7 percent and 9 percent"
        number = quantity.root
    if len(numbers) < 2 or not _joined_by(numbers[-2], numbers[-1], ("and",)):
        return None  # "$50 million, or 12 cents a share": one figure restated, not one figure per name
    names = _name_list_before(numbers[0], entities)
    if len(names) != len(numbers):
        return None
    return names[numbers.index(number)]


def _joined_by(first: Token, last: Token, conjunctions: tuple[str, ...]) -> bool:
    """Whether a conjunction stands between two listed items: "Brindle and Quillby" is a list of holders,
    "Dayton, Ohio" a single place and "$5 million, or 9 cents a share" one figure restated."""
    return any(t.lower_ in conjunctions for t in first.doc[first.i + 1 : last.i])


def _number_list(number: Token) -> list[Token]:
    """The coordinated numbers a number belongs to: by the surface ("20, 30 and 40"), else by the parse
    ("7 percent and 9 percent")."""
    doc, sent = number.doc, number.sent
    found = [number]
    i = number.i - 2
    while i >= sent.start and doc[i + 1].lower_ in SEPARATORS and doc[i].like_num:
        found.insert(0, doc[i])
        i -= 2
    i = number.i + 2
    while i < sent.end and doc[i - 1].lower_ in SEPARATORS and doc[i].like_num:
        found.append(doc[i])
        i += 2
    if len(found) < 2 and number.conjuncts:
        return sorted([number, *number.conjuncts], key=lambda t: t.i)
    return found


def _name_list_before(first: Token, entities: EntityIndex) -> list[str]:
    """The nearest list of names before a token, joined by commas and "and" ("A, B Inc and C Corp")."""
    doc, sent = first.doc, first.sent
    i = first.i - 1
    while i >= sent.start and named_at(doc[i], entities) is None:
        i -= 1
    names: list[str] = []
    while i >= sent.start:
        name = named_at(doc[i], entities)
        if name is None:
            break
        while i - 1 >= sent.start and entities.at(i - 1) is entities.at(i):
            i -= 1  # to the start of this mention
        names.insert(0, name)
        j = i - 1
        while j >= sent.start and doc[j].lower_ in SEPARATORS:
            j -= 1
        if j == i - 1 or (len(names) == 1 and not _joined_by(doc[j], doc[i], ("and", "or"))):
            break  # "Dayton, Ohio" is one place: a list of holders ends with "and" or "or"
        i = _before_ticker(j, sent)  # "A Corp A.N and B Inc ( B.O )": a name's ticker sits between
    return names


def _before_ticker(i: int, sent: Span) -> int:
    """The index before a ticker that ends at `i` ("( XYZ.O )" or "XYZ.O"); `i` itself when none does."""
    doc = sent.doc
    if doc[i].text == ")":
        opening = next((j for j in range(i - 1, max(sent.start, i - 4) - 1, -1) if doc[j].text == "("), None)
        if opening is not None and all(TICKER.match(t.text) for t in doc[opening + 1 : i]):
            i = opening - 1
    while i > sent.start and TICKER.match(doc[i].text):
        i -= 1
    return i
