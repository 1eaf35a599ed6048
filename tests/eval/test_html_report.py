"""The self-contained HTML pages: escaping, marks, figures, and what a real headless Chromium makes of them."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from extractor.eval.gold import GoldEvidence, GoldFact, load_gold_dir
from extractor.eval.html_report import (
    content_security_policy,
    entity_mentions,
    locate_evidence,
    period_mentions,
    quantity_mentions,
    render_article_html,
    render_eval_html,
    segment_text,
)
from extractor.eval.reports import eval_report_json
from extractor.eval.scoring import score_corpus
from extractor.io.documents import read_text_file
from extractor.models import Document, Entity, Evidence, Fact, Period, Quantity

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="/usr/bin/chromium is absent (CI installs Debian's chromium package)"
)

PAYLOADS = [
    "<script>document.title='pwned'</script>",
    "<img src=x onerror=\"document.title='pwned'\">",
    '"><svg onload="document.title=\'pwned\'">',
    "<a href=\"javascript:document.title='pwned'\">x</a>",
]
HOSTILE = " ".join(PAYLOADS)


# --------------------------------------------------------------------------- helpers


class DomReader(HTMLParser):
    """Start tags, the text of each element kind, and data-figure cells of an HTML document."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []
        self.title = ""
        self.body_text: list[str] = []
        self.figures: dict[str, tuple[str, str]] = {}
        self._figure: tuple[str, str] | None = None
        self._figure_text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if tag not in {"meta", "br", "img", "input", "link", "hr"}:
            self.stack.append(tag)
        if "data-figure" in attributes:
            self._figure = (attributes["data-figure"], attributes.get("data-value"))
            self._figure_text = []

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass
        if tag == "td" and self._figure is not None:
            self.figures[self._figure[0]] = (self._figure[1], "".join(self._figure_text).strip())
            self._figure = None

    def handle_data(self, data):
        if self.stack and self.stack[-1] == "title":
            self.title += data
        elif "body" in self.stack and "script" not in self.stack and "style" not in self.stack:
            self.body_text.append(data)
        if self._figure is not None:
            self._figure_text.append(data)

    def count(self, tag: str) -> int:
        return sum(1 for name, _ in self.tags if name == tag)


def read_dom(html: str) -> DomReader:
    reader = DomReader()
    reader.feed(html)
    reader.close()
    return reader


