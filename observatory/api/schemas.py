"""Shapes of the API's answers."""

import datetime

from ninja import Field, Schema


class Titles(Schema):
    ar: str
    zh: str
    en: str
    fr: str
    ru: str
    es: str


class ChapterOut(Schema):
    number: int
    roman: str
    titles: Titles


class ArticleOut(Schema):
    number: int
    chapter: str
    titles: Titles
    topics: list[str]


class TopicOut(Schema):
    slug: str
    parent: str | None
    labels: Titles
    articles: list[int]


class StateOut(Schema):
    iso3: str
    iso2: str
    m49: int
    un_member: bool
    regional_group: str
    names: Titles
    convention_status: str
    signature_date: str | None
    party_date: str | None
    party_instrument: str


class ErrorBody(Schema):
    code: str
    message: str
    details: list[dict] | None = None


class ErrorOut(Schema):
    error: ErrorBody


# Calls for information, submissions and the ledger (observatory/api/collection.py).


class NoteVerbaleFiles(Schema):
    """Where the note verbale of a call is downloaded in one language."""

    docx: str
    pdf: str


class NoteVerbaleOut(Schema):
    ar: NoteVerbaleFiles
    zh: NoteVerbaleFiles
    en: NoteVerbaleFiles
    fr: NoteVerbaleFiles
    ru: NoteVerbaleFiles
    es: NoteVerbaleFiles


class QuestionOut(Schema):
    id: int
    position: int
    checklist_item: str | None = Field(description="Code of the checklist item (e.g. 9-1), or null.")
    article: int | None
    texts: Titles


class CallOut(Schema):
    id: int
    symbol: str
    titles: Titles
    status: str = Field(description="draft (the Secretariat only sees drafts), launched or closed.")
    deadline: datetime.date
    audience: str = Field(description="all_parties or selection.")
    articles: list[int]
    topics: list[str]
    launched_at: datetime.datetime | None
    closed_at: datetime.datetime | None
    questions: list[QuestionOut]
    note_verbale: NoteVerbaleOut


class AssistanceNeedOut(Schema):
    kind: str
    description: str
    priority: str


class EvidenceOut(Schema):
    id: int
    key: str
    title: str


class AnswerOut(Schema):
    question: int
    position: int
    checklist_item: str | None
    article: int | None
    question_text: str = Field(description="The question as asked, in English.")
    implemented: str = Field(description="yes, partly, no, or blank.")
    measures: str
    examples: str
    challenges: str
    language: str
    visibility: str = Field(
        description="Who may read this answer: the stricter of the submission's visibility and the "
        "answer's own."
    )
    assistance_needs: list[AssistanceNeedOut]
    evidence: list[EvidenceOut]
    revision: int | None = Field(
        description="The revision to name when saving this answer; only in the State's working copy."
    )


class SubmissionDocumentOut(Schema):
    id: int
    key: str
    source_name: str


class VersionSummaryOut(Schema):
    number: int
    submitted_at: datetime.datetime
    is_late: bool
    visibility: str
    published_at: datetime.datetime | None


class SubmissionOut(Schema):
    id: int
    call: int
    state: str = Field(description="ISO 3166-1 alpha-3 code of the State.")
    status: str = Field(
        description="Where the submission stands, for the State's own people and the Secretariat; "
        '"published" for every other reader.'
    )
    live: bool = Field(description="Whether the answers are the State's working copy (its own people only).")
    version: int | None = Field(
        description="The version whose answers are shown; for the working copy, the latest submitted "
        "version (null if none)."
    )
    submitted_at: datetime.datetime | None
    is_late: bool | None
    published_at: datetime.datetime | None
    visibility: str
    answers: list[AnswerOut]
    documents: list[SubmissionDocumentOut]
    versions: list[VersionSummaryOut] = Field(description="The submitted versions the reader may list.")


class AssistanceNeedIn(Schema):
    kind: str
    description: str = ""
    priority: str = "medium"


class AnswerIn(Schema):
    """A save of (part of) an answer: only the fields sent are changed."""

    revision: int = Field(description="The answer's revision the edit started from (0 for a new answer).")
    implemented: str | None = None
    measures: str | None = None
    examples: str | None = None
    challenges: str | None = None
    language: str | None = None
    visibility: str | None = None
    assistance_needs: list[AssistanceNeedIn] | None = None


class SubmitIn(Schema):
    visibility: str | None = Field(
        default=None, description="public, states_parties or secretariat; the submission's own if left out."
    )


