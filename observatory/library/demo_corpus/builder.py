"""Writing a demo document paragraph by paragraph, with the contract ids given as the rules say.

The rules (DESIGN §4, and for unnumbered blocks the corpus's own): a report paragraph keeps its printed
number ("12"); inside resolution N operative paragraphs are "N op K" (printed number K) and preambular
paragraphs "N pp K" (K-th in order); decision items "dec N (a)"; footnotes "fn K"; headings "h K" (K-th
heading of the document); other unnumbered blocks "t K" (K-th such block).

The short functions at the end (``art``, ``res``, ``country`` …) write references compactly in the
content modules.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from .model import (
    Action,
    ArticleRef,
    ChapterRef,
    CountryRef,
    DemoDocument,
    Footnote,
    OrganizationRef,
    Paragraph,
    Reference,
    ReportTo,
    ResolutionRef,
    SubParagraph,
    SymbolRef,
)


class DocumentBuilder:
    """Collects the paragraphs of one language version in reading order and numbers them."""

    def __init__(self) -> None:
        self.paragraphs: list[Paragraph] = []
        self.footnotes: list[Footnote] = []
        self._headings = 0
        self._texts = 0
        self._resolution: str | None = None
        self._decision: str | None = None
        self._preambular = 0

    # Context: which resolution or decision the next paragraphs belong to.
    def resolution(self, number: str) -> None:
        """Start resolution ``number`` ("7/1"): its headings, chapeau and paragraphs follow."""
        self._resolution, self._decision, self._preambular = number, None, 0

    def decision(self, number: str) -> None:
        """Start decision ``number``; its lettered items follow."""
        self._resolution, self._decision = None, number

    def end(self) -> None:
        """Back to the body of the document, outside any resolution or decision."""
        self._resolution = self._decision = None

    # Blocks.
    def text(
        self,
        text: str,
        *refs: Reference,
        style: str | None = None,
        subs: Iterable[tuple[str, str]] = (),
    ) -> None:
        """An unnumbered block of text (title block, chapeau, body of a letter, signature)."""
        self._texts += 1
        self._add(
            Paragraph(
                id=f"t {self._texts}",
                kind="text",
                text=text,
                style=style,
                subparagraphs=_subs(subs),
                references=refs,
            )
        )

    def heading(
        self, text: str, *refs: Reference, number: str | None = None, label: str | None = None, level: int = 1
    ) -> None:
        """A heading; ``number`` is its printed number ("I", "A"), ``label`` how it is printed ("I.")."""
        self._headings += 1
        if number is not None and label is None:
            label = f"{number}."
        self._add(
            Paragraph(
                id=f"h {self._headings}",
                kind="heading",
                text=text,
                number=number,
                label=label,
                level=level,
                references=refs,
            )
        )

    def numbered(
        self,
        number: str,
        text: str,
        *refs: Reference,
        subs: Iterable[tuple[str, str]] = (),
        label: str | None = None,
    ) -> None:
        """A numbered paragraph of a report or submission: its id is its printed number."""
        self._add(
            Paragraph(
                id=number,
                kind="numbered",
                text=text,
                number=number,
                label=label or f"{number}.",
                subparagraphs=_subs(subs),
                references=refs,
            )
        )

    def pp(self, text: str, *refs: Reference) -> None:
        """A preambular paragraph of the current resolution."""
        self._preambular += 1
        self._add(
            Paragraph(
                id=f"{self._in_resolution()} pp {self._preambular}",
                kind="preambular",
                text=text,
                references=refs,
            )
        )

    def op(
        self, number: str, text: str, action: Action, *refs: Reference, subs: Iterable[tuple[str, str]] = ()
    ) -> None:
        """An operative paragraph of the current resolution; ``text`` opens with ``action.verb``."""
        if not text.startswith(action.verb):
            raise ValueError(f"operative paragraph {number} does not open with {action.verb!r}")
        self._add(
            Paragraph(
                id=f"{self._in_resolution()} op {number}",
                kind="operative",
                text=text,
                number=number,
                label=f"{number}.",
                italic=action.verb,
                subparagraphs=_subs(subs),
                references=refs,
                action=action,
            )
        )

    def item(self, letter: str, text: str, action: Action, *refs: Reference) -> None:
        """A lettered item of the current decision ("(a) To request the Secretariat …")."""
        if self._decision is None:
            raise ValueError("a decision item outside a decision")
        self._add(
            Paragraph(
                id=f"dec {self._decision} ({letter})",
                kind="operative",
                text=text,
                number=letter,
                label=f"({letter})",
                references=refs,
                action=action,
            )
        )

    def footnote(self, marker: str, text: str, *refs: Reference) -> None:
        """The text of footnote ``marker``; it is cited as ``[^marker]`` in a paragraph."""
        self.footnotes.append(Footnote(marker=marker, text=text, references=refs))

    def build(self, **metadata) -> DemoDocument:
        """The finished document; ``metadata`` are the other fields of DemoDocument."""
        return DemoDocument(paragraphs=tuple(self.paragraphs), footnotes=tuple(self.footnotes), **metadata)

    def _in_resolution(self) -> str:
        if self._resolution is None:
            raise ValueError("a resolution paragraph outside a resolution")
        return self._resolution

    def _add(self, paragraph: Paragraph) -> None:
        if paragraph.resolution is None and self._resolution is not None:
            paragraph = replace(paragraph, resolution=self._resolution)
        self.paragraphs.append(paragraph)


def _subs(subs: Iterable[tuple[str, str]]) -> tuple[SubParagraph, ...]:
    return tuple(SubParagraph(label=label, text=text) for label, text in subs)


# Compact writers of references, for the content modules.
def art(article: int, text: str, paragraph: str | None = None, subparagraph: str | None = None) -> ArticleRef:
    """One article mention: ``art(8, "article 8, paragraph 5", "5")``."""
    return ArticleRef(article=article, text=text, paragraph=paragraph, subparagraph=subparagraph)


def arts(first: int, last: int, text: str) -> tuple[ArticleRef, ...]:
    """A range of articles ("articles 5 to 14"), one entry per article; spread it with ``*``."""
    return tuple(ArticleRef(article=n, text=text) for n in range(first, last + 1))


def chapter(number: str, text: str) -> ChapterRef:
    """A chapter mention: ``chapter("II", "chapter II")``."""
    return ChapterRef(chapter=number, text=text)


def res(body: str, number: str, text: str, date: str | None = None) -> ResolutionRef:
    """A resolution mention: ``res("GA", "58/4", "General Assembly resolution 58/4", "2003-10-31")``."""
    return ResolutionRef(body=body, number=number, text=text, date=date)


def dec(body: str, number: str, text: str, date: str | None = None) -> ResolutionRef:
    """A decision mention: ``dec("CoSP", "7/1", "Decision 7/1")``."""
    return ResolutionRef(body=body, number=number, text=text, date=date, kind="decision")


def sym(symbol: str, text: str | None = None) -> SymbolRef:
    """A document symbol mention; ``text`` when it is printed in short ("Add.1")."""
    return SymbolRef(symbol=symbol, text=text or symbol)


def country(iso3: str, text: str) -> CountryRef:
    """A State mention: ``country("VNM", "Viet Nam")``."""
    return CountryRef(iso3=iso3, text=text)


def countries(pairs: str) -> tuple[CountryRef, ...]:
    """Many State mentions written "ARG=Argentina; ARM=Armenia"; spread it with ``*``."""
    refs = []
    for pair in pairs.split(";"):
        iso3, name = pair.strip().split("=", 1)
        refs.append(CountryRef(iso3=iso3.strip(), text=name.strip()))
    return tuple(refs)


def org(acronym: str, text: str | None = None) -> OrganizationRef:
    """An organization mention, by canonical acronym; ``text`` when it is printed otherwise."""
    return OrganizationRef(acronym=acronym, text=text or acronym)


def act(
    verb: str,
    verb_base: str,
    *addressees: str,
    conditions: Iterable[str] = (),
    report_to: Iterable[ReportTo] = (),
) -> Action:
    """An operative paragraph's action: ``act("Also requests", "requests", "Secretariat", …)``."""
    return Action(
        verb=verb,
        verb_base=verb_base,
        addressees=addressees,
        conditions=tuple(conditions),
        report_to=tuple(report_to),
    )


def report(body: str, session: str, text: str) -> ReportTo:
    """A reporting duty: ``report("Conference", "eighth", "to the Conference at its eighth session")``."""
    return ReportTo(body=body, session=session, text=text)
