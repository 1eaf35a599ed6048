"""The two subject probes of round 10 (subjects9) as a guard: each row's figure must carry its subject.
Probe 1 was written before the rules and measured 88/110 right on them (one expected subject corrected
to FACTS.md after that run: "Fennick Group" is "Fennick", the suffix dropped); after them 106/110. Probe 2
was written after the rules and before running them: 32/33 (27/33 without them); a later restriction
(an organization reporting "the company ..." is mostly an outsider, as the readable stories showed: a
regulator, an investor) costs one of its rows, "X said that the company's volumes rose": 31/33. A figure
found without the expected subject counts wrong; the bars are today's counts."""

from extractor.api import extract_documents
from extractor.io.documents import document_from_text
from tests.facts.probe_subjects9 import PROBE1, PROBE2


def right_rows(nlp, probe) -> tuple[int, list[tuple[str, float, str, list[str]]]]:
    documents = [
        document_from_text(f" date 2012-03-14 {t}\n\n{x}", doc_id=f"p{i}") for i, (t, x, _) in enumerate(probe)
    ]
    right, wrong = 0, []
    for (title, _, rows), extraction in zip(probe, extract_documents(documents, nlp=nlp), strict=True):
        for amount, subject in rows:
            found = [
                f
                for f in extraction.facts
                if f.value is not None and abs(abs(f.value.amount) - amount) <= 1e-6 * max(1.0, amount)
            ]
            if any((f.subject or "").lower() == subject.lower() for f in found):
                right += 1
            else:
                wrong.append((title, amount, subject, sorted({f.subject or "-" for f in found})))
    return right, wrong


def test_probe_1_subjects(nlp):
    right, wrong = right_rows(nlp, PROBE1)
    assert right >= 106, wrong


def test_probe_2_subjects(nlp):
    right, wrong = right_rows(nlp, PROBE2)
    assert right >= 31, wrong
