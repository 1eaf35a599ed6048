"""Document entities on sentences written for these tests."""

import pytest

from extractor.mentions.legal_names import partnership_name, strip_legal_suffix
from tests.mentions.entity_sets import entities


def test_entities_dateline_place_is_title_cased(nlp):
    found = entities(nlp, "OSLO (Reuters) - Fjordline Shipping said on Monday its fleet grew.")
    assert ("GPE", "Oslo") in found


def test_entities_legal_suffix_and_short_form_merge(nlp):
    found = entities(nlp, "Brantley Holdings Inc. said sales rose. Brantley also cut costs.")
    names = {name for _, name in found}
    assert "Brantley" in names and not any("Inc" in n for n in names)


def test_entities_person_short_form_merges_into_full_name(nlp):
    found = entities(nlp, "Chief Executive Maria Lindqvist said demand was strong. Lindqvist added that prices held.")
    assert ("PERSON", "Maria Lindqvist") in found
    assert not any(name == "Lindqvist" for _, name in found)
    assert not any("Chief" in name for _, name in found)


def test_entities_based_marks_a_place(nlp):
    found = entities(nlp, "The Leeds-based retailer opened two stores.")
    assert ("GPE", "Leeds") in found


def test_entities_section_heading_is_not_an_organization(nlp):
    # spaCy tags both headings as ORG; a line that is nothing but the name is a heading
    for heading in ("Business Review", "Financial Summary"):
        found = entities(nlp, f"{heading}\n\nRevenue rose 4 percent at Tamsin Motors.")
        assert ("ORG", "Tamsin Motors") in found
        assert not any(name == heading for _, name in found)


@pytest.mark.parametrize(
    ("text", "ticker"),
    [("Shares of Orvale trade on the NYSE: ORV and rose.", "ORV"), ("Listed on NYSE: KST, the company grew.", "KST")],
)
def test_entities_exchange_tickers_are_not_names(nlp, text, ticker):
    # spaCy tags both tickers as ORG; after an exchange and a colon they are codes, not names
    assert not any(name == ticker for _, name in entities(nlp, text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Brantwick Finance Director Oskar Lindahl said costs fell.", "Oskar Lindahl"),
        ("Chief Executive Ana de Souza told reporters the plan was on track.", "Ana de Souza"),
        ("Editor Lou Parkman said the newsroom would shrink.", "Lou Parkman"),
    ],
)
def test_entities_person_after_a_title_inside_one_mention(nlp, text, person):
    found = entities(nlp, text)
    assert ("PERSON", person) in found, found
    assert not any(name.endswith(person) and name != person for _, name in found), found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Sales at chains such as Ferrow Inc and Quillby Stores Inc rose.", {"Ferrow", "Quillby Stores"}),
        ("Demand for Tamsin Corp tablets rose, and Halvard Ltd and Brindle Corp gained.", {"Tamsin", "Halvard"}),
        ("Gifts such as Norvale Inc kettles sold well.", {"Norvale"}),
    ],
)
def test_entities_a_legal_suffix_ends_a_name(nlp, text, names):
    found = {name for _, name in entities(nlp, text)}
    assert names <= found, found
    assert not any(" and " in n or n.endswith(("tablets", "kettles")) for n in found), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Halvard paid $30 million for a stake held by Lowell & Co.", "Lowell & Co"),
        ("The fund is 40 percent owned by Brisk & Co, a local firm.", "Brisk & Co"),
        ("Advisers at Penrose & Co. said the bid was low.", "Penrose & Co"),
    ],
)
def test_entities_and_co_stays_in_the_name(nlp, text, name):
    found = {n for _, n in entities(nlp, text)}
    assert name in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Halvard sold the unit to Corvel Ashdale & Co for $40 million.", "Corvel Ashdale & Co"),
        ("Shares of Ashdown Fielding & Co. Inc fell 8 percent after the report.", "Ashdown Fielding & Co"),
        ("Analysts at Marden Holt and Co raised their target on the shares.", "Marden Holt and Co"),
    ],
)
def test_entities_a_partnership_of_two_words_keeps_its_and_co(nlp, text, name):
    # readable gold (round 33): 10 firms "X Y & Co" named with the "& Co" and no short alias, 1 without it; where the
    # gold drops it, it lists the long form as an alias. The short form still joins the long one's entity.
    found = {n for _, n in entities(nlp, text)}
    assert name in found, found
    assert not any(n.endswith(("Co.", "Inc")) for n in found), found
    assert name.split(" & ")[0].split(" and ")[0] not in found, found  # one entity, not two


