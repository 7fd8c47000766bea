"""Text analysis shared by every search backend: normalization, index terms, highlights and snippets.

SQLite FTS5 and PostgreSQL index the same string, the one :func:`index_text` makes, so that both
backends find the same paragraphs for the same query. The analysis happens here, once, in Python.

What a text becomes:

1. normalized (:func:`normalize`): compatibility forms, case, Latin accents, Arabic harakat, tatweel
   and letter variants, Arabic-Indic digits and invisible format characters folded away; Han kept.
2. words: runs of letters and digits; everything else separates them, so "CAC/COSP/2009/9" gives
   cac, cosp, 2009, 9. Runs of Han characters are segmented by jieba in search mode, which adds the
   dictionary words inside a long word ("反腐败" also gives "腐败").
3. stems: Snowball, chosen by the script of each word. Arabic words take the Arabic stemmer and
   Cyrillic words the Russian one, whatever the declared language. Latin words take the stemmer of the
   declared language when it is English, French or Spanish, and stay unstemmed otherwise: a Latin name
   inside Arabic, Chinese or Russian text is as likely French or Spanish as English, and a wrong stemmer
   does more harm than none.

Stop words stay, so that phrase queries keep every position. Any other language than the six (None,
"other") means: stem by script only.
"""

from __future__ import annotations

import html
import logging
import os
import re
import tempfile
import threading
import unicodedata
from collections.abc import Callable, Collection, Iterator
from functools import cache, lru_cache
from itertools import chain
from math import inf, log
from pathlib import Path

import Stemmer

from observatory.core.languages import CONTENT_LANGUAGES

LANGUAGES = CONTENT_LANGUAGES
_LATIN_STEMMERS = {"en": "english", "fr": "french", "es": "spanish"}

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# Deleted by normalization: combining marks (accents, harakat, and what is left of them once NFKD has
# split them from their letters), tatweel, the soft hyphen, and the invisible joiners and direction
# marks that PDF and Word extraction leave inside words.
_OTHER_DELETED = (
    "\u00ad\u0483-\u0489\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
    "\u200c-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff"
)
_DELETED = "\u0300-\u036f" + _OTHER_DELETED
_DELETE = re.compile(f"[{_DELETED}]")
# In decomposed text the breve (U+0306) of й stays: й is a letter of its own in Russian, not an
# accented и.
_STRIP = re.compile(f"[\u0300-\u0305\u0307-\u036f{_OTHER_DELETED}]|\u0306(?<!и\u0306)")
# Letters that no Unicode decomposition folds. The zero-width space separates words, so it becomes one.
_MAPPED = {
    "\u0671": "\u0627",  # alef wasla → alef
    "\u06cc": "\u064a",  # Persian yeh, common in Arabic typed on Persian layouts
    "\u06a9": "\u0643",  # Persian kaf
    "œ": "oe",
    "æ": "ae",
    "ø": "o",
    "ł": "l",
    "đ": "d",
    "ı": "i",
    "\u200b": " ",
    **{chr(0x0660 + d): str(d) for d in range(10)},
    **{chr(0x06F0 + d): str(d) for d in range(10)},
}
_RARE = re.compile("[" + "".join(_MAPPED) + "]")
_RARE_TABLE = str.maketrans(_MAPPED)
# Teh marbuta and alef maqsura are folded after stemming, not before: the Arabic stemmer reads them to
# find suffixes (الدولة → دول, but الدوله → دوله).
_ARABIC_FINAL = str.maketrans({"\u0629": "\u0647", "\u0649": "\u064a"})

_HAN_CHAR = re.compile(f"[{_HAN}]")
_WORD = re.compile(f"[^\\W_{_HAN}]+")
_PART = re.compile(f"([{_HAN}]+)|([^\\W_{_HAN}]+)")
# A word of the original text: the same runs, with the characters normalization deletes counted as
# part of the word they sit in.
_SPAN = re.compile(f"[{_HAN}]+|(?:[^\\W_{_HAN}]|[{_DELETED}])+")

# Spaces and punctuation whose NFKC form is other spaces and punctuation: the full-width punctuation
# of Chinese, no-break and thin spaces, the ellipsis. Words are separated by them before and after NFKC.
_WIDE_SEPARATORS = re.compile(
    "[\u00a0\u2000-\u200a\u2026\u202f\u205f\u3000\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]"
)


