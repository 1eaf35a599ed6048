"""Roles and successions at organizations other than the story's company (round 10, roles8). Each sentence is
set in a short story whose headline and lead name a different company (tests/facts/roles_probe.py), so a
role or event that falls back on the story's company fails. Sentences written for these tests, invented names."""

import datetime as dt

import pytest

from extractor import extract
from tests.facts import roles_probe_rows
from tests.facts.roles_probe import run, story

PUBLISHED = dt.date(2024, 3, 14)


def facts_of(nlp, main, sentence, kind):
    facts = extract(story(main, sentence), published=PUBLISHED, nlp=nlp)
    return [f for f in facts if f.kind == kind and sentence[:30] in f.evidence.sentence]


def roles(nlp, main, sentence):
    return [(f.subject, f.predicate, f.object) for f in facts_of(nlp, main, sentence, "role")]


def events(nlp, main, sentence):
    return [(f.subject, f.predicate, f.object) for f in facts_of(nlp, main, sentence, "event")]


@pytest.mark.parametrize(
    ("main", "sentence", "role"),
    [
        ("brindle", "Quillby's chief financial officer, Lisa Moe, declined to comment.", "Quillby"),
        ("corvane", "Rival Dunmore's chairman, Peter Sallow, called the offer too low.", "Dunmore"),
        (
            "harlow",
            "Tern Foods reported a loss, and its chairman, Philip Grey, apologised to shareholders.",
            "Tern Foods",
        ),
        (
            "brindle",
            "Meanwhile, Norvale Inc said its president, Greta Holm, would travel to Asia next week.",
            "Norvale",
        ),
        ("pellam", "Brockley Insurance's chief risk officer, Len Ogden, spoke at the hearing.", "Brockley Insurance"),
        (
            "brindle",
            "The bid was rejected by Pinecrest Mining, whose chairman, Alan Voss, called it opportunistic.",
            "Pinecrest Mining",
        ),
    ],
)
def test_the_possessor_of_a_title_is_the_organization_of_the_post(nlp, main, sentence, role):
    """ "X's chairman", "its chairman" (the organization of the enclosing clause), "whose chairman"."""
    assert [r[0] for r in roles(nlp, main, sentence)] == [role]


@pytest.mark.parametrize(
    ("main", "sentence", "role"),
    [
        ("harlow", "Varnholt President Ida Lund said orders rose.", "Varnholt"),
        ("corvane", "Talbridge Chief Executive Robert Lamb quit on Wednesday, the company said.", "Talbridge"),
        ("brindle", "Selwyn finance chief Mara Quist said costs rose.", "Selwyn"),
        (
            "pellam",
            "Portfolio manager Dan Fisk at Oakmont Asset Management sold his shares.",
            "Oakmont Asset Management",
        ),
    ],
)
def test_an_untagged_name_before_any_title_is_the_employer(nlp, main, sentence, role):
    """A proper name the recognizer left untagged right before a title; not a capital at the sentence start
    before a lower-case title ("Portfolio manager")."""
    assert [r[0] for r in roles(nlp, main, sentence)] == [role]


@pytest.mark.parametrize(
    ("main", "sentence", "role"),
    [
        ("brindle", "The chief executive of rival Ostrava, Ann Lee, said prices would fall.", "Ostrava"),
        ("brindle", "The president of Lindqvist Steel, Hans Moller, said the plant would reopen.", "Lindqvist Steel"),
        ("brindle", "A spokesman for Tarvik Airlines, Omar Said, confirmed the order.", "Tarvik Airlines"),
    ],
)
def test_a_title_in_apposition_takes_the_organization_of_its_phrase(nlp, main, sentence, role):
    """ "The chief executive of X, Ann Lee,": the title's of/for phrase names whose post it is."""
    assert [r[0] for r in roles(nlp, main, sentence)] == [role]


@pytest.mark.parametrize(
    ("main", "sentence", "role"),
    [
        (
            "pellam",
            "Separately, Halden Group said Chief Financial Officer Mark Ellis would present the results.",
            "Halden Group",
        ),
        (
            "tamsin",
            "Rival carmaker Vendel said Chief Financial Officer Otto Graf will take over as chief executive in April.",
            "Vendel",
        ),
        (
            "corvane",
            "Ferrow Labs, a Corvane supplier, said founder Ian Birch had stepped down as chief executive.",
            "Ferrow Labs",
        ),
    ],
)
def test_a_titled_person_with_no_organization_works_for_the_reporter(nlp, main, sentence, role):
    """ "X said Chief Executive Ann Lee would ...": the organization that reports it, not the story's company."""
    assert [r[0] for r in roles(nlp, main, sentence)] == [role]


