"""Acts of public bodies told by a verb: investigations opened by a named body, measures approved by a named
legislature or board (their object the adopted thing's noun with its modifiers, as the readable gold writes
it), and events refused or missed ("declined to approve X"). Invented sentences."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2021, 3, 12)  # a Friday


def events_of(nlp, text):
    return [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "event"]


def triples(nlp, text, predicate):
    return [(f.subject, f.object) for f in events_of(nlp, text) if f.predicate == predicate]


@pytest.mark.parametrize(
    ("text", "investigator", "investigated"),
    [
        (
            "The Justice Department is investigating Orvel Energy Inc over its hedging losses.",
            "Justice Department",
            "Orvel Energy",
        ),
        (
            "Tamsin Bank Corp is being investigated by the Securities and Exchange Commission.",
            "Securities and Exchange Commission",
            "Tamsin Bank",
        ),
        (
            "The Federal Trade Commission has been probing Calder Freight Ltd since last spring.",
            "Federal Trade Commission",
            "Calder Freight",
        ),
    ],
)
def test_a_named_body_investigating_a_named_party_is_an_investigation(nlp, text, investigator, investigated):
    assert (investigator, investigated) in triples(nlp, text, "investigation")


@pytest.mark.parametrize(
    "text",
    [
        "Federal prosecutors have been investigating Orvel Energy Inc for a year.",  # no named investigator
        "Analysts investigated Tamsin Bank Corp's results closely.",  # unnamed doer: no public inquiry stated
        "The Justice Department did not investigate Calder Freight Ltd, its spokesman said.",
        "The attorney general could investigate Brisco Dairy Inc next year.",
        "Investigators are probing the causes of the fire at the Harmon Feeds plant.",  # nothing named probed
    ],
)
def test_no_investigation_without_a_named_body_a_named_party_or_a_stated_act(nlp, text):
    assert triples(nlp, text, "investigation") == []


@pytest.mark.parametrize(
    ("text", "body", "measure", "start"),
    [
        (
            "The Senate approved the farm subsidy bill on Wednesday.",
            "Senate",
            "farm subsidy bill",
            dt.date(2021, 3, 10),
        ),
        (
            "Congress approved a $40 billion highway spending package last week.",
            "Congress",
            "highway spending package",
            dt.date(2021, 3, 1),
        ),
        (
            "The $12 billion disaster relief plan approved by Congress in January drew praise from governors.",
            "Congress",
            "disaster relief plan",
            dt.date(2021, 1, 1),
        ),
    ],
)
def test_a_named_body_approving_a_measure_is_its_approval(nlp, text, body, measure, start):
    facts = [f for f in events_of(nlp, text) if f.predicate == "approval"]
    assert [(f.subject, f.object) for f in facts] == [(body, measure)]
    assert facts[0].period is not None and facts[0].period.start == start
    assert facts[0].modality == "actual"


@pytest.mark.parametrize(
    "text",
    [
        "The Senate did not approve the farm subsidy bill.",
        "Congress could approve the highway spending package next month.",
        "The European Commission declined to approve the planned port merger.",
        "Lawmakers approved the disaster relief plan on Tuesday.",  # no named body
        "The Senate approved the measure on Wednesday.",  # one word refers back to something named before
        "The Senate approved his application for a visa.",  # a request granted, no measure adopted
    ],
)
def test_no_approval_when_refused_guessed_unnamed_or_only_referred_to(nlp, text):
    assert triples(nlp, text, "approval") == []


@pytest.mark.parametrize(
    "text",
    [
        "Orvel Energy Inc refused to sell its pipeline unit to Tamsin Bank Corp.",
        "Calder Freight Ltd failed to buy Harmon Feeds Corp last year.",
        "Brisco Dairy Inc declined to acquire Kessel Marine Corp at that price.",
    ],
)
def test_a_refused_or_missed_deal_is_no_event(nlp, text):
    assert [f for f in events_of(nlp, text) if f.predicate in ("acquisition", "sale")] == []


@pytest.mark.parametrize(
    ("text", "investigator", "investigated"),
    [
        ("Orvel Energy Inc is under investigation by the Justice Department.", "Justice Department", "Orvel Energy"),
        (
            "Tamsin Bank Corp came under investigation by the Federal Trade Commission in 2019.",
            "Federal Trade Commission",
            "Tamsin Bank",
        ),
        (
            "Calder Freight Ltd remains under investigation by the Securities and Exchange Commission.",
            "Securities and Exchange Commission",
            "Calder Freight",
        ),
    ],
)
def test_a_party_under_investigation_by_a_named_body_is_its_object(nlp, text, investigator, investigated):
    assert (investigator, investigated) in triples(nlp, text, "investigation")


@pytest.mark.parametrize(
    "text",
    [
        "Orvel Energy Inc is not under investigation by any agency, it said.",
        "Tamsin Bank Corp remains under investigation.",  # no named investigator
        "Calder Freight Ltd is under offer from Harmon Feeds Corp.",  # an under-phrase of a bid states none
        "The merger is under review by the Justice Department.",
    ],
)
def test_no_investigation_under_a_denied_or_unnamed_inquiry(nlp, text):
    assert triples(nlp, text, "investigation") == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Ann Lee, a former Orvel Energy trader, is under investigation by the Justice Department.", "Ann Lee"),
        ("Bo Chen came under investigation by the Securities and Exchange Commission last year.", "Bo Chen"),
        (
            "Former Tamsin Bank Corp executive Marta Ruiz remains under investigation by the Justice Department.",
            "Marta Ruiz",
        ),
    ],
)
def test_a_named_person_under_investigation_is_its_object(nlp, text, person):
    assert person in [o for _, o in triples(nlp, text, "investigation")]


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Orvel Energy Inc could save $1 billion by closing plants and selling its Tamsin Bank Corp stake.", "sale"),
        ("Calder Freight Ltd may cut jobs and buy Harmon Feeds Corp next year.", "acquisition"),
        ("The Senate might pass a budget and approve the farm subsidy bill in the spring.", "approval"),
    ],
)
def test_an_event_joined_to_a_guessed_verb_without_its_own_subject_is_guessed_too(nlp, text, predicate):
    assert triples(nlp, text, predicate) == []


def test_an_event_joined_with_its_own_subject_keeps_its_own_mood(nlp):
    text = "Orvel Energy Inc might sell its pipeline unit, and Calder Freight Ltd bought Harmon Feeds Corp in May."
    assert ("Calder Freight", "Harmon Feeds") in triples(nlp, text, "acquisition")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first agent is unnamed: a named body joined to it is no doer written for the phrase
        ("Orvel Energy Inc is being investigated by local prosecutors and by the Justice Department.", []),
        ("Tamsin Bank Corp was probed by state regulators and by the Federal Trade Commission last year.", []),
        # a name inside the agent's own phrase still is ("a private equity firm <Name>")
        (
            "Calder Freight Ltd was investigated by the trade watchdog Federal Trade Commission in 2019.",
            [("Federal Trade Commission", "Calder Freight")],
        ),
    ],
)
def test_a_passive_doer_is_named_in_the_agent_phrase_not_in_one_joined_to_it(nlp, text, expected):
    assert triples(nlp, text, "investigation") == expected


@pytest.mark.parametrize(
    ("text", "predicate", "pair"),
    [
        # the joined verb has its own helper or tense: not told in the first verb's mood
        (
            "Calder Freight Ltd could raise prices and has already bought Harmon Feeds Corp.",
            "acquisition",
            ("Calder Freight", "Harmon Feeds"),
        ),
        (
            "Analysts said Kessel Marine Corp might grow and then bought Brisco Dairy Inc last year.",
            "acquisition",
            ("Kessel Marine", "Brisco Dairy"),
        ),
        (
            "Calder Freight Ltd could not raise prices and sold its rail unit to Harmon Feeds Corp in May.",
            "sale",
            ("Calder Freight", "rail unit"),
        ),
        (
            "Calder Freight Ltd could not raise prices and sold its rail unit to Harmon Feeds Corp in May.",
            "acquisition",
            ("Harmon Feeds", "rail unit"),
        ),
    ],
)
def test_a_joined_verb_with_its_own_tense_or_helper_keeps_its_own_mood(nlp, text, predicate, pair):
    assert pair in triples(nlp, text, predicate)


@pytest.mark.parametrize(
    "text",
    [
        "Calder Freight Ltd denied on Monday that the Federal Trade Commission had it under investigation.",
        "Orvel Energy Inc denied that the Justice Department had investigated it.",
        "Tamsin Bank Corp denied reports that it was being probed by the Securities and Exchange Commission.",
    ],
)
def test_an_investigation_a_party_denies_is_not_stated(nlp, text):
    assert triples(nlp, text, "investigation") == []


def test_a_denied_deal_is_no_event(nlp):
    text = "Brisco Dairy Inc rejected claims that it sold its cheese unit to Kessel Marine Corp."
    assert [f for f in events_of(nlp, text) if f.predicate in ("acquisition", "sale")] == []


def test_an_investigation_a_party_reports_is_stated(nlp):
    text = "Kessel Marine Corp told investors that it remains under investigation by the Justice Department."
    assert ("Justice Department", "Kessel Marine") in triples(nlp, text, "investigation")


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("The Senate approved a record defense budget on Wednesday.", "defense budget"),
        ("Congress approved a sweeping tax reform package last week.", "tax reform package"),
        ("Congress approved a more ambitious clean energy plan on Tuesday.", "clean energy plan"),
        ("The Senate approved other bilateral trade deals in May.", "bilateral trade deals"),
    ],
)
def test_an_approved_thing_is_named_without_words_that_judge_or_compare_it(nlp, text, measure):
    assert [o for _, o in triples(nlp, text, "approval")] == [measure]


@pytest.mark.parametrize(
    "text",
    [
        "The board of Tamsin Bank Corp approved the biggest changes to its pay rules in a decade.",
        "Congress approved higher tariffs on steel last month.",
        "The Senate approved other measures on Wednesday.",
        "Congress approved more stringent rules in May.",
    ],
)
def test_no_approval_when_only_the_noun_is_left_after_judging_words(nlp, text):
    assert triples(nlp, text, "approval") == []


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("The Senate will vote on whether to approve the farm subsidy bill next week.", "approval"),
        ("The board of Orvel Energy Inc will decide whether to sell its pipeline unit to Tamsin Bank Corp.", "sale"),
        (
            "Shareholders will be asked whether to approve the merger of Calder Freight Ltd and Harmon Feeds Corp.",
            "merger",
        ),
    ],
)
def test_an_event_asked_about_with_whether_is_undecided(nlp, text, predicate):
    assert triples(nlp, text, predicate) == []


def test_an_event_done_is_not_undone_by_a_whether_clause_elsewhere(nlp):
    text = "The Senate approved the farm subsidy bill after a debate on whether it went too far."
    assert triples(nlp, text, "approval") == [("Senate", "farm subsidy bill")]


@pytest.mark.parametrize(
    "text",
    [
        "Brandt Co is no longer looking to sell its ferry arm to Orvel Energy Inc, a spokeswoman said.",
        "Tamsin Bank Corp is not planning to buy Calder Freight Ltd, its chairman said.",
        "Kessel Marine Corp no longer intends to acquire Brisco Dairy Inc.",
    ],
)
def test_a_plan_denied_or_given_up_is_no_event(nlp, text):
    assert [f for f in events_of(nlp, text) if f.predicate in ("acquisition", "sale")] == []


def test_a_plan_still_held_is_a_target(nlp):
    text = "Brandt Co said it plans to sell its chip business to Orvel Energy Inc."
    assert ("Brandt", "chip business") in triples(nlp, text, "sale")