def _compose(text: str) -> str:
    """Compatibility forms (NFKC) and case folded, the deleted characters deleted: what decides where
    words begin and end. The rest of normalization is done word by word (``_fold``), once per word."""
    if text.isascii():
        return text.lower()
    # NFKC is fast on text that needs none, and slow (tens of microseconds a paragraph) on Chinese,
    # whose full-width punctuation alone makes it needed; that punctuation is blanked out first.
    if not unicodedata.is_normalized("NFKC", text):
        text = _WIDE_SEPARATORS.sub(" ", text)
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
    return _DELETE.sub("", text.casefold())


def _fold(text: str) -> str:
    """Accents, harakat and hamza folded off their letters, the letters of ``_MAPPED`` mapped."""
    if text.isascii():
        return text
    # NFKD splits accents, harakat and hamza from their letters (أ → ا + hamza above), so one pass of
    # _STRIP removes them all; NFC puts back together what stays (й).
    text = unicodedata.normalize("NFC", _STRIP.sub("", unicodedata.normalize("NFKD", text)))
    return text.translate(_RARE_TABLE) if _RARE.search(text) else text


def normalize(text: str) -> str:
    """The text folded for matching: NFKC forms, case, Latin accents and ё, Arabic spelling variants.

    Arabic: harakat (U+064B–U+065F, U+0670) and tatweel removed; أ إ آ ٱ → ا; ؤ → و; ئ → ي; ى → ي;
    ة → ه; Arabic-Indic and Persian digits → 0-9. Chinese characters are kept as they are.
    """
    composed = _DELETE.sub("", unicodedata.normalize("NFKC", text).casefold())
    return _fold(composed).translate(_ARABIC_FINAL)


_local = threading.local()


def _stemmer(algorithm: str) -> Stemmer.Stemmer:
    """The Snowball stemmer of an algorithm, one per thread: PyStemmer objects are not thread-safe."""
    stemmers = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {}
    stemmer = stemmers.get(algorithm)
    if stemmer is None:
        stemmer = stemmers[algorithm] = Stemmer.Stemmer(algorithm)
    return stemmer


def _cache_dir() -> str:
    """A writable directory for jieba's dictionary cache: the user's cache, else the temporary one."""
    path = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "observatory"
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        return tempfile.gettempdir()
    return str(path) if os.access(path, os.W_OK) else tempfile.gettempdir()


@cache
def _dictionary() -> tuple[dict[str, float], float, Callable[[str], Iterator[str]]]:
    """jieba's dictionary as log-probabilities, the log-probability of an unseen character, and jieba's
    HMM segmenter of unknown words; loaded once.

    A word's log-probability is ``log(frequency) - log(total)``, the very float jieba computes; the
    prefixes of words, which jieba keeps with frequency 0, get ``_PREFIX``. jieba's tokenizer is let go
    once read, so that the dictionary is held once.
    """
    import jieba  # imported here: analysing the other languages should not pay for it
    from jieba import finalseg

    jieba.setLogLevel(logging.WARNING)  # it announces every load on standard error
    segmenter = jieba.Tokenizer()
    segmenter.tmp_dir = _cache_dir()
    segmenter.initialize()
    log_total = log(segmenter.total)
    logp = {
        word: log(frequency) - log_total if frequency else _PREFIX
        for word, frequency in segmenter.FREQ.items()
    }
    return logp, log(1) - log_total, finalseg.cut


_PREFIX = 1.0  # above every log-probability, which are all ≤ 0


def _cut(run: str) -> list[str]:
    """jieba's ``Tokenizer.cut`` (default mode, HMM on) of a run of characters jieba counts as Han.

    The same algorithm and, word for word, the same result (the tests compare the two), more than twice
    as fast: the most probable route through the run is found in one backward pass over precomputed
    log-probabilities, where jieba first builds a graph and takes logarithms as it goes. Chinese
    indexing needs that speed.
    """
    logp, unseen, hmm_cut = _dictionary()
    get = logp.get
    n = len(run)
    score = [0.0] * (n + 1)
    ends = [0] * n
    for start in range(n - 1, -1, -1):
        best, best_end = -inf, -1
        end = start
        p = get(run[start])
        while p is not None:  # run[start:end + 1] is a word, or the prefix of one
            # jieba takes the max of (score, end): on a tie, the longer word, hence >=
            if p <= 0.0 and p + score[end + 1] >= best:
                best, best_end = p + score[end + 1], end
            end += 1
            if end == n:
                break
            p = get(run[start : end + 1])
        if best_end < 0:  # no word starts here: the character alone, counted as seen once
            best, best_end = unseen + score[start + 1], start
        score[start] = best
        ends[start] = best_end
    words: list[str] = []
    single = ""  # consecutive one-character words
    position = 0
    while position < n:
        end = ends[position] + 1
        if end - position == 1:
            single += run[position]
        else:
            if single:
                _add_single(single, words, logp, hmm_cut)
                single = ""
            words.append(run[position:end])
        position = end
    if single:
        _add_single(single, words, logp, hmm_cut)
    return words