class LedgerRowOut(Schema):
    iso3: str
    names: Titles
    regional_group: str
    status: str = Field(
        description="not_sent, sent, reminded, draft, submitted_on_time, submitted_late or declined."
    )
    sent_at: datetime.datetime | None
    reminders: int
    last_reminded_at: datetime.datetime | None
    submitted_at: datetime.datetime | None
    versions: int
    submission_status: str
    problem: str = Field(
        description='The latest dispatch that did not go out: "failed", "no_recipient", or blank.'
    )


class LedgerCountsOut(Schema):
    statuses: dict[str, int]
    submitted: int


class LedgerOut(Schema):
    call: int
    rows: list[LedgerRowOut]
    total: LedgerCountsOut
    by_group: dict[str, LedgerCountsOut]
    statistics: Titles = Field(
        description="The background paper's sentence on who submitted, in six languages."
    )


# The mandate tracker (observatory/api/mandates.py).


class MandateOut(Schema):
    """One mandate: an operative paragraph's clause, or a report's recommendation."""

    id: int
    document: str = Field(description="Key of the document it comes from (its UN symbol, or a slug).")
    symbol: str
    body: str = Field(description="The body that adopted it (cosp, irg, wg-prevention …), or blank.")
    session: int | None = Field(description="The number of that body's session, when known.")
    year: int | None
    resolution: str = Field(description='The resolution or decision ("7/1"), blank for a recommendation.')
    pid: str = Field(description='The paragraph id of the extraction contract ("7/1 op 3").')
    number: str = Field(description="The paragraph's printed number.")
    clause: int = Field(description="0 for the paragraph's opening clause; 1, 2 … for later clauses.")
    parent: int | None = Field(description="For a later clause, the mandate of the paragraph's opening one.")
    source: str = Field(description="operative or recommendation.")
    verb: str
    verb_base: str
    category: str = Field(
        description="decides, requests, urges, calls_upon, encourages, invites, recommends, declarative or "
        "other."
    )
    addressees: list[str]
    conditions: list[str] = Field(description="extrabudgetary, existing_resources, mandate, upon_request.")
    report_body: str
    report_session: int | None
    report_due: datetime.date | None = Field(description="The first day of the session it reports to.")
    report_text: str
    articles: list[int]
    topics: list[str]
    status: str = Field(
        description="open, in_progress, reported, implemented, superseded, elapsed or not_applicable."
    )
    evidence: int = Field(description="How many pieces of confirmed evidence the reader may see.")
    lineage: int = Field(description="How many confirmed lineage links (both ways) the reader may see.")
    language: str
    text: str


class MandateRefOut(Schema):
    id: int
    document: str
    symbol: str
    resolution: str
    pid: str
    status: str


class LineageOut(Schema):
    mandate: MandateRefOut = Field(description="The mandate at the other end of the link.")
    relation: str = Field(description="recalls, reaffirms, reiterates, supersedes or continues.")
    method: str = Field(description="explicit, shared_subject, similarity or curator.")
    score: float
    decision: str = Field(description="confirmed; curators also see proposed and rejected links.")


class MandateEvidenceOut(Schema):
    id: int
    document: str
    symbol: str
    pid: str
    text: str
    method: str
    score: float
    decision: str = Field(description="confirmed; curators also see proposed and rejected evidence.")
    decided_at: datetime.datetime | None


class StatusChangeOut(Schema):
    before: str
    after: str
    at: datetime.datetime
    evidence: int | None = Field(description="The evidence it rests on, when the reader may see it.")
    note: str = Field(description="The curator's note; curators only (blank for others).")
    by: str = Field(description="Who changed it; curators only (blank for others).")


class MandateReportFiles(Schema):
    """Where the report on a resolution is downloaded in one language."""

    docx: str
    pdf: str


class MandateReportOut(Schema):
    """The report "Status of implementation of resolution N", in the six languages."""

    ar: MandateReportFiles
    zh: MandateReportFiles
    en: MandateReportFiles
    fr: MandateReportFiles
    ru: MandateReportFiles
    es: MandateReportFiles


class MandateDetailOut(MandateOut):
    status_report: MandateReportOut | None = Field(
        description="The report on the status of implementation of the mandate's resolution (null for a "
        "recommendation of a report)."
    )
    earlier: list[LineageOut] = Field(description="Links to the earlier mandates this one continues.")
    later: list[LineageOut] = Field(description="Links from the later mandates that continue this one.")
    evidence_items: list[MandateEvidenceOut]
    history: list[StatusChangeOut]


class SessionOut(Schema):
    key: str = Field(description='The filter value of the session ("cosp/8").')
    body: str
    number: int
    year: int
    starts: datetime.date | None
    ends: datetime.date | None
    venue: str