def chromium(tmp_path: Path, page: Path, *options: str) -> str:
    """Run headless Chromium on a local page; return what it prints (the DOM for --dump-dom)."""
    command = [
        str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={tmp_path / 'chromium-profile'}", *options, page.as_uri(),
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=20, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def hostile_document() -> tuple[Document, list[Fact]]:
    sentence = f"{HOSTILE} Acme's revenue rose 5 percent in Q2."
    text = f"date 2017-07-07 {HOSTILE}\n\n{sentence}\n\nAcme hired {PAYLOADS[1]} people.\n"
    start = text.index(sentence)
    fact = Fact(
        doc_id="hostile",
        fact_id="hostile-1",
        kind="change",
        subject=HOSTILE,
        predicate=f"revenue {PAYLOADS[0]}",
        value=Quantity(amount=5.0, unit="percent", direction="up", surface="5 percent"),
        period=Period(start=dt.date(2017, 4, 1), end=dt.date(2017, 6, 30), label=PAYLOADS[2]),
        attributed_to=PAYLOADS[3],
        evidence=Evidence(sentence=sentence, start=start, end=start + len(sentence)),
    )
    elsewhere = f"Not in the text {PAYLOADS[0]}"
    unlocated = fact.model_copy(update={"evidence": Evidence(sentence=elsewhere, start=0, end=len(elsewhere))})
    return Document(doc_id="hostile", title=HOSTILE, published=dt.date(2017, 7, 7), text=text), [fact, unlocated]


def hostile_page() -> str:
    document, facts = hostile_document()
    quantity_start = document.text.index("5 percent")
    period_start = document.text.index("Q2.")
    entities = [
        Entity(doc_id="hostile", label="ORG", name="Acme"),
        Entity(doc_id="hostile", label="<b>X</b>", name="x"),
    ]
    quantity = {
        "start": quantity_start,
        "end": quantity_start + 9,
        "amount": 5.0,
        "unit": "percent",
        "surface": "5 percent",
    }
    period = {"start": period_start, "end": period_start + 2, "label": PAYLOADS[2]}
    return render_article_html(document, facts, entities=entities, quantities=[quantity], periods=[period])


@pytest.fixture(scope="module")
def corpus_case():
    """The development corpus with gold facts as predictions, a few removed or changed, and its report."""
    gold = load_gold_dir(ROOT / "corpus" / "gold")
    articles = sorted((ROOT / "corpus" / "articles").glob("*.txt"))
    assert len(articles) >= 10
    documents = {path.stem: read_text_file(path) for path in articles}
    predicted = {doc_id: [f for f in record.facts if not f.optional] for doc_id, record in gold.items()}
    xiaomi = predicted["xiaomi-2017-07-07"]
    del xiaomi[0]
    xiaomi[0] = xiaomi[0].model_copy(update={"value": xiaomi[0].value.model_copy(update={"amount": 71.0})})
    xiaomi[1] = xiaomi[1].model_copy(update={"modality": "forecast"})
    del predicted["bmo-job-cuts-2007-01-31"][2:6]
    entities = {
        doc_id: [Entity(doc_id=doc_id, label="ORG", name=record.facts[0].subject)] for doc_id, record in gold.items()
    }
    report = score_corpus(predicted, gold, predicted_entities=entities)
    return report, documents, predicted


# --------------------------------------------------------------------------- without a browser


def test_html_report_escapes_hostile_text_in_markup():
    page = hostile_page()
    for payload in PAYLOADS:
        assert payload not in page
    assert "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;" in page
    assert len(re.findall(r"<script\b", page)) == 1
    assert "<img" not in page and "<svg" not in page and "<a href" not in page


def test_html_report_is_self_contained(corpus_case):
    report, documents, predicted = corpus_case
    for page in (render_eval_html(report, documents, predicted, None), hostile_page()):
        assert not re.search(r"\b(src|href)\s*=\s*[\"']?(https?:|//)", page)
        assert "<link" not in page and "@import" not in page
        assert not re.search(r"url\((?!#)", page)  # SVG clip paths refer to ids in the page


def test_html_report_csp_names_the_inline_script():
    page = hostile_page()
    script = re.search(r"<script>(.*?)</script>", page, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    policies = [
        attrs["content"] for tag, attrs in read_dom(page).tags if attrs.get("http-equiv") == "Content-Security-Policy"
    ]
    assert policies == [content_security_policy(script)]
    assert f"script-src 'sha256-{digest}'" in policies[0]
    assert "default-src 'none'" in policies[0]


def test_html_report_segments_cover_the_text_once():
    document, facts = hostile_document()
    from extractor.eval.html_report import _fact_view

    views = [_fact_view(f"f{i}", fact, "predicted", "predicted", document.text) for i, fact in enumerate(facts)]
    mentions = entity_mentions([Entity(doc_id="hostile", label="ORG", name="Acme")], document.text)
    segments = segment_text(document.text, views, mentions)
    assert "".join(segment.text for segment in segments) == document.text
    value = next(s for s in segments if "val" in s.classes.split())
    assert value.text == "5 percent" and value.fact_ids == "f0"
    assert sum(len(s.tags) for s in segments) == len(mentions) == 2  # "Acme's" and "Acme hired"
    assert views[1].span is None


def test_html_report_locates_evidence_without_offsets():
    text = "First. Revenue rose 5 percent. Last."
    # Gold quotes its sentence without offsets.
    fact = GoldFact(
        doc_id="d", kind="metric", subject="A", predicate="revenue", evidence=GoldEvidence(sentence="Revenue rose")
    )
    assert locate_evidence(fact, text) == (7, 19)
    moved = fact.model_copy(update={"evidence": Evidence(sentence="Revenue rose", start=0, end=12)})
    assert locate_evidence(moved, text) == (7, 19)


def test_html_report_marks_ignore_unusable_offsets():
    text = "Sales rose in Q2 2017 by 5 percent."
    periods = [
        {"start": "2017-04-01", "end": "2017-06-30", "label": "Q2 2017"},  # dates, not offsets
        {"start": 14, "end": 21, "label": "Q2 2017", "role": "period"},
        {"start": 30, "end": 99, "label": "out of range"},
    ]
    assert [(m.start, m.end, m.title) for m in period_mentions(periods, text)] == [(14, 21, "Q2 2017 (role period)")]
    quantities = [
        {"start": 25, "end": 34, "amount": 5.0, "unit": "percent", "surface": "5 percent"},
        {"start": 25, "end": 34},
    ]
    assert [m.title for m in quantity_mentions(quantities, text)] == ["5 percent", "quantity"]


def test_html_report_entity_mentions_are_whole_words():
    text = "Mi Home stores; Xiaomi's Mi phones; Miami."
    mentions = entity_mentions([{"label": "ORG", "name": "Mi Home"}, {"label": "ORG", "name": "Mi"}], text)
    assert [(text[m.start : m.end], m.label) for m in mentions] == [("Mi Home", "ORG"), ("Mi", "ORG")]


def test_html_report_eval_page_lists_outcomes(corpus_case):
    report, documents, predicted = corpus_case
    dom = read_dom(render_eval_html(report, documents, predicted, None))
    statuses = [attrs.get("data-status") for tag, attrs in dom.tags if tag == "li" and "data-fact" in attrs]
    for status in ("tp", "partial", "fp", "fn"):
        assert status in statuses
    assert statuses.count("fn") == report.overall.value.fn


# --------------------------------------------------------------------------- in Chromium


@needs_chromium
def test_html_report_hostile_article_runs_nothing_in_chromium(tmp_path):
    page = tmp_path / "hostile.html"
    page.write_text(hostile_page(), encoding="utf-8")
    dom = read_dom(chromium(tmp_path, page, "--dump-dom"))
    assert dom.title == "Facts: hostile"
    assert ("html", {"lang": "en", "data-ready": "1"}) in dom.tags  # our own script did run
    text = "".join(dom.body_text)
    for payload in PAYLOADS:
        assert payload in text
    assert text.count(HOSTILE) >= 3  # the title, the header line and the evidence sentence
    assert dom.count("script") == 1
    assert dom.count("img") == 0 and dom.count("svg") == 0
    assert not any(tag == "a" and (attrs.get("href") or "").startswith("javascript:") for tag, attrs in dom.tags)
    assert not any(any(name.startswith("on") for name in attrs) for _, attrs in dom.tags)


@needs_chromium
def test_html_report_article_screenshot_is_not_blank(tmp_path):
    import matplotlib.image

    document = read_text_file(ROOT / "corpus" / "articles" / "xiaomi-2017-07-07.txt")
    gold = load_gold_dir(ROOT / "corpus" / "gold")["xiaomi-2017-07-07"]
    page = tmp_path / "article.html"
    entities = [
        Entity(doc_id=document.doc_id, label=e.label if isinstance(e.label, str) else e.label[0], name=e.name)
        for e in gold.entities
    ]
    page.write_text(render_article_html(document, gold.facts, entities=entities, quantities=[], periods=[]))
    shot = tmp_path / "article.png"
    chromium(tmp_path, page, f"--screenshot={shot}", "--window-size=1280,2000")
    assert shot.exists()
    pixels = matplotlib.image.imread(shot)
    assert pixels.shape[:2] == (2000, 1280)
    colours = {tuple(p) for p in pixels[::4, ::4, :3].reshape(-1, 3).round(3).tolist()}
    assert len(colours) > 50


@needs_chromium
def test_html_report_figures_in_chromium_equal_json(tmp_path, corpus_case):
    report, documents, predicted = corpus_case
    page = tmp_path / "eval.html"
    page.write_text(render_eval_html(report, documents, predicted, None), encoding="utf-8")
    dom = read_dom(chromium(tmp_path, page, "--dump-dom"))
    assert dom.title == "Fact extraction: evaluation report"
    data = json.loads(eval_report_json(report))
    expected = {}
    for level in ("value", "strict"):
        for figure in ("precision", "recall", "f1"):
            expected[f"overall.{level}.{figure}"] = data["overall"][level][figure]
            for kind, counts in data["per_kind"].items():
                expected[f"per_kind.{kind}.{level}.{figure}"] = counts[level][figure]
            for index, doc in enumerate(data["per_document"]):
                expected[f"per_document.{index}.{level}.{figure}"] = doc[level][figure]
    for level in ("labelled", "name"):
        for figure in ("precision", "recall", "f1"):
            expected[f"entities.{level}.{figure}"] = data["entities"]["overall"][level][figure]
    assert len(expected) > 100
    assert any(value < 1.0 for value in expected.values())
    for name, value in expected.items():
        assert name in dom.figures, name
        exact, shown = dom.figures[name]
        assert float(exact) == value, name
        assert shown == f"{value:.3f}", name
    misses = data["strict_misses_by_field"]
    assert misses["value"] > 0 and misses["modality"] > 0
    for field, count in misses.items():
        assert dom.figures[f"strict_misses_by_field.{field}"] == (str(count), str(count)), field
