"""One tokenisation of an article feeds its facts, its story signature and its search index:
the lemmas extraction found give exactly what tokenising the text again would."""

import pytest

from news.extract import read
from news.query import index_of, index_text
from news.sentences import sentence_spans, split_sentences
from news.stories import COMPARED_CHARS, signature, signature_of


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Заголовок", "Беларусь и Казахстан. Товарооборот вырос.\n\nМинск-Арена стоит."),
        ("", "слово " * 1300),
        ("T", "a" * 5999 + "bcd efg. Далее текст."),
        ("  ", "Минск-" + "б" * 5994 + "-Арена и далее"),
    ],
)
def test_one_tokenisation_serves_facts_stories_and_search(title: str, text: str) -> None:
    _, words = read(text, title=title)
    assert index_of(words.all()) == index_text(title, text)
    assert signature_of(words.within(text, COMPARED_CHARS)) == signature(title, text)


@pytest.mark.parametrize(
    "text",
    ["", "  \n\n ", "А. Б. Вот. \n  Так!  \n\nДа", "\n\nГ. Петров сказал. Ок", "1,2 млрд. долл."],
)
def test_sentence_spans_point_at_the_sentences(text: str) -> None:
    assert [text[start:end] for start, end in sentence_spans(text)] == split_sentences(text)
