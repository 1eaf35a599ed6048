"""scripts/reuters_gold.py and corpus/reuters-gold: gold for the Reuters stories, stored without their text."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from extractor.eval.gold import load_gold_dir

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "reuters_gold.py"
_spec = importlib.util.spec_from_file_location("reuters_gold", SCRIPT)
reuters_gold = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(reuters_gold)

STORY = " date 2031-03-04 Dunmore Tin profit rises\n\nDunmore Tin said profit rose 4 percent. Sales were flat.\n"
SENTENCE = "Dunmore Tin said profit rose 4 percent."


def _gold(sentence: str, start: int) -> dict:
    fact = {
        "doc_id": "tin",
        "kind": "change",
        "subject": "Dunmore Tin",
        "predicate": "profit",
        "value": {"amount": 4.0, "unit": "percent", "direction": "up", "surface": "4 percent"},
        "modality": "actual",
        "evidence": {"sentence": sentence, "start": start, "end": start + len(sentence)},
    }
    title = "Dunmore Tin profit rises"
    return {"doc_id": "tin", "published": "2031-03-04", "title": title, "facts": [fact], "entities": []}


def _story_dir(tmp_path: Path) -> Path:
    stories = tmp_path / "stories"
    stories.mkdir()
    (stories / "tin.txt").write_text(STORY, encoding="utf-8")
    return stories


def test_packing_drops_the_sentences_and_unpacking_reads_them_back(tmp_path):
    stories, source, packed = _story_dir(tmp_path), tmp_path / "source", tmp_path / "packed"
    source.mkdir()
    (source / "tin.json").write_text(json.dumps(_gold(SENTENCE, STORY.index(SENTENCE))), encoding="utf-8")
    assert reuters_gold.pack(source, "set1", stories, packed) == 1
    stored = (packed / "set1" / "tin.json").read_text(encoding="utf-8")
    assert "rose 4 percent" not in stored and "profit rises" not in stored
    assert reuters_gold.unpack("set1", tmp_path / "out", stories, packed) == 1
    gold = load_gold_dir(tmp_path / "out" / "gold")
    assert gold["tin"].facts[0].evidence.sentence == SENTENCE
    assert gold["tin"].title == "Dunmore Tin profit rises"
    assert (tmp_path / "out" / "articles" / "tin.txt").read_text(encoding="utf-8") == STORY


def test_packing_refuses_offsets_that_do_not_give_the_quoted_sentence(tmp_path):
    stories, source = _story_dir(tmp_path), tmp_path / "source"
    source.mkdir()
    (source / "tin.json").write_text(json.dumps(_gold(SENTENCE, 3)), encoding="utf-8")
    with pytest.raises(reuters_gold.PackError, match="fact 1: evidence offsets do not give its sentence"):
        reuters_gold.pack(source, "set1", stories, tmp_path / "packed")


def test_unpacking_an_unknown_set_names_the_sets_there_are(tmp_path):
    (tmp_path / "packed" / "read1").mkdir(parents=True)
    with pytest.raises(reuters_gold.PackError, match=r"no packed gold files \(sets: read1\)"):
        reuters_gold.unpack("nope", tmp_path / "out", tmp_path, tmp_path / "packed")


def test_stored_sets_hold_no_sentence_of_the_stories():
    files = sorted(reuters_gold.PACKED.glob("*/*.json"))
    assert files, "corpus/reuters-gold holds the packed sets"
    for file in files:
        record = json.loads(file.read_text(encoding="utf-8"))
        assert "title" not in record, file
        assert all(set(fact["evidence"]) == {"start", "end"} for fact in record["facts"]), file


@pytest.mark.skipif(not reuters_gold.STORIES.is_dir(), reason="needs ../shared/datasets/reuters-news")
def test_every_stored_set_unpacks_to_gold_that_loads(tmp_path):
    for name in reuters_gold.sets(reuters_gold.PACKED):
        count = reuters_gold.unpack(name, tmp_path / name, reuters_gold.STORIES, reuters_gold.PACKED)
        assert len(load_gold_dir(tmp_path / name / "gold")) == count