@pytest.mark.parametrize(
    ("main", "sentence", "event"),
    [
        (
            "pellam",
            "Haverly Bank's chief financial officer, Susan Tran, resigned last month.",
            ("Haverly Bank", "resignation", "Susan Tran"),
        ),
        (
            "harlow",
            "Kestrel's chairman, Ruth Abbot, retired in January after 20 years with the company.",
            ("Kestrel", "retirement", "Ruth Abbot"),
        ),
        (
            "harlow",
            "Marlow Energy's president, Derek Stone, resigned from the company on Monday to join a rival.",
            ("Marlow Energy", "resignation", "Derek Stone"),
        ),
        (
            "corvane",
            "Talbridge Chief Executive Robert Lamb quit on Wednesday, the company said.",
            ("Talbridge", "resignation", "Robert Lamb"),
        ),
    ],
)
def test_a_titled_subject_leaves_the_organization_of_the_title(nlp, main, sentence, event):
    """ "X's chairman, Ann Lee, resigned": the person beside the title leaves the title's organization."""
    assert events(nlp, main, sentence) == [event]


@pytest.mark.parametrize(
    ("main", "sentence", "end"),
    [
        (
            "harlow",
            "Rival Tern Foods said on Wednesday that its chairman, Philip Grey, would retire at the end of this year.",
            dt.date(2024, 12, 31),
        ),
        (
            "brindle",
            "Brindle said its finance chief, Helen Varga, would leave the company in May.",
            dt.date(2024, 5, 31),
        ),
        ("pellam", "Pellam Bank said its chairman, Howard Leigh, will retire in June.", dt.date(2024, 6, 30)),
    ],
)
def test_a_departure_told_with_a_future_modal_is_a_plan(nlp, main, sentence, end):
    """ "would retire", "will leave": announced, modality target (as the progressive "is stepping down")."""
    found = facts_of(nlp, main, sentence, "event")
    assert [(f.modality, f.period.end if f.period else None) for f in found] == [("target", end)]


@pytest.mark.parametrize(
    ("main", "sentence", "event"),
    [
        (
            "tamsin",
            "Vessel maker Orlan Marine fired its chief executive, Dmitri Volkov, on Monday.",
            ("Orlan Marine", "dismissal", "Dmitri Volkov"),
        ),
        (
            "harlow",
            "Tern Foods, Harlow's main rival, dismissed its finance director, Owen Pratt, last week.",
            ("Tern Foods", "dismissal", "Owen Pratt"),
        ),
        (
            "tamsin",
            "Tamsin's chief executive, Lars Berg, was ousted by the board on Sunday.",
            ("Tamsin Motors", "ouster", "Lars Berg"),
        ),
        (
            "tamsin",
            "Grant Lowe, who was forced out as chief executive of Vendel in 2022, now advises Tamsin.",
            ("Vendel", "ouster", "Grant Lowe"),
        ),
        (
            "harlow",
            "Shareholders of Norvale voted to remove Chairman Greta Holm on Tuesday.",
            ("Norvale", "ouster", "Greta Holm"),
        ),
    ],
)
def test_a_person_removed_from_a_post_is_an_ouster_or_dismissal(nlp, main, sentence, event):
    """The organization that removes (its subject, or the owner of the body that acts), else the post's owner."""
    assert events(nlp, main, sentence) == [event]


@pytest.mark.parametrize(
    ("main", "sentence", "event"),
    [
        (
            "harlow",
            "The board of Pinecrest Mining elected Hugo Berg as chief executive, effective April 1.",
            ("Pinecrest Mining", "election", "Hugo Berg"),
        ),
        (
            "pellam",
            "Pellam Bank promoted Greg Hale to chief operating officer last week.",
            ("Pellam Bank", "promotion", "Greg Hale"),
        ),
        (
            "brindle",
            "Quillby said Chief Operating Officer Mia Sorensen had been promoted to president.",
            ("Quillby", "promotion", "Mia Sorensen"),
        ),
    ],
)
def test_a_person_given_a_post_by_election_or_promotion(nlp, main, sentence, event):
    assert events(nlp, main, sentence) == [event]


