import datetime as dt
import json

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


# ---- the date header: one reader for the document reader and the fact rules ---------------------


@pytest.mark.parametrize(
    ("text", "date", "title", "body"),
    [
        (" date 2018-04-09 Pellworth gains\n\nIt rose.\n", "2018-04-09", "Pellworth gains", "\nIt rose.\n"),
        ("\n\n  date 2015-11-30\nSales at Corvane fell.", "2015-11-30", None, "Sales at Corvane fell."),
        ("date 2012-01-02   Spaced title  \r\nText.", "2012-01-02", "Spaced title", "Text."),
        ("date 2020-1-5 Loose date\nText.", "2020-1-5", "Loose date", "Text."),
    ],
    ids=["title", "blank-lines-no-title", "crlf-and-spaces", "not-iso"],
)
def test_header_gives_date_title_and_where_the_body_starts(text, date, title, body):
    from extractor.header import find_header

    header = find_header(text)
    assert (header.date, header.title, text[header.end :]) == (date, title, body)
    assert header.is_iso == (date.count("-") == 2 and len(date) == 10)


@pytest.mark.parametrize(
    "text",
    ["Dateline: sales rose.\ndate 2020-01-01 Late\n", "dated 2020-01-01 Not a header\nText.", "Update 2020-01-01\n"],
    ids=["not-first-line", "other-word", "no-date-word"],
)
def test_header_only_on_the_first_non_blank_line(text):
    from extractor.header import find_header

    assert find_header(text) is None


# ---- one reader for every command: text, HTML, JSONL; --max-bytes; duplicate ids ----------------

PAGE = """<html><head><title>Brindle Foods posts record year</title>
<meta property="article:published_time" content="2023-02-14"></head><body>
<nav>Home | About us</nav><article><h1>Brindle Foods posts record year</h1>
<p>Brindle Foods said on Tuesday that its revenue rose 9 percent to 2.1 billion euros in 2022.</p>
<p>The company expects further growth this year, its chief executive said in a statement.</p>
</article><footer>Copyright</footer></body></html>"""


def test_reader_reads_html_by_suffix_with_title_and_date(tmp_path):
    from extractor.io.documents import read_documents

    (tmp_path / "brindle.html").write_text(PAGE, encoding="utf-8")
    (document,) = list(read_documents([tmp_path / "brindle.html"]))
    assert "</" not in document.text and "revenue rose 9 percent" in document.text
    assert document.published == dt.date(2023, 2, 14) and "Brindle Foods" in (document.title or "")


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("big.txt", "Sales rose 4 percent. " * 10, "larger than --max-bytes (220 > 100 bytes)"),
        ("big.html", "<p>" + "Sales rose 4 percent. " * 10 + "</p>", "larger than --max-bytes"),
        ("big.jsonl", json.dumps({"id": "k7", "text": "Sales rose. " * 20}) + "\n", "record k7 larger than"),
        ("noid.jsonl", json.dumps({"text": "Sales rose. " * 20}) + "\n", "record larger than --max-bytes"),
    ],
    ids=["text", "html", "jsonl-record", "jsonl-record-without-id"],
)
def test_reader_refuses_inputs_over_max_bytes_naming_the_limit_and_the_flag(tmp_path, name, content, reason):
    from extractor.io.documents import read_documents

    (tmp_path / name).write_text(content, encoding="utf-8")
    (error,) = list(read_documents([tmp_path / name], max_bytes=100))
    assert isinstance(error, DocumentError) and reason in error.reason and "100" in error.reason


def test_reader_default_limit_is_ten_megabytes(tmp_path):
    from extractor.io.documents import DEFAULT_MAX_BYTES, read_documents

    path = tmp_path / "huge.txt"
    path.write_bytes(b"Sales rose. " * (DEFAULT_MAX_BYTES // 12 + 1))
    (error,) = list(read_documents([path]))
    assert DEFAULT_MAX_BYTES == 10_000_000 and f"> {DEFAULT_MAX_BYTES} bytes" in error.reason


@pytest.mark.parametrize(
    ("files", "duplicate_source"),
    [
        ({"a.txt": "Halden rose.", "b.jsonl": '{"id": "a", "text": "Again."}\n'}, "b.jsonl:1"),
        ({"r.jsonl": '{"id": "x", "text": "One."}\n\n{"id": "x", "text": "Two."}\n'}, "r.jsonl:3"),
        ({"q.jsonl": '{"id": 7, "text": "One."}\n', "s.jsonl": '{"id": "7", "text": "Two."}\n'}, "s.jsonl:1"),
    ],
    ids=["text-then-jsonl", "within-one-jsonl", "number-and-string-id"],
)
def test_reader_reports_a_repeated_id_where_it_was_first_given(tmp_path, files, duplicate_source):
    from extractor.io.documents import iter_inputs

    for name, content in files.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    items = list(iter_inputs([tmp_path / name for name in files]))
    errors = [(source, item.reason) for source, item in items if isinstance(item, DocumentError)]
    assert len(errors) == 1 and errors[0][0] == str(tmp_path / duplicate_source)
    assert "duplicate doc_id" in errors[0][1] and "first given by" in errors[0][1]


def test_reader_streams_jsonl_one_line_at_a_time(tmp_path, monkeypatch):
    from pathlib import Path

    from extractor.io.documents import read_documents

    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps({"id": f"n{i}", "text": "Sales rose."}) + "\n" for i in range(50)))
    monkeypatch.setattr(Path, "read_text", lambda *a, **k: pytest.fail("the whole file was read"))
    monkeypatch.setattr(Path, "read_bytes", lambda *a, **k: pytest.fail("the whole file was read"))
    stream = read_documents([path])
    assert next(stream).doc_id == "n0"
    assert sum(1 for _ in stream) == 49


@pytest.mark.parametrize("text", ["Profit rose \ud800 5 percent.", "\udcff", "Sales fell.\udc80"])
def test_documents_refuse_a_lone_surrogate_with_its_position(text):
    with pytest.raises(DocumentError, match=r"unpaired surrogate at character \d+"):
        document_from_text(text, doc_id="x")


def test_extract_refuses_a_lone_surrogate_with_a_document_error():
    from extractor import extract

    with pytest.raises(DocumentError, match="unpaired surrogate"):
        extract("Revenue rose 5 percent \ud800 in May.")


def test_documents_refuse_a_lone_surrogate_in_the_title():
    with pytest.raises(DocumentError, match="unpaired surrogate"):
        document_from_text("Profit rose 5 percent.", doc_id="x", title="Acme \ud800 profit")
