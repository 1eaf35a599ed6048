"""Shared helpers of the mention tests."""

import pytest

from extractor.header import find_header
from extractor.mentions.entities import index_entities


@pytest.fixture
def story_entities(nlp):
    """The entities of a story written as a title and a body under a fixed date header."""

    def index(title, body, date="2011-03-15"):
        text = f" date {date} {title}\n\n{body}"
        header = find_header(text)
        return index_entities(nlp(text), title=header.title, body_start=header.end)

    return index
