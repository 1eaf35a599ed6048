import datetime as dt

import pytest

from extractor.io.documents import DocumentError, document_from_record, document_from_text, iter_jsonl, read_text_file


def test_documents_header_gives_date_and_title_and_offsets_keep_header():
    text = " date 2020-03-04 Acme lifts outlook\n\nAcme raised its forecast.\n"
    document = document_from_text(text, doc_id="acme")
    assert document.published == dt.date(2020, 3, 4)
    assert document.title == "Acme lifts outlook"
    assert document.text == text


def test_documents_published_overrides_header():
    document = document_from_text("date 2020-03-04 T\nBody.", doc_id="x", published=dt.date(2021, 1, 1))
    assert document.published == dt.date(2021, 1, 1)


def test_documents_no_header_means_unknown_date():
    document = document_from_text("Profit rose 5 percent.", doc_id="x")
    assert document.published is None and document.title is None


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"\xff\xfe\x00binary", "binary"),
        (b"caf\xe9 au lait", "not UTF-8"),
        (b" date 2017-02-30 Impossible\nText.", "impossible date"),
        (b"date 2017-13-01 Bad month\nText.", "impossible date"),
        (b"date 2017-1-1 Short\nText.", "not YYYY-MM-DD"),
        (b"date 2017-07-07 Only a header\n\n", "no sentences"),
        (b"... --- !!!", "no sentences"),
    ],
)
def test_documents_bad_files_raise_with_reason(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(DocumentError) as info:
        read_text_file(path)
    assert reason in info.value.reason
    assert str(path) in str(info.value)


def test_documents_missing_file_and_directory(tmp_path):
    with pytest.raises(DocumentError, match="no such file"):
        read_text_file(tmp_path / "absent.txt")
    with pytest.raises(DocumentError, match="directory"):
        read_text_file(tmp_path)


def test_documents_jsonl_records_and_bad_lines(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(
        '{"id": "a", "text": "Sales rose.", "published": "2019-05-01", "title": "T"}\n'
        "not json\n"
        '{"id": "b"}\n'
        '{"id": "c", "text": "Ok.", "published": "2019-02-31"}\n',
        encoding="utf-8",
    )
    items = list(iter_jsonl(path))
    assert items[0].doc_id == "a" and items[0].published == dt.date(2019, 5, 1) and items[0].title == "T"
    assert [type(i).__name__ for i in items[1:]] == ["DocumentError"] * 3
    assert "invalid JSON" in items[1].reason and "text" in items[2].reason and "impossible date" in items[3].reason


def test_documents_record_must_be_object():
    with pytest.raises(DocumentError):
        document_from_record(["a"], source="x")