def test_entities_a_partnership_written_bare_too_is_one_entity_without_its_and_co(nlp):
    # round 37 (names37): where the story also writes the name without "& Co", every readable gold entity drops it
    # (3 firms in 5 sets, none keeps it; entity_clusters.drop_partnership_tail). Still one entity, not two.
    found = {n for _, n in entities(nlp, "Sales at Penrose Wexley & Co rose, and Penrose Wexley opened two stores.")}
    assert "Penrose Wexley" in found, found
    assert not any(n.endswith(("Co", "Co.", "Inc")) for n in found), found


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Halden Vess & Co. Inc.", "Halden Vess & Co"),  # the suffix after the partnership goes
        ("Orla Brandt and Co", "Orla Brandt and Co"),
        ("Tarrant & Co Inc", "Tarrant & Co"),  # one word before "& Co": as before
        ("Quill, Darrow, Fenn & Co", "Quill, Darrow, Fenn & Co"),
        ("Halden Vess Corp", "Halden Vess"),  # near misses: other legal suffixes still go
        ("Brisk Holdings Ltd", "Brisk"),
    ],
)
def test_partnership_name(written, name):
    assert partnership_name(written) == name


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Quill, Darrow, Fenn & Co", "Quill, Darrow, Fenn & Co"),  # a comma list of partners keeps its "& Co"
        ("Ames, Bork & Co.", "Ames, Bork & Co"),
        ("Tarrant & Co Inc", "Tarrant & Co"),  # one word before "& Co": the rest would be a fragment
        ("Halden Vess & Co. Inc.", "Halden Vess"),
        ("Orla Brandt and Co", "Orla Brandt"),
    ],
)
def test_strip_legal_suffix_and_co(written, canonical):
    assert strip_legal_suffix(written) == canonical


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Group chief executive Tove Brekke cut 300 jobs.", "Tove Brekke"),
        ("Central bank Governor Zhang Wei told reporters that growth would slow.", "Zhang Wei"),
        ("Central bank Governor Lin Haoran set the tone on Monday.", "Lin Haoran"),
    ],
)
def test_entities_title_before_a_name_keeps_a_person_a_person(nlp, text, person):
    found = entities(nlp, text)
    assert ("PERSON", person) in found, found
    assert not any(name.lower() in ("governor", "executive", "chairman") for _, name in found), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Norvale now competes head-on with Nine & K Holdings in three markets.", "Nine & K Holdings"),
        ("Analysts at Marlow & Tanner Partners expect higher sales.", "Marlow & Tanner Partners"),
        ("The brand competes with Sixty & Vale Group in Europe.", "Sixty & Vale Group"),
    ],
)
def test_entities_both_sides_of_an_ampersand_are_the_name(nlp, text, name):
    found = {n for _, n in entities(nlp, text)}
    assert name in found, found


@pytest.mark.parametrize(
    ("text", "short", "long"),
    [
        (
            "The NFTA talks resumed. Officials said the 12 chapters (of the planned Northern Free Trade Accord) "
            "were done. The NFTA would cover 40 percent of trade.",
            "NFTA",
            "Northern Free Trade Accord",
        ),
        (
            "Brindle said the WMF (Widget Makers Federation) backed the plan. The WMF has 300 members.",
            "WMF",
            "Widget Makers Federation",
        ),
        (
            "Under the GRP (Global Reporting Pact), 20 firms report. The GRP started in May.",
            "GRP",
            "Global Reporting Pact",
        ),
    ],
)
def test_entities_a_long_form_only_in_brackets_leaves_the_short_name(nlp, text, short, long):
    names = {n for _, n in entities(nlp, text)}
    assert short in names and long not in names, names


@pytest.mark.parametrize(
    "text",
    [
        "Earnings beat the mean estimate of 52 cents, according to Carrow Research I/B/E/S. Sales rose.",
        "Analysts surveyed by Carrow Research I/B/E/S had expected a loss at Pembrook Foods.",
        "The forecast compiled by Carrow Research I/B/E/S was 18 cents a share for Tamsin Motors.",
    ],
)
def test_entities_a_slash_acronym_after_a_name_belongs_to_it(nlp, text):
    found = {n for _, n in entities(nlp, text)}
    assert "Carrow Research I/B/E/S" in found, found
    assert "Carrow Research" not in found, found


