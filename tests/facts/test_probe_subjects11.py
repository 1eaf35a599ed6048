"""The two country-subject probes of round 12 (subjects11) as a guard: each row's figure must carry its subject.
Probe 1 was written before the rules: 22/40 right before them, 34/40 after. Probe 2 was written after the
rules and before running them: 15/19 (8/19 without them). A figure found without the expected subject counts
wrong; the bars are today's counts."""

from tests.facts.probe_subjects11 import PROBE1, PROBE2
from tests.facts.test_probe_subjects9 import subject_score


def test_probe_1_country_subjects(nlp):
    tally = subject_score(nlp, PROBE1)
    assert tally.right >= 34, tally.notes


def test_probe_2_country_subjects(nlp):
    tally = subject_score(nlp, PROBE2)
    assert tally.right >= 15, tally.notes
