"""The story's main organization where NER misses it (salience.py): a proper name that is the subject of the
lead's main clause and is written in the title names the company the story is about, unless the story also
writes it in lower case, an index number follows it or a title precedes it; an organization named later by the
first word of its name alone ("Dorvel said" of "Dorvel Healthcare Corp") counts those mentions too.
Stories written for these tests, invented names."""

from collections import Counter

import pytest

from extractor.header import find_header
from extractor.mentions.entities import index_entities
from extractor.mentions.entity_clusters import EntityCluster
from extractor.mentions.salience import short_mentions, untagged_names


def main_org(nlp, title, body):
    text = f" date 2012-04-10 {title}\n\n{body}"
    header = find_header(text)
    entities = index_entities(nlp(text), title=header.title, body_start=header.end)
    return entities.main_org.name if entities.main_org else None, {c.name: c.label for c in entities.clusters}


@pytest.mark.parametrize(
    ("title", "body", "company"),
    [
        (
            "Zentrixo to buy Pellow for $900 million",
            "SAN FRANCISCO (Reuters) - Zentrixo agreed to acquire Pellow Labs, which makes apps for sharing "
            "photos, and will hand over $900 million in shares and cash. Pellow Labs has 30 employees.",
            "Zentrixo",
        ),
        (
            "Quorvane posts first quarterly profit",
            "BOSTON (Reuters) - Quorvane reported its first quarterly profit on Tuesday as subscriptions to its "
            "video service doubled, and it said that Brindle Media would carry its channels.",
            "Quorvane",
        ),
        (
            "Vellomix shares jump after upbeat outlook",
            "LONDON (Reuters) - Vellomix raised its annual sales forecast on Thursday, sending its shares up "
            "9 percent, while rival Tarrow Group kept its outlook.",
            "Vellomix",
        ),
    ],
)
def test_an_unlabelled_lead_subject_named_in_the_title_is_the_main_company(nlp, title, body, company):
    found, clusters = main_org(nlp, title, body)
    assert found == company, clusters


@pytest.mark.parametrize(
    ("title", "body", "word"),
    [
        (
            "Copper falls 4 percent",
            "NEW YORK (Reuters) - Copper dropped 4 percent to $6,800 a tonne on Monday as demand for copper "
            "from Brindle Metals and other smelters weakened.",
            "Copper",
        ),
        (
            "Ex-Halvex CEO Marrowby loses bid to end lawsuit",
            "NEW YORK (Reuters) - Former Halvex Corp Chief Executive Tom Marrowby lost his bid on Thursday to "
            "have a shareholder lawsuit against him thrown out.",
            "Marrowby",
        ),
        (
            "Year-end rally lifts Vantor 300",
            "NEW YORK (Reuters) - The Vantor 300 rose 1.1 percent on Friday, helped by shares of Kestrel Mining.",
            "Vantor",
        ),
    ],
)
def test_a_commodity_person_or_index_in_the_lead_is_no_company(nlp, title, body, word):
    found, clusters = main_org(nlp, title, body)
    assert clusters.get(word) != "ORG" and found != word, (found, clusters)


@pytest.mark.parametrize(
    ("title", "body", "company"),
    [
        (
            "Weak quarter at Harbrook and Vendle",
            "SEATTLE (Reuters) - Software makers Harbrook Systems Inc. and Vendle Networks Inc. forecast slower "
            "growth on Tuesday. Harbrook said sales rose 4 percent. Harbrook hired 200 engineers. Harbrook opened "
            "an office in Denver. Vendle Networks said sales were flat. Vendle Networks hired 50 people.",
            "Harbrook Systems",
        ),
        (
            "Results disappoint at Tamwick and Ferrand",
            "BOSTON (Reuters) - Chipmakers Tamwick Devices Inc. and Ferrand Semiconductor Corp. missed forecasts "
            "on Thursday. Tamwick said revenue fell 5 percent. Tamwick cut 300 jobs. Tamwick will close a plant "
            "in Ohio. Ferrand Semiconductor said prices were weak. Ferrand Semiconductor kept its outlook.",
            "Tamwick Devices",
        ),
        (
            "Slower sales at Ashcombe and Lisle",
            "DALLAS (Reuters) - Retailers Ashcombe Stores Inc. and Lisle Brands Corp. reported slower sales on "
            "Wednesday. Ashcombe said sales rose 2 percent. Ashcombe opened 12 stores. Ashcombe expects a weak "
            "holiday season. Lisle Brands said traffic fell. Lisle Brands hired 100 workers.",
            "Ashcombe",  # the short form the story writes three times is the canonical name (names24)
        ),
    ],
)
def test_short_mentions_count_for_the_company_whose_name_they_start(nlp, title, body, company):
    found, clusters = main_org(nlp, title, body)
    assert found == company, clusters


@pytest.mark.parametrize(
    ("name", "others", "text", "count"),
    [
        ("Harbrook Systems", set(), "Harbrook said sales rose. Harbrook hired 200 engineers.", 2),
        ("Harbrook Systems", set(), "Harbrook Systems said sales rose.", 0),  # the full name is no short form
        ("Harbrook Canada", {"Harbrook"}, "Harbrook said sales rose.", 0),  # another entity's whole name
        ("Bank Tavrin", set(), "Bank officials said sales rose.", 0),  # a generic first word
        ("Harbrook Systems", set(), "Senator Harbrook Smith said sales rose.", 0),  # inside another name
    ],
)
def test_which_words_are_short_mentions(nlp, name, others, text, count):
    doc = nlp(text)
    cluster = EntityCluster(name=name, votes=Counter({"ORG": 1}))
    assert len(short_mentions(cluster, untagged_names(doc), doc, others)) == count
