"""Sentence embedders: unit vectors of the stated size, translations near each other in the six languages,
any input accepted, the model loaded once per process and nothing fetched from the network.

An embedder whose package is not installed is skipped, except the default one, which the platform
needs: its tests fail instead.
"""

import socket
import threading

import numpy as np
import pytest

from observatory.search.embeddings import (
    DEFAULT_EMBEDDER,
    EMBEDDERS,
    Embedder,
    EmbedderUnavailable,
    UniversalSentenceEncoder,
    configured_name,
    get_embedder,
)
from observatory.search.parallel_sample import LANGUAGES, OFF_TOPIC, SENTENCES

# Two sentences of the sample: beneficial ownership and whistle-blower protection. The second is the
# "unrelated" text of the same domain, a harder neighbour than the off-topic recipe.
SENTENCE, OTHER = 5, 1


def each_embedder():
    for name, cls in EMBEDDERS.items():
        marks = []
        if name != DEFAULT_EMBEDDER and not cls.is_installed():
            marks = [pytest.mark.skip(reason=f"package {cls.package} is not installed")]
        yield pytest.param(name, marks=marks, id=name)


@pytest.fixture(autouse=True)
def the_model_itself(embeddings_remembered, monkeypatch):
    """Every call reaches the model: not the suite's memory of texts embedded before."""
    monkeypatch.setattr(UniversalSentenceEncoder, "_encode", embeddings_remembered)


@pytest.fixture(params=list(each_embedder()))
def embedder(request) -> Embedder:
    return get_embedder(request.param)


def assert_unit_rows(vectors: np.ndarray, rows: int, dimensions: int) -> None:
    assert vectors.shape == (rows, dimensions)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_default_embedder_is_installed():
    assert EMBEDDERS[DEFAULT_EMBEDDER].is_installed()


def test_vectors_are_normalised_and_of_the_stated_dimension(embedder):
    texts = [SENTENCES[language][SENTENCE] for language in LANGUAGES]
    assert_unit_rows(embedder.embed(texts), len(texts), embedder.dimensions)
    query = embedder.embed_query("beneficial ownership register")
    assert query.shape == (embedder.dimensions,)
    assert query.dtype == np.float32
    assert np.linalg.norm(query) == pytest.approx(1.0, abs=1e-5)


def test_translation_is_nearer_than_unrelated_text_in_all_six_languages(embedder):
    sentence = embedder.embed([SENTENCES[language][SENTENCE] for language in LANGUAGES])
    other = embedder.embed([SENTENCES[language][OTHER] for language in LANGUAGES])
    off_topic = embedder.embed([OFF_TOPIC[language] for language in LANGUAGES])
    translation = sentence @ sentence.T
    for i, source in enumerate(LANGUAGES):
        for j, target in enumerate(LANGUAGES):
            if i != j:
                near = translation[i, j]
                assert near > sentence[i] @ off_topic[j], (source, target)
                assert near > sentence[i] @ other[j], (source, target)


def test_query_finds_the_paragraph_in_every_language(embedder):
    query = embedder.embed_query("who ultimately owns and controls companies: beneficial ownership")
    for language in LANGUAGES:
        candidates = embedder.embed(
            [SENTENCES[language][OTHER], SENTENCES[language][SENTENCE], OFF_TOPIC[language]]
        )
        assert int(np.argmax(candidates @ query)) == 1, language


def test_no_text_gives_an_empty_array(embedder):
    assert_unit_rows(embedder.embed([]), 0, embedder.dimensions)


def test_very_long_text_is_embedded_whole(embedder):
    # About 10,000 characters on beneficial ownership in three languages: more than any model's window.
    parts = [SENTENCES[language][SENTENCE] for language in ("en", "fr", "ru")]
    long = " ".join(parts * (10_000 // len(" ".join(parts)) + 1))[:10_000]
    vectors = embedder.embed([long, OFF_TOPIC["en"]])
    assert_unit_rows(vectors, 2, embedder.dimensions)
    short = embedder.embed([SENTENCES["en"][SENTENCE]])[0]
    assert short @ vectors[0] > short @ vectors[1]


def test_odd_characters_are_accepted(embedder):
    # A NUL would end the text early in a C engine, a lone surrogate cannot be encoded as UTF-8.
    vectors = embedder.embed(["asset\x00declarations", "asset declarations", "bad \ud800 input"])
    assert_unit_rows(vectors, 3, embedder.dimensions)
    np.testing.assert_allclose(vectors[0], vectors[1], atol=1e-6)


def test_a_single_string_is_refused_by_embed(embedder):
    with pytest.raises(TypeError, match="embed_query"):
        embedder.embed("asset declarations")


def test_same_embedder_and_model_every_time(embedder):
    assert get_embedder(embedder.name) is embedder
    assert embedder.load() is embedder.load()


def test_first_use_from_several_threads_loads_once_without_network(embedder, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the embedder tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    cls = type(embedder)
    loads = []
    real_load = cls._load

    def counted_load(self, module):
        loads.append(self)
        return real_load(self, module)

    monkeypatch.setattr(cls, "_load", counted_load)
    fresh = cls()
    start = threading.Barrier(4)
    models = []

    def first_use():
        start.wait()
        models.append(fresh.load())

    threads = [threading.Thread(target=first_use) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(loads) == 1
    assert len(models) == 4
    assert all(model is models[0] for model in models)
    assert_unit_rows(fresh.embed(["asset declarations"]), 1, fresh.dimensions)


def test_setting_chooses_the_default(settings):
    for name, cls in EMBEDDERS.items():
        if cls.is_installed():
            settings.OBSERVATORY_EMBEDDER = name
            assert configured_name() == name
            assert get_embedder() is get_embedder(name)


def test_unknown_name_is_refused():
    with pytest.raises(ValueError, match="known: "):
        get_embedder("word2vec")


def test_missing_package_is_named(monkeypatch):
    class Missing(Embedder):
        name = "missing"
        dimensions = 3
        package = "observatory-absent-model"
        module = "observatory_absent_model"

        def _load(self, module):
            return module

        def _encode(self, model, texts, *, query):
            return np.ones((len(texts), 3), dtype=np.float32)

    monkeypatch.setitem(EMBEDDERS, "missing", Missing)
    with pytest.raises(EmbedderUnavailable, match="pip install observatory-absent-model"):
        get_embedder("missing")
    with pytest.raises(EmbedderUnavailable, match="observatory-absent-model"):
        Missing().embed(["text"])
