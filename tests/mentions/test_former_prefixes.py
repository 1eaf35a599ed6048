"""A prefix that says "formerly of", joined to a name by a hyphen ("Ex-Halden boss"), is no part of the name:
NER runs it into the organization, and the "Ex-" form became an entity of its own that took the company's figures.
Stories written for this test, with invented names; the first line is the header with the headline."""

import pytest

from tests.mentions.test_headline_names import org_names, story


@pytest.mark.parametrize(
    ("headline", "body", "expected", "absent"),
    [
        (  # the headline's "Ex-" form; the body names a partnership in full and by its first name
            "Ex-Garrison partner sues firm over unpaid fees",
            "NEW YORK (Reuters) - A one-time partner of Garrison & Vail filed a lawsuit on Monday seeking $2 million "
            "in fees. Garrison said the claim had no merit.",
            "Garrison & Vail",
            "Ex-Garrison",
        ),
        (  # the prefix inside the headline, before a two-word name the body repeats
            "Regulator fines Ex-Tolland Capital trader",
            "LONDON (Reuters) - A former trader at Tolland Capital was fined 400,000 pounds on Thursday. Tolland "
            "Capital said it had helped the inquiry.",
            "Tolland Capital",
            "Ex-Tolland Capital",
        ),
        (  # a carmaker's name with its line of business, the body writing it with a legal form
            "Ex-Brackley Motors head joins rival",
            "DETROIT (Reuters) - The former chief of Brackley Motors Corp will join a rival carmaker, people familiar "
            "with the matter said. Brackley Motors sold 1.2 million cars last year.",
            "Brackley Motors",
            "Ex-Brackley Motors",
        ),
        (  # a two-word name after the prefix, the body writing it with a legal form
            "Ex-Quorra Mining chief joins drilling start-up",
            "SYDNEY (Reuters) - The former head of Quorra Mining Ltd will run a drilling company that listed on "
            "Monday. Quorra Mining declined to comment.",
            "Quorra Mining",
            "Ex-Quorra Mining",
        ),
    ],
)
def test_former_prefix_is_no_part_of_the_name(nlp, headline, body, expected, absent):
    found = org_names(nlp, story(headline, body))
    assert expected in found
    assert absent not in found


@pytest.mark.parametrize(
    ("headline", "body", "kept"),
    [
        (  # the rest is never written alone: the prefix is the name's own first syllable
            "Ex-Vora Bank lends $90 million for Tarvia power plant",
            "WASHINGTON (Reuters) - The Ex-Vora Bank said on Tuesday it would lend $90 million for a power plant. "
            "The Ex-Vora Bank has lent $2 billion across the region so far in 2011.",
            "Ex-Vora Bank",
        ),
        (  # a plain name, no prefix: unchanged
            "Halvard Steel cuts output",
            "OSLO (Reuters) - Halvard Steel ASA will cut output by 10 percent, it said on Monday. Halvard Steel "
            "blamed weak demand.",
            "Halvard Steel",
        ),
    ],
)
def test_name_without_a_former_prefix_written_elsewhere_is_kept(nlp, headline, body, kept):
    assert kept in org_names(nlp, story(headline, body))
