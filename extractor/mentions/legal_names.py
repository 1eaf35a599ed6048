"""Legal names: a company's name without its legal suffix ("Halden Vess & Co Inc" -> "Halden Vess"), and whether a
name is written with one. A module of its own so that the entity clusters and the brand frames both read it and
neither imports the other for it."""

from __future__ import annotations

from functools import lru_cache

from extractor.lexicons import words

GROUP_WORDS = frozenset({"group", "holdings"})


@lru_cache(maxsize=8192)  # a pure function of the name, asked some 145 times a story, mostly about names asked before
def strip_legal_suffix(name: str) -> str:
    suffixes = words("org_suffixes")
    parts = name.split()
    while len(parts) > 1 and parts[-1].lower().rstrip(",") in suffixes and not _and_co_tail(parts):
        if parts[-1].lower() in GROUP_WORDS and parts[-2].lower() in words("group_descriptors"):
            break  # "Corvane Financial Group": without "Group" the name ends in a common word
        parts.pop()  # "Lowell & Co" keeps its "& Co": without it the name is a fragment
    if _ends_in_and_co(parts):
        return strip_legal_suffix(" ".join(parts[:-2]))  # "Halden Vess & Co Inc" -> "Halden Vess"
    if len(parts) > 2 and parts[-2] == "&":
        parts[-1] = parts[-1].rstrip(".")
    return " ".join(parts).rstrip(",")


def partnership_name(name: str) -> str:
    """The name an organization goes by: without its legal suffix, but a partnership of two or more words keeps
    its "& Co" ("Halden Vess & Co Inc" -> "Halden Vess & Co"). The readable gold names such a firm with the "& Co"
    (10 firms in 8 sets with no short alias, against 1 without it; where it drops it, it lists the long form as an
    alias); `strip_legal_suffix` still drops it, so the long and the short forms fall into one cluster. A story that
    also writes the name without it names the firm so (`entity_clusters.drop_partnership_tail`)."""
    parts = name.split()
    while len(parts) > 4 and parts[-1].lower().rstrip(".,") in words("org_suffixes") and not _and_co_tail(parts):
        parts.pop()  # "Halden Vess & Co Inc": the suffix after the partnership's "& Co"
    if _ends_in_and_co(parts):
        return " ".join([*parts[:-1], parts[-1].rstrip(".,")])
    return strip_legal_suffix(name)


def _and_co_tail(parts: list[str]) -> bool:
    """ "& Co", "and Co", or any suffix after "&" ("Nine & K Holdings" stays whole here): the word before the
    suffix belongs to a partnership's name, so the suffix is not popped alone."""
    return parts[-2] == "&" or parts[-2].lower() == "and" and parts[-1].lower().rstrip(".,") == "co"


def _ends_in_and_co(parts: list[str]) -> bool:
    """ "& Co" after a name of two or more words is a legal suffix the gold drops ("Halden Vess & Co" is
    "Halden Vess"); after one word ("Lowell & Co") or a comma list of partners ("Ames, Bork, Cole & Co")
    the rest would be a fragment, so it stays."""
    return (
        len(parts) >= 4
        and _and_co_tail(parts)
        and parts[-1].lower().rstrip(".,") == "co"
        and not any(p.endswith(",") for p in parts[:-2])
    )


def has_legal_form(name: str) -> bool:
    """ "Tarrow Inc", "Halden Vess & Co": the name carries a legal suffix, so it names a company."""
    return strip_legal_suffix(name) != name