def _add_single(single: str, words: list[str], logp: dict[str, float], hmm_cut) -> None:
    """jieba's treatment of consecutive one-character words: several of them that are not together a
    dictionary word are segmented again by the HMM, which finds names and new words."""
    if len(single) > 1 and logp.get(single, _PREFIX) > 0.0:
        words.extend(hmm_cut(single))
    else:
        words.extend(single)


_JIEBA_HAN = re.compile("([\u4e00-\u9fd5]+)")


@lru_cache(maxsize=1 << 14)
def _han_words(run: str) -> tuple[str, ...]:
    """jieba's words of a Han run; the characters outside jieba's Han range come one by one, as in jieba.

    Cached like the runs' index terms: highlighting a page of Chinese hits segments every run of every
    snippet, and official texts say the same phrases again and again."""
    if _JIEBA_HAN.fullmatch(run):
        return tuple(_cut(run))
    words: list[str] = []
    for piece in _JIEBA_HAN.split(run):
        if piece:
            words.extend(_cut(piece) if _JIEBA_HAN.match(piece) else piece)
    return tuple(words)


@lru_cache(maxsize=1 << 16)
def _word_terms(word: str) -> tuple[str, ...]:
    """The search-mode terms of one jieba word: the dictionary words of two, then of three characters
    inside it, then the word itself (jieba's ``cut_for_search``)."""
    if len(word) <= 2:
        return (word,)
    logp = _dictionary()[0]
    sizes = (2, 3) if len(word) > 3 else (2,)
    grams = [word[i : i + size] for size in sizes for i in range(len(word) - size + 1)]
    return (*(gram for gram in grams if logp.get(gram, _PREFIX) <= 0.0), word)


@lru_cache(maxsize=8192)
def _han_tokens(run: str) -> tuple[str, ...]:
    """The search-mode segments of a Han run, as jieba's ``cut_for_search`` gives them."""
    return tuple(chain.from_iterable(map(_word_terms, _han_words(run))))


def _arabic_stem(word: str) -> str:
    # Snowball strips بال, كال, لل but not the conjunction before the article (والفساد stays whole);
    # drop it when a real word of three letters or more follows ال.
    if len(word) >= 6 and word[0] in "وف" and word[1:3] == "ال":
        word = word[1:]
    return _stemmer("arabic").stemWord(word).translate(_ARABIC_FINAL)


def _word_analyser(latin: str | None) -> Callable[[str], tuple[str, ...]]:
    """word → its index terms, for one choice of Latin stemmer, cached: words repeat a lot."""

    @lru_cache(maxsize=1 << 16)
    def analyse(word: str) -> tuple[str, ...]:
        folded = _fold(word)
        if folded == word:
            return (stem(word),)
        return tuple(map(stem, _WORD.findall(folded)))

    def stem(word: str) -> str:
        lead = word.lstrip("0123456789")[:1]
        if not lead:
            return word
        if "\u0600" <= lead <= "\u08ff":
            return _arabic_stem(word)
        if "\u0400" <= lead <= "\u052f":
            return _stemmer("russian").stemWord(word)
        if latin and (lead < "\u0250" or "\u1e00" <= lead <= "\u1eff"):
            return _stemmer(latin).stemWord(word)
        return word

    return analyse


_ANALYSERS = {latin: _word_analyser(latin) for latin in (None, *_LATIN_STEMMERS.values())}


def tokens(text: str, language: str | None) -> list[str]:
    """The index terms of a text, in order: normalized, split into words, segmented or stemmed.

    ``language`` is one of :data:`LANGUAGES`, or None (or anything else) when unknown.
    """
    if not text:
        return []
    latin = _LATIN_STEMMERS.get(language)
    if text.isascii():
        # The common case: nothing to fold, Latin words and digits only, stemmed in one call.
        words = _WORD.findall(text.lower())
        return _stemmer(latin).stemWords(words) if latin else words
    text = _compose(text)
    analyse = _ANALYSERS[latin]
    if _HAN_CHAR.search(text) is None:
        return list(chain.from_iterable(map(analyse, _WORD.findall(text))))
    terms: list[str] = []
    for han, other in _PART.findall(text):
        terms.extend(_han_tokens(han) if han else analyse(other))
    return terms


def index_text(text: str, language: str | None) -> str:
    """The string both search backends index: the terms of :func:`tokens`, separated by spaces."""
    return " ".join(tokens(text, language))


