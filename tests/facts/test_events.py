"""Events: tables of sentences written for these tests with invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import events_in

PUBLISHED = dt.date(2019, 8, 14)
LEAVING = ("departure", "resignation")  # the events of a person leaving a post


def events_of(nlp, text):
    return events_in(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Gretchen Wilder quit as chief financial officer of Hollis Bank Corp in June.",
            ("Hollis Bank", "resignation", "Gretchen Wilder"),
        ),
        (
            "Ron Swanson stepped down as chairman of Pawnee Mills Inc last month.",
            ("Pawnee Mills", "departure", "Ron Swanson"),
        ),
        ("Former editor Tom Haverford left the Daily Ledger in 2015.", ("Daily Ledger", "departure", "Tom Haverford")),
        (
            "Marta Quinn resigned from the board of Orvel Energy Inc on Friday.",
            ("Orvel Energy", "resignation", "Marta Quinn"),
        ),
        (
            "Dara Kell retired as chief executive of Bexley Mills Inc in March.",
            ("Bexley Mills", "retirement", "Dara Kell"),
        ),
    ],
)
def test_a_named_person_leaving_is_an_event_of_the_organization_left(nlp, text, event):
    """Resigning or quitting is a resignation, retiring a retirement; leaving or stepping down a departure."""
    assert event in events_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Fenwick Steel Corp said prices would leave margins unchanged.",
        "Analysts at Dorrit Securities said the rate cut left investors cautious.",
        "Fenwick Steel Corp retired $40 million of debt in May.",
    ],
)
def test_a_leaving_verb_without_a_named_person_is_no_departure(nlp, text):
    assert [e for e in events_of(nlp, text) if e[1] in LEAVING] == []


@pytest.mark.parametrize(
    ("text", "seller", "buyer", "unit"),
    [
        (
            "Brantley Group agreed in March to sell its unit, Ostrava Media, to Kelso Networks Inc for $200 million.",
            "Brantley Group",
            "Kelso Networks",
            "Ostrava Media",
        ),
        (
            "Marlow Foods Inc sold Dunmore Dairy Co to Quellen Brands Inc last year.",
            "Marlow Foods",
            "Quellen Brands",
            "Dunmore Dairy",
        ),
        (
            "Pelham Corp will sell Tarrant Chemicals Ltd to Ardent Capital LLC.",
            "Pelham",
            "Ardent Capital",
            "Tarrant Chemicals",
        ),
    ],
)
def test_a_sale_to_a_named_buyer_is_also_the_buyers_acquisition(nlp, text, seller, buyer, unit):
    events = events_of(nlp, text)
    assert (seller, "sale", unit) in events
    assert (buyer, "acquisition", unit) in events


@pytest.mark.parametrize(
    ("text", "company", "person"),
    [
        ("Kelso Corp named Mark Brendanawicz as president, replacing Chris Traeger.", "Kelso", "Mark Brendanawicz"),
        ("On Tuesday, Dunmore Bank named Irene Cole its new chief executive.", "Dunmore Bank", "Irene Cole"),
        (
            "Halvard Airlines Inc has named Petra Novak as its chief financial officer.",
            "Halvard Airlines",
            "Petra Novak",
        ),
    ],
)
def test_naming_a_person_to_a_post_is_an_appointment(nlp, text, company, person):
    assert (company, "appointment", person) in events_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "Larkin Bank said it agreed to acquire a Polish asset manager, majority owned by Belmont Capital.",
            "Belmont Capital",
        ),
        ("Carrow Group Plc will buy a software maker that Denholm Partners founded.", "Denholm Partners"),
        ("Osgood Inc agreed to acquire a bottler controlled by Vantre Holdings.", "Vantre Holdings"),
    ],
)
def test_a_name_in_a_clause_describing_the_object_is_not_the_object(nlp, text, owner):
    assert [e for e in events_of(nlp, text) if e[2] == owner] == []


@pytest.mark.parametrize(
    ("text", "buyer", "bought"),
    [
        (
            "Carrow Group will pay $90 million for 40 percent of Denholm Partners' ( DNH.L ) investment"
            " management unit.",
            "Carrow Group",
            "Denholm Partners' investment management unit",
        ),
        (
            "Tamsin Bank completed the acquisition of Rowe Capital's (RWC.L) asset management division.",
            "Tamsin Bank",
            "Rowe Capital's asset management division",
        ),
        (
            "Pexley Corp bought a majority of Quorra Media Inc's publishing arm.",
            "Pexley",
            "Quorra Media Inc's publishing arm",
        ),
    ],
)
def test_a_unit_named_only_through_its_owner_is_the_owners_unit(nlp, text, buyer, bought):
    assert (buyer, "acquisition", bought) in events_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "buyer", "bought"),
    [
        (
            "Earlier this year, Osgood Inc paid $300 million for stakes in grocery chains Alder Inc. and Birch Co.",
            "Osgood",
            ["Alder", "Birch"],
        ),
        (
            "Venner Group paid $45 million for a 20 percent stake in Holm Logistics Ltd.",
            "Venner Group",
            ["Holm Logistics"],
        ),
        (
            "Last year Danvers Corp bought stakes in Elkin Motors Inc and Ferro Parts Inc.",
            "Danvers",
            ["Elkin Motors", "Ferro Parts"],
        ),
    ],
)
def test_paying_for_or_buying_stakes_acquires_each_named_company(nlp, text, buyer, bought):
    events = events_of(nlp, text)
    assert all((buyer, "acquisition", name) in events for name in bought)


@pytest.mark.parametrize(
    "text",
    [
        "Tamsin Bank completed the acquisition of Rowe Capital Inc.",
        "Orvel Energy Inc completed its purchase of Quist Gas Ltd in May.",
        "Halden Corp has completed the takeover of Ruska Mining Plc.",
    ],
)
def test_completing_an_event_noun_is_not_a_second_event(nlp, text):
    assert [e for e in events_of(nlp, text) if e[1] == "completion"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Police captain Dale Frick left with a pension of $200,000 from Orvel Energy Inc.",
        "Chief trader Nora Vance departed with her team, Halden Corp said.",
        "Sam Pell, the founder of Tarrant Foods Inc, quit with a $5 million payout.",
    ],
)
def test_leaving_with_something_is_no_departure(nlp, text):
    assert [e for e in events_of(nlp, text) if e[1] in LEAVING] == []


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Brandt is head of U.S. sales of Kelso Corp.",
        "Quist Gas Ltd said sales of Loma heaters fell in May.",
        "Analysts tracked launches of Verro phones by Pexley Corp.",
    ],
)
def test_a_plural_event_noun_names_an_activity_not_an_event(nlp, text):
    assert [e for e in events_of(nlp, text) if e[1] in ("sale", "launch")] == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Former publisher Leslie Knope left the Daily Ledger in 2015.", "Leslie Knope"),
        (
            "Former editor Tom Haverford and former publisher Leslie Knope both left the Daily Ledger in 2015.",
            "Leslie Knope",
        ),
        ("Former chairman Ivo Brandt and former publisher Ann Lee quit the Morning Courier last year.", "Ann Lee"),
    ],
)
def test_a_person_whose_title_reads_as_an_organization_still_departs(nlp, text, person):
    assert [e[2] for e in events_of(nlp, text) if e[1] in LEAVING and e[2] == person] == [person]


@pytest.mark.parametrize(
    ("text", "buyer", "bought"),
    [
        (
            "Vantre Bank agreed to pay $80 million for 30 percent of Osgood Group's ( 051230.KS ) leasing unit.",
            "Vantre Bank",
            "Osgood Group's leasing unit",
        ),
        (
            "Larkin Corp paid $12 million for a 10 percent stake in Pell Mining's ( PEL.TO ) copper division.",
            "Larkin",
            "Pell Mining's copper division",
        ),
        (
            "Ardent Capital LLC paid $3 million for half of Tarrant Foods' ( TFD.N ) bakery business.",
            "Ardent Capital",
            "Tarrant Foods' bakery business",
        ),
    ],
)
def test_a_bracketed_ticker_is_neither_the_object_nor_part_of_it(nlp, text, buyer, bought):
    assert (buyer, "acquisition", bought) in events_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "party"),
    [
        (
            "Norvale Foods Inc remains in merger talks with its Danish ally Halden Corp.",
            "Norvale Foods",
            "merger talks",
            "Halden",
        ),
        ("Kelso Corp held takeover talks with Brisk Air Corp last month.", "Kelso", "takeover talks", "Brisk Air"),
        (
            "A newspaper said Larkin Bank has been in talks to buy Osgood Group Plc.",
            "Larkin Bank",
            "acquisition talks",
            "Osgood Group",
        ),
        (
            "Vantre Bank entered negotiations to acquire Denholm Partners Ltd.",
            "Vantre Bank",
            "acquisition negotiations",
            "Denholm Partners",
        ),
        (
            "Norvale Foods Inc is in discussions to buy Halden Media Ltd, the owner of two radio stations.",
            "Norvale Foods",
            "acquisition discussions",
            "Halden Media",
        ),
    ],
)
def test_talks_about_a_deal_are_talks_not_the_deal(nlp, text, subject, predicate, party):
    events = events_of(nlp, text)
    assert (subject, predicate, party) in events
    assert (subject, "acquisition", party) not in events


@pytest.mark.parametrize(
    "text",
    [
        "Norvale Foods Inc held talks with Halden Corp on Monday.",
        "Kelso Corp said talks with unions about pay had stalled.",
        "Brisk Air Corp is in talks with Pell Airports Ltd over landing fees.",
    ],
)
def test_talks_that_name_no_deal_are_no_event(nlp, text):
    assert [e for e in events_of(nlp, text) if "talks" in e[1]] == []


@pytest.mark.parametrize(
    ("text", "buyer", "unit"),
    [
        (
            "Halden Corp completed the sale of Ostrava Media Ltd to Kelso Networks Inc in June.",
            "Kelso Networks",
            "Ostrava Media",
        ),
        ("The sale of Brisk Air Corp to Pell Airports Ltd was announced on Monday.", "Pell Airports", "Brisk Air"),
        (
            "Marlow Foods Inc agreed to the sale of its Dunmore Dairy Co unit to Quellen Brands Inc.",
            "Quellen Brands",
            "Dunmore Dairy",
        ),
    ],
)
def test_a_sale_noun_to_a_named_buyer_is_the_buyers_acquisition(nlp, text, buyer, unit):
    assert (buyer, "acquisition", unit) in events_of(nlp, text)
