"""The shapes of the demo documents: paragraphs with their contract ids and the references a person
annotated in them by hand.

Every reference records the exact words of the mention (``text``) so that the annotation can be checked
against the paragraph it sits in; the other fields are the values the extraction contract (DESIGN §4)
expects for that mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FOOTNOTE_MARKER = re.compile(r"\[\^([^\]]+)\]")

# The canonical acronym of every organization the corpus mentions, with its English name. Mentions in
# any language are annotated with these acronyms.
ORGANIZATIONS = {
    "UNODC": "United Nations Office on Drugs and Crime",
    "UNDP": "United Nations Development Programme",
    "OECD": "Organisation for Economic Co-operation and Development",
    "GRECO": "Group of States against Corruption",
    "CoE": "Council of Europe",
    "EU": "European Union",
    "World Bank": "World Bank",
    "StAR": "Stolen Asset Recovery Initiative",
    "ACN": "Anti-Corruption Network for Eastern Europe and Central Asia",
    "G20": "Group of Twenty",
    "IACA": "International Anti-Corruption Academy",
    "IAACA": "International Association of Anti-Corruption Authorities",
    "OAS": "Organization of American States",
    "MESICIC": (
        "Follow-up Mechanism for the Implementation of the Inter-American Convention against Corruption"
    ),
    "APEC": "Asia-Pacific Economic Cooperation",
    "LAS": "League of Arab States",
    "Arab AC Network": "Arab Anti-Corruption and Integrity Network",
}

ADDRESSEES = ("States parties", "Secretariat", "UNODC", "Working Group", "Conference", "donors", "other")
CONDITIONS = ("extrabudgetary", "existing_resources", "mandate", "upon_request")
RESOLUTION_BODIES = ("CoSP", "GA", "ECOSOC", "SC")


@dataclass(frozen=True)
class ArticleRef:
    """A mention of an article of the Convention (one per article: a range is several of these)."""

    article: int
    text: str
    paragraph: str | None = None
    subparagraph: str | None = None
    field_name = "articles"

    def contract(self) -> dict:
        """The entry of the extraction contract."""
        return {
            "article": self.article,
            "paragraph": self.paragraph,
            "subparagraph": self.subparagraph,
            "text": self.text,
        }


@dataclass(frozen=True)
class ChapterRef:
    """A mention of a chapter of the Convention, by its roman number."""

    chapter: str
    text: str
    field_name = "chapters"

    def contract(self) -> dict:
        """The entry of the extraction contract."""
        return {"chapter": self.chapter, "text": self.text}


@dataclass(frozen=True)
class ResolutionRef:
    """A mention of a resolution or decision of the Conference, the General Assembly, the Economic and
    Social Council or the Security Council. ``date`` is ISO (YYYY-MM-DD) when the mention gives it."""

    body: str
    number: str
    text: str
    date: str | None = None
    kind: str = "resolution"
    field_name = "resolutions"

    def __post_init__(self):
        if self.body not in RESOLUTION_BODIES or self.kind not in ("resolution", "decision"):
            raise ValueError(f"{self.text!r}: unknown body {self.body!r} or kind {self.kind!r}")

    def contract(self) -> dict:
        """The entry of the extraction contract."""
        return {
            "body": self.body,
            "number": self.number,
            "date": self.date,
            "kind": self.kind,
            "text": self.text,
        }


@dataclass(frozen=True)
class SymbolRef:
    """A mention of a UN document symbol; ``text`` differs from ``symbol`` for shorthand such as "Add.1"."""

    symbol: str
    text: str
    field_name = "symbols"

    def contract(self) -> dict:
        """The entry of the extraction contract."""
        return {"symbol": self.symbol, "text": self.text}


@dataclass(frozen=True)
class CountryRef:
    """A mention of a State or territory, by ISO 3166-1 alpha-3 code (Kosovo: XKX)."""

    iso3: str
    text: str
    field_name = "countries"

    def contract(self) -> dict:
        """The entry of the extraction contract."""
        return {"iso3": self.iso3, "text": self.text}


@dataclass(frozen=True)
class OrganizationRef:
    """A mention of an international or regional organization, by its canonical acronym."""

    acronym: str
    text: str
    field_name = "organizations"

    def __post_init__(self):
        if self.acronym not in ORGANIZATIONS:
            raise ValueError(f"{self.text!r}: {self.acronym!r} is not in ORGANIZATIONS")

    def contract(self) -> dict:
        """The entry of the extraction contract."""
        return {"acronym": self.acronym, "name": ORGANIZATIONS[self.acronym], "text": self.text}


Reference = ArticleRef | ChapterRef | ResolutionRef | SymbolRef | CountryRef | OrganizationRef
REFERENCE_FIELDS = ("articles", "chapters", "resolutions", "symbols", "countries", "organizations")


@dataclass(frozen=True)
class ReportTo:
    """A reporting duty: to which body, at which session (an English ordinal word, or "next")."""

    body: str
    session: str
    text: str

    def contract(self) -> dict:
        """The entry of the extraction contract."""
        return {"body": self.body, "session": self.session, "text": self.text}


@dataclass(frozen=True)
class Action:
    """What an operative paragraph does: its opening verb as printed, the verb's English base form,
    to whom it is addressed, under which conditions, and to whom it must be reported."""

    verb: str
    verb_base: str
    addressees: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()
    report_to: tuple[ReportTo, ...] = ()

    def __post_init__(self):
        unknown = [a for a in self.addressees if a not in ADDRESSEES]
        unknown += [c for c in self.conditions if c not in CONDITIONS]
        if unknown:
            raise ValueError(f"{self.verb!r}: unknown addressees or conditions {unknown}")

    def contract(self) -> dict:
        """The ``action`` object of the extraction contract."""
        return {
            "verb": self.verb,
            "verb_base": self.verb_base,
            "addressees": list(self.addressees),
            "conditions": list(self.conditions),
            "report_to": [r.contract() for r in self.report_to],
        }


@dataclass(frozen=True)
class SubParagraph:
    """A lettered sub-paragraph, "(a) …", which belongs to the paragraph that introduces it."""

    label: str
    text: str


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of a document, with its contract id.

    ``text`` is the printed text without its number or label; footnote calls are written ``[^7]`` where
    the footnote marker is printed. ``label`` is the printed prefix ("3.", "I.", "(a)", "一、").
    ``italic`` is the leading part set in italics (the operative verb). ``style`` tells the renderers
    how the block looks on the page (masthead, distribution, title, chapeau, signature …).
    """

    id: str
    kind: str
    text: str
    number: str | None = None
    resolution: str | None = None
    label: str | None = None
    level: int | None = None
    italic: str | None = None
    style: str | None = None
    subparagraphs: tuple[SubParagraph, ...] = ()
    references: tuple[Reference, ...] = ()
    action: Action | None = None

    def footnote_markers(self) -> list[str]:
        """The markers of the footnotes this paragraph cites, in order."""
        texts = [self.text] + [sub.text for sub in self.subparagraphs]
        return [m for text in texts for m in FOOTNOTE_MARKER.findall(text)]


@dataclass(frozen=True)
class Footnote:
    """A footnote: its printed marker, its text and the references in it."""

    marker: str
    text: str
    references: tuple[Reference, ...] = ()


@dataclass(frozen=True)
class DemoDocument:
    """One language version of one demo document."""

    slug: str
    language: str
    kind: str
    title: str
    date: str
    paragraphs: tuple[Paragraph, ...]
    footnotes: tuple[Footnote, ...] = ()
    symbol: str | None = None
    state: str | None = None  # the submitting State (ISO3), for submissions
    job_number: str | None = None  # the UN job number printed at the foot of the first page
    header: str | None = None  # the running header of every page but the first
    original_language: str = "en"

    @property
    def stem(self) -> str:
        """The file name of the rendered document, without extension: ``<slug>.<lang>``."""
        return f"{self.slug}.{self.language}"

    def footnote(self, marker: str) -> Footnote:
        """The footnote printed with ``marker``."""
        for note in self.footnotes:
            if note.marker == marker:
                return note
        raise KeyError(f"{self.stem}: no footnote {marker}")