def query_terms(query: str, language: str | None) -> list[str]:
    """The terms of one query word or phrase, analysed exactly as indexed text is."""
    return tokens(query, language)


@lru_cache(maxsize=1 << 15)
def _span_tokens(span: str, language: str | None) -> tuple[str, ...]:
    """The terms of one word of an original text (cached: highlighting meets the same words again)."""
    return tuple(tokens(span, language))


def _units(text: str, language: str | None) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    """(start, end, terms) of each word of the original text; a Han run gives one unit per jieba word."""
    for match in _SPAN.finditer(text):
        start, end = match.span()
        span = match.group()
        if _HAN_CHAR.match(span):
            run = unicodedata.normalize("NFKC", span)
            segments = _han_words(run)
            # Han normalization keeps one character for one, so segment lengths are offsets in the
            # original; should it ever not, the run is shown as one unit.
            if len(run) == len(span) and sum(map(len, segments)) == len(span):
                for segment in segments:
                    yield start, start + len(segment), _word_terms(segment)
                    start += len(segment)
                continue
            yield start, end, _han_tokens(run)
            continue
        yield start, end, _span_tokens(span, language)


def words(text: str, language: str | None) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Each word of the original text (a Chinese run gives one per jieba word) with its index terms:
    what a reader sees beside what search matches, e.g. to name a cluster by words rather than stems."""
    for start, end, terms in _units(text, language):
        yield text[start:end], terms


def _marked(units, terms: Collection[str]) -> list[list[int]]:
    """The [start, end] ranges to mark; adjacent units (Chinese words) merge into one mark."""
    ranges: list[list[int]] = []
    for start, end, unit_terms in units:
        if any(term in terms for term in unit_terms):
            if ranges and ranges[-1][1] == start:
                ranges[-1][1] = end
            else:
                ranges.append([start, end])
    return ranges


def _render(text: str, ranges, lo: int, hi: int, before: str, after: str, escape) -> str:
    """text[lo:hi], escaped, with the ranges marked."""
    parts = []
    position = lo
    for start, end in ranges:
        parts += [escape(text[position:start]), before, escape(text[start:end]), after]
        position = end
    parts.append(escape(text[position:hi]))
    return "".join(parts)


def highlight(
    text: str,
    terms: Collection[str],
    language: str | None,
    before: str = "<mark>",
    after: str = "</mark>",
    escape: Callable[[str], str] = html.escape,
) -> str:
    """The original text, escaped, with each word whose analysis gives one of ``terms`` marked.

    ``terms`` are index terms (from :func:`query_terms`); the marks go around the words as written,
    accents, harakat and all. In Chinese the marked units are jieba's words.
    """
    if not text or not terms:
        return escape(text)
    return _render(text, _marked(_units(text, language), terms), 0, len(text), before, after, escape)


ELLIPSIS = "…"


def snippet(
    text: str,
    terms: Collection[str],
    language: str | None,
    width: int = 240,
    *,
    before: str = "<mark>",
    after: str = "</mark>",
    escape: Callable[[str], str] = html.escape,
) -> str:
    """About ``width`` characters of the text around its first match, highlighted as :func:`highlight`.

    The window starts and ends on whole words, with "…" where it cuts the text; without a match it is
    the start of the text.
    """
    if len(text) <= width:
        return highlight(text, terms, language, before, after, escape)
    units = _units(text, language)
    seen = []  # the words read so far, in order
    first = None
    if terms:
        for unit in units:
            seen.append(unit)
            if any(term in terms for term in unit[2]):
                first = unit
                break
    if first is None:
        lo, hi = 0, width
    else:
        start, end = first[:2]
        lo = max(0, start - max(0, width - (end - start)) // 2)
        hi = max(end, min(len(text), lo + width))
        lo = max(0, min(lo, hi - width))  # near the end of the text, the context comes from before
    # Read on to the first word past the window: the generator goes on where the search stopped.
    for unit in units:
        seen.append(unit)
        if unit[0] >= hi:
            break
    # Whole words only: start on the first word inside the window, end on the last one; when no word
    # goes past the window, keep the text to its end (a closing full stop, say).
    inside = [unit for unit in seen if unit[0] >= lo and unit[1] <= hi]
    if lo > 0 and inside:
        lo = inside[0][0]
    if all(unit[1] <= hi for unit in seen):
        hi = len(text)
    elif inside:
        hi = inside[-1][1]
    body = _render(text, _marked(inside, terms) if terms else [], lo, hi, before, after, escape)
    return (ELLIPSIS if lo > 0 else "") + body + (ELLIPSIS if hi < len(text) else "")