@pytest.mark.parametrize(
    ("text", "kept", "stripped"),
    [
        (
            "Corvane Financial Group Inc said profit rose. Dunmore Group Plc cut jobs. Dunmore did not say how many, "
            "and Corvane Financial gave no outlook.",
            "Corvane Financial Group",
            "Dunmore",
        ),
        (
            "Shares of Norwood Investment Group fell, while Halvard Holdings gained. Halvard owns two mines.",
            "Norwood Investment Group",
            "Halvard",
        ),
        (
            "Pell Capital Group bought a stake in Brisk Group, it said on Monday. Brisk makes ovens.",
            "Pell Capital Group",
            "Brisk",
        ),
    ],
)
def test_entities_group_stays_after_a_common_word(nlp, text, kept, stripped):
    found = {n for _, n in entities(nlp, text)}
    assert kept in found, found
    assert stripped in found, found
    assert kept.removesuffix(" Group") not in found, found


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        (
            "Fenwick's Entertainment Inc. said profit rose 5 percent. Fenwick's also cut jobs.",
            "Fenwick's Entertainment",
            "Fenwick",
        ),
        (
            "Costume retailer Marlow's Stores Inc. is seeking a buyer, and Marlow's may sell.",
            "Marlow's Stores",
            "Marlow",
        ),
        ("Tolley's Foods Ltd raised prices on Monday. Tolley's said costs rose.", "Tolley's Foods", "Tolley"),
    ],
)
def test_entities_a_possessive_owner_belongs_to_its_company(nlp, text, name, short):
    found = {n for _, n in entities(nlp, text)}
    assert name in found, found
    assert name.split("'")[1][2:] not in found, found  # not the bare company word ("Entertainment")
    assert short not in found, found  # the bare possessive is the same company


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Brannock Cos Inc said sales rose 4 percent.", "Brannock"),
        ("Analysts expect Pellham Cos. to report higher sales.", "Pellham"),
        ("Dorran's Cos Inc raised its forecast on Tuesday.", "Dorran's"),
    ],
)
def test_entities_cos_is_a_legal_suffix(nlp, text, name):
    found = {n for _, n in entities(nlp, text)}
    assert name in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"Demand is soft," said Ray Tolland, who heads The Orwin Group in Denver.', "Orwin Group"),
        (
            "Existing home sales rose 3 percent, The National Guild of Brokers said on Monday.",
            "National Guild of Brokers",
        ),
        ("The deal still needs approval from The Council on Harbour Trade in Lisbon.", "Council on Harbour Trade"),
    ],
)
def test_entities_a_capitalised_the_is_not_part_of_a_company_name(nlp, text, name):
    found = {n for _, n in entities(nlp, text)}
    assert name in found, found
    assert not any(n.startswith("The ") for n in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Brisk Foods plans to cut 300 jobs, The Harbour Journal reported on Sunday.",
        "Shares fell after The Dunmore Times said the bid was off.",
        "According to The Valley Herald, the plant will close.",
    ],
)
def test_entities_a_newspaper_keeps_its_the(nlp, text):
    found = {n for _, n in entities(nlp, text)}
    assert any(n.startswith("The ") for n in found), found


@pytest.mark.parametrize(
    ("text", "heading_words"),
    [
        ("Tamsin Motors sold 40 cars. ONE MORE WORRY Tamsin Motors also faces a strike.", {"WORRY", "MORE WORRY"}),
        ("Orders fell at Tamsin Motors. GOLDEN COW Dairy prices rose at Kelso Farms.", {"GOLDEN COW", "COW"}),
        ('"It hurts," said Ana Ruiz. CABINET SPLIT Tamsin Motors lost its bid.', {"CABINET", "CABINET SPLIT"}),
    ],
)
def test_no_name_is_read_inside_a_glued_subheading(nlp, text, heading_words):
    names = {name for _, name in entities(nlp, text)}
    assert "Tamsin Motors" in names
    assert not names & heading_words


def test_a_speaker_line_in_capitals_keeps_its_names(nlp):
    text = 'Sales rose 2 percent in May.\n\nJANE DOE, SENIOR ANALYST, BRANDT SECURITIES, NEW YORK:\n\n"It was strong."'
    names = {name.lower() for _, name in entities(nlp, text)}
    assert {"jane doe", "brandt securities"} <= names


@pytest.mark.parametrize("written", ["Halden Vess & Co Inc", "Brindle Holdings Ltd", "Quillby Financial Group"])
def test_strip_legal_suffix_remembered_answer_equals_a_fresh_one(written):
    """perf33: `strip_legal_suffix` is remembered per name; an ask answered before gives the fresh answer."""
    fresh = strip_legal_suffix.__wrapped__(written)
    assert strip_legal_suffix(written) == fresh
    assert strip_legal_suffix(written) == fresh