@pytest.mark.parametrize(
    ("main", "sentence"),
    [
        ("brindle", "Voters elected Ann Lee in a landslide."),
        ("harlow", "Kestrel removed the tariffs on steel on Monday."),
        ("corvane", "Quillby would not fire its chief executive, Mark Dunn, the chairman said."),
        ("pellam", "The regulator fired a warning shot at lenders."),
    ],
)
def test_no_succession_without_a_named_person_and_a_post_or_when_denied(nlp, main, sentence):
    assert not [e for e in events(nlp, main, sentence) if e[1] in ("election", "ouster", "dismissal", "promotion")]


@pytest.mark.parametrize(
    ("main", "sentence", "role"),
    [
        (
            "pellam",
            "Pellam Bank promoted Greg Hale to chief operating officer last week.",
            ("Pellam Bank", "chief operating officer", "Greg Hale"),
        ),
        (
            "harlow",
            "The board of Pinecrest Mining elected Hugo Berg as chief executive, effective April 1.",
            ("Pinecrest Mining", "chief executive", "Hugo Berg"),
        ),
        (
            "tamsin",
            "Tamsin Motors appointed Julia Brandt, a former Ostrava executive, as its new chief executive.",
            ("Tamsin Motors", "chief executive", "Julia Brandt"),
        ),
        (
            "harlow",
            "Harlow Foods hired former Quillby executive Dan Ortiz as head of marketing.",
            ("Harlow Foods", "head", "Dan Ortiz"),
        ),
    ],
)
def test_the_post_given_is_a_role_at_the_organization_that_gives_it(nlp, main, sentence, role):
    """ "promoted X to president", "elected X as chief executive", "appointed X, a banker, as its chief
    executive": the post given, also beside a title written before the name."""
    assert role in roles(nlp, main, sentence)


def test_probe_one_score_stays_reached(nlp):
    """Probe 1 (92 sentences, 134 facts) was at 52 facts (0.388) before this round's rules, 109 after."""
    found, total, _ = run(roles_probe_rows.PROBE1, nlp)
    assert total == 134 and found >= 109


def test_probe_two_score_stays_reached(nlp):
    """Probe 2 (32 sentences, 52 facts), written after the rules and run once: 12 facts before them, 44 with
    them (the check that they generalise), 45 once an officer's title read past its area word."""
    found, total, _ = run(roles_probe_rows.PROBE2, nlp)
    assert total == 52 and found >= 45


@pytest.mark.parametrize(
    ("main", "sentence", "event"),
    [
        (
            "brindle",
            "Ostrava said on Tuesday it had accepted the resignation of its chairman, Hal Brook.",
            ("Ostrava", "resignation", "Hal Brook"),
        ),
        (
            "pellam",
            "Kestrel Bank's chief executive, Nora Quinn, announced her retirement on Wednesday.",
            ("Kestrel Bank", "retirement", "Nora Quinn"),
        ),
        (
            "harlow",
            "Ostrava's promotion of Kim Roe to president surprised analysts.",
            ("Ostrava", "promotion", "Kim Roe"),
        ),
    ],
)
def test_a_succession_noun_of_a_named_person_is_the_event(nlp, main, sentence, event):
    """ "the resignation of X", "announced her retirement" (the person named before in the sentence), "X's
    promotion of Y": the organization of the person's post, or the possessor that decides."""
    assert events(nlp, main, sentence) == [event]


@pytest.mark.parametrize(
    ("main", "sentence"),
    [
        ("corvane", "Shareholders called for the ouster of Talbridge chairman Sam Orr."),
        ("brindle", "The board did not accept the resignation of director Eli Ross."),
        ("pellam", "The promotion of sales boosted revenue."),
        ("corvane", "Elections in Freedonia are due in May."),
    ],
)
def test_no_succession_noun_event_when_demanded_denied_or_of_no_person(nlp, main, sentence):
    assert events(nlp, main, sentence) == []


@pytest.mark.parametrize(
    ("main", "sentence", "day"),
    [
        (
            "harlow",
            "The board of Pinecrest Mining elected Hugo Berg as chief executive, effective April 1.",
            dt.date(2024, 4, 1),
        ),
        (
            "corvane",
            "Talbridge announced the appointment of Ruth Kemp as chairman, effective June 3.",
            dt.date(2024, 6, 3),
        ),
        ("tamsin", "Kestrel Ltd promoted Omar Lutz to president, effective Jan. 2.", dt.date(2024, 1, 2)),
    ],
)
def test_a_succession_is_dated_to_the_day_it_takes_effect(nlp, main, sentence, day):
    """ "effective June 3": of the past and future readings of the day, the one nearer the story's date."""
    found = facts_of(nlp, main, sentence, "event")
    assert [(f.period.start, f.period.end) for f in found if f.period] == [(day, day)]
