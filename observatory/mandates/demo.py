"""The mandate tracker's demo: the resolutions of the seventh and eighth sessions of the Conference and the
Secretariat's report to the ninth, from the demo library, with lineage and evidence already curated.

``load_demo_mandates`` runs after the demo library is imported (``observatory load-demo``). It makes sure
the demo documents' mandates exist, runs the lineage and evidence suggestions on them, and then, acting
as the Secretariat's demo account, takes the decisions a curator would: it confirms the links that are
right, rejects a few that are wrong, adds the evidence the suggestions missed and sets the statuses the
report supports, so that the tracker shows every status, confirmed and rejected proposals, and proposals
still waiting for a curator.

What the curator decides is written down below paragraph by paragraph (the demo documents are the
project's own, so what is right is known). Every decision goes through the curation services, with its
permission check and audit entry, and is taken only once: a proposal already decided, evidence already
there or a mandate whose status has already been changed by anyone is left as it is, so a second run
changes nothing, and neither does a run after a curator has changed something by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count

from observatory.accounts.models import User
from observatory.core.errors import Conflict, InvalidInput
from observatory.library.models import Document

from . import curation
from .evidence import suggest_evidence_from_document
from .lineage import suggest_lineage_for_document
from .models import Decision, Evidence, Lineage, LineageRelation, Mandate, MandateStatus
from .sync import sync_document

#: The demo account that curates (DEMO_ACCOUNTS of the accounts app).
CURATOR = "secretariat"
#: Rounds of suggestions and decisions at most (two suffice: see ``load_demo_mandates``).
MAX_ROUNDS = 4

SEVENTH = "CAC/COSP/2017/14"  # resolutions 7/1 to 7/3 and decision 7/1
EIGHTH = "CAC/COSP/2019/17"  # resolutions 8/1 and 8/2
NINTH_REPORT = "CAC/COSP/2021/5"  # the Secretariat's report on resolutions 8/1 and 8/2
DOCUMENTS = (SEVENTH, EIGHTH, NINTH_REPORT)
# The Working Group's background paper of 2011, whose recommendations resolution 7/1 takes up.
WG4_PAPER = "CAC/COSP/WG.4/2011/3"

# A paragraph as the demo names it: (document symbol, paragraph id); a mandate adds its clause (0 for the
# paragraph's opening clause, 1 for the first later clause that addresses an actor of its own).
Paragraph = tuple[str, str]
MandateKey = tuple[str, str, int]

#: Later paragraph → earlier paragraph, and how the later one takes the earlier up: the links that are
#: right. The suggestions find most of them from the explicit references ("Reaffirms paragraph 1 of its
#: resolution 7/1"), the others by similarity. The relation is set on the link of the paragraphs' opening
#: clauses; links from a later clause of the paragraph keep the relation the suggestion read.
LINEAGE_CONFIRMED: tuple[tuple[Paragraph, Paragraph, str], ...] = (
    ((SEVENTH, "7/1 op 4"), (WG4_PAPER, "21"), LineageRelation.CONTINUES),  # the 2011 recommendation
    ((EIGHTH, "8/1 op 1"), (SEVENTH, "7/1 op 1"), LineageRelation.REAFFIRMS),
    ((EIGHTH, "8/1 op 2"), (SEVENTH, "7/1 op 2"), LineageRelation.CONTINUES),  # the verification measures
    ((EIGHTH, "8/1 op 3"), (SEVENTH, "7/1 op 4"), LineageRelation.CONTINUES),  # good practices, again
    ((EIGHTH, "8/1 op 4"), (SEVENTH, "7/1 op 5"), LineageRelation.SUPERSEDES),  # a study, not a report
    ((EIGHTH, "8/1 op 5"), (SEVENTH, "7/1 op 6"), LineageRelation.CONTINUES),  # said again, uncited
    ((EIGHTH, "8/2 op 1"), (SEVENTH, "7/3 op 4"), LineageRelation.CONTINUES),
    ((EIGHTH, "8/2 op 3"), (SEVENTH, "7/2 op 5"), LineageRelation.REITERATES),
    ((NINTH_REPORT, "18"), (EIGHTH, "8/1 op 3"), LineageRelation.CONTINUES),  # finish the guide
)
#: Links the suggestions propose that a curator refuses: alike in words, not in substance.
LINEAGE_REJECTED: tuple[tuple[Paragraph, Paragraph], ...] = (
    ((EIGHTH, "8/1 op 7"), (SEVENTH, "7/2 op 7")),  # both ask for a report, on different resolutions
    ((EIGHTH, "8/1 op 7"), (SEVENTH, "7/3 op 5")),
    ((EIGHTH, "8/2 op 7"), (SEVENTH, "7/2 op 7")),
    ((EIGHTH, "8/1 op 6"), (SEVENTH, "7/1 op 9")),  # thanks to donors carry nothing forward
)

#: Mandate → the report's paragraphs that answer it, with the curator's note. Confirmed when suggested,
#: added by the curator when not.
EVIDENCE_CONFIRMED: tuple[tuple[MandateKey, str, str], ...] = (
    ((EIGHTH, "8/1 op 1", 1), "4", "States report new declaration laws (art. 8, para. 5)."),
    ((EIGHTH, "8/1 op 2", 0), "5", "Verification measures reported by five States."),
    ((EIGHTH, "8/1 op 2", 1), "5", "Statistics published on the Working Group's thematic website."),
    ((EIGHTH, "8/1 op 3", 0), "7", "Good practices collected; the guide is being drafted."),
    ((EIGHTH, "8/1 op 4", 0), "8", "The study is before the ninth session (CAC/COSP/2021/7)."),
    ((EIGHTH, "8/1 op 5", 0), "9", "Technical assistance to 11 States, upon request."),
    ((EIGHTH, "8/1 op 6", 0), "10", ""),
    ((EIGHTH, "8/1 op 7", 0), "1", "The present report."),
    ((EIGHTH, "8/2 op 1", 0), "11", "Eleventh and twelfth meetings held."),
    ((EIGHTH, "8/2 op 2", 0), "12", "All four topics considered."),
    ((EIGHTH, "8/2 op 3", 0), "13", "The compilation asked for in 7/2 was made."),
    ((EIGHTH, "8/2 op 3", 1), "13", "Compilation presented in CAC/COSP/WG.4/2020/CRP.1."),
    ((EIGHTH, "8/2 op 4", 0), "14", "Background papers for both meetings."),
    ((EIGHTH, "8/2 op 5", 0), "16", "The Working Group's reports are before the ninth session."),
    ((EIGHTH, "8/2 op 6", 0), "15", "Website updated in three languages of six."),
    ((EIGHTH, "8/2 op 7", 0), "1", "The present report."),
    ((EIGHTH, "8/2 op 7", 0), "16", "Meetings serviced within existing resources."),
    ((SEVENTH, "7/3 op 4", 0), "12", "Technical assistance needs considered at the twelfth meeting."),
)
#: Report paragraphs the suggestions may propose for a mandate they do not answer.
EVIDENCE_REJECTED: tuple[tuple[MandateKey, str], ...] = (
    ((EIGHTH, "8/1 op 4", 0), "1"),  # the introduction names the resolution, not what was done
    ((EIGHTH, "8/2 op 1", 0), "1"),
    ((SEVENTH, "7/1 op 5", 0), "1"),
    ((EIGHTH, "8/1 op 4", 0), "13"),  # a compilation on reporting persons, not the study on verification
    ((EIGHTH, "8/1 op 3", 0), "18"),  # a recommendation for what is to come, not a report of what was done
)

#: The status each mandate has once the report has been read, with the evidence (a report paragraph)
#: that supports it and the curator's note.
STATUSES: tuple[tuple[MandateKey, str, str | None, str], ...] = (
    (
        (SEVENTH, "7/1 op 4", 0),
        MandateStatus.REPORTED,
        None,
        "Reported to the eighth session; continued by 8/1.",
    ),
    ((SEVENTH, "7/1 op 5", 0), MandateStatus.SUPERSEDED, None, "Replaced by resolution 8/1, paragraph 4."),
    ((SEVENTH, "7/1 op 9", 0), MandateStatus.NOT_APPLICABLE, None, "Declarative: nothing to follow up."),
    (
        (SEVENTH, "7/2 op 5", 0),
        MandateStatus.ELAPSED,
        None,
        "Not available to the Working Group in 2018; reiterated by resolution 8/2, paragraph 3.",
    ),
    ((SEVENTH, "7/2 op 7", 0), MandateStatus.REPORTED, None, "Reported to the eighth session."),
    ((SEVENTH, "7/3 op 4", 0), MandateStatus.IMPLEMENTED, "12", "Continued by resolution 8/2."),
    ((SEVENTH, "dec 7/1 (a)", 0), MandateStatus.NOT_APPLICABLE, None, "The Conference's own act."),
    ((EIGHTH, "8/1 op 2", 1), MandateStatus.IMPLEMENTED, "5", ""),
    ((EIGHTH, "8/1 op 3", 0), MandateStatus.IN_PROGRESS, "7", "Guide expected in 2022."),
    ((EIGHTH, "8/1 op 4", 0), MandateStatus.IMPLEMENTED, "8", ""),
    ((EIGHTH, "8/1 op 5", 0), MandateStatus.IN_PROGRESS, "9", "Assistance continues."),
    ((EIGHTH, "8/1 op 6", 0), MandateStatus.NOT_APPLICABLE, None, "Declarative: nothing to follow up."),
    ((EIGHTH, "8/1 op 7", 0), MandateStatus.REPORTED, "1", ""),
    ((EIGHTH, "8/2 op 1", 0), MandateStatus.IMPLEMENTED, "11", ""),
    ((EIGHTH, "8/2 op 2", 0), MandateStatus.IMPLEMENTED, "12", ""),
    ((EIGHTH, "8/2 op 3", 1), MandateStatus.IMPLEMENTED, "13", ""),
    ((EIGHTH, "8/2 op 4", 0), MandateStatus.IMPLEMENTED, "14", ""),
    ((EIGHTH, "8/2 op 5", 0), MandateStatus.REPORTED, "16", ""),
    ((EIGHTH, "8/2 op 6", 0), MandateStatus.IN_PROGRESS, "15", "Three of the six languages so far."),
    ((EIGHTH, "8/2 op 7", 0), MandateStatus.REPORTED, "1", ""),
)


@dataclass
class DemoMandatesSummary:
    """What ``load_demo_mandates`` found and did."""

    documents: int = 0
    mandates: int = 0
    decisions: int = 0  # decisions taken by this run: confirmations, rejections, additions, statuses
    lineage: dict[str, int] = field(default_factory=dict)  # decision → links among the demo documents
    evidence: dict[str, int] = field(default_factory=dict)  # decision → evidence from the demo report
    statuses: dict[str, int] = field(default_factory=dict)  # status → mandates of the demo documents
    missing: list[str] = field(default_factory=list)  # curated paragraphs the documents do not have
    refused: list[str] = field(default_factory=list)  # decisions the curation services refused, and why

    def line(self) -> str:
        """The summary in one line, for the command's output."""
        if not self.documents:
            return "Demo mandates: the demo documents are not in the library; nothing done."

        def counts(values: dict[str, int]) -> str:
            return ", ".join(f"{values.get(d, 0)} {d}" for d in Decision.values)

        statuses = ", ".join(f"{n} {s.replace('_', ' ')}" for s, n in self.statuses.items() if n)
        done = f"{self.decisions} decisions taken" if self.decisions else "nothing to decide"
        line = (
            f"Demo mandates: {self.mandates} mandates in {self.documents} documents; lineage "
            f"{counts(self.lineage)}; evidence {counts(self.evidence)}; statuses {statuses}; {done}."
        )
        if self.missing:
            line += f" Not found: {', '.join(self.missing)}."
        if self.refused:
            line += f" Refused: {'; '.join(self.refused)}."
        return line


def load_demo_mandates() -> DemoMandatesSummary:
    """Give the demo documents their mandates, suggestions and a curator's decisions. Idempotent: a
    second run takes no decision and changes no count. Needs the demo library and the demo accounts."""
    summary = DemoMandatesSummary()
    documents = {d.key: d for d in Document.objects.filter(key__in=DOCUMENTS)}
    if not documents:
        return summary
    actor = User.objects.filter(username=CURATOR).first()
    if actor is None:
        raise RuntimeError(f"the demo account {CURATOR!r} does not exist: create the demo accounts first")
    ordered = [documents[key] for key in DOCUMENTS if key in documents]
    for document in ordered:
        # The import syncs already; again here, so that documents imported before mandates were read
        # (or while reading them failed) have theirs. Idempotent.
        sync_document(document)
    related = {d.key: d for d in Document.objects.filter(key=WG4_PAPER)}
    curator = _Curator(actor, documents | related, summary)
    for _round in range(MAX_ROUNDS):
        for document in ordered:
            suggest_lineage_for_document(document)
            suggest_evidence_from_document(document)
        taken = summary.decisions
        curator.lineage()
        curator.evidence()
        curator.statuses()
        # Deciding frees room among a mandate's best proposals, which the next round of suggestions
        # fills: suggest again until nothing is left to decide, so that the demo ends where a later run
        # would (the same suggestions, nothing to decide) and a second run changes nothing.
        if summary.decisions == taken:
            break
    _count(summary, ordered)
    return summary


class _Curator:
    """The demo curator's decisions, each taken only when it has not been taken yet."""

    def __init__(self, actor: User, documents: dict[str, Document], summary: DemoMandatesSummary):
        self.actor = actor
        self.documents = documents
        self.summary = summary

    def mandate(self, key: MandateKey) -> Mandate | None:
        """The current mandate of a (symbol, paragraph id, clause), or None (noted in the summary)."""
        symbol, pid, clause = key
        document = self.documents.get(symbol)
        found = (
            Mandate.objects.filter(document=document, pid=pid, clause=clause, is_current=True).first()
            if document
            else None
        )
        if found is None:
            self._missing(f"{symbol} {pid}" + (f" (clause {clause})" if clause else ""))
        return found

    def _missing(self, label: str) -> None:
        if label not in self.summary.missing:
            self.summary.missing.append(label)

    def _decide(self, what: str, service, *args, **options) -> None:
        """Take one decision through a curation service. A decision the service refuses (the suggestions
        or the rules changed under the demo) is reported in the summary rather than stopping the demo."""
        try:
            service(self.actor, *args, **options)
        except (InvalidInput, Conflict) as refusal:
            self.summary.refused.append(f"{what}: {refusal.message}")
        else:
            self.summary.decisions += 1

    def _links(self, later: Paragraph, earlier: Paragraph):
        """The lineage links between two paragraphs, opening clauses first."""
        # A pair of paragraphs may be linked through any of their clauses: the suggestion decides which.
        return (
            Lineage.objects.filter(
                later__document=self.documents.get(later[0]),
                later__pid=later[1],
                earlier__document=self.documents.get(earlier[0]),
                earlier__pid=earlier[1],
            )
            .select_related("later")
            .order_by("later__clause", "earlier__clause")
        )

    def lineage(self) -> None:
        """Confirm the right links and reject the wrong ones, among those proposed."""
        for later, earlier, relation in LINEAGE_CONFIRMED:
            links = list(self._links(later, earlier))
            if not links:
                self._missing(f"lineage {later[1]} → {earlier[1]}")
            for index, link in enumerate(links):
                if link.decision == Decision.PROPOSED:
                    # The relation is the opening clauses' (the first link in clause order).
                    wanted = relation if index == 0 and link.later.clause == 0 else None
                    what = f"lineage {later[1]} → {earlier[1]}"
                    self._decide(what, curation.decide_lineage, link, Decision.CONFIRMED, relation=wanted)
        for later, earlier in LINEAGE_REJECTED:
            for link in self._links(later, earlier):
                if link.decision == Decision.PROPOSED:
                    what = f"lineage {later[1]} → {earlier[1]}"
                    self._decide(what, curation.decide_lineage, link, Decision.REJECTED)

    def evidence(self) -> None:
        """Confirm the report's paragraphs that answer a mandate (adding those not suggested), and reject
        the suggestions that do not."""
        report = self.documents.get(NINTH_REPORT)
        if report is None:
            return
        for key, pid, note in EVIDENCE_CONFIRMED:
            mandate = self.mandate(key)
            if mandate is None:
                continue
            found = Evidence.objects.filter(mandate=mandate, document=report, pid=pid).first()
            what = f"evidence {mandate.pid} ← {pid}"
            if found is None:
                self._decide(what, curation.add_evidence, mandate, report, pid, note=note)
            elif found.decision == Decision.PROPOSED:
                self._decide(what, curation.decide_evidence, found, Decision.CONFIRMED, note=note)
        for key, pid in EVIDENCE_REJECTED:
            mandate = self.mandate(key)
            if mandate is None:
                continue
            found = Evidence.objects.filter(mandate=mandate, document=report, pid=pid).first()
            if found is not None and found.decision == Decision.PROPOSED:
                self._decide(
                    f"evidence {mandate.pid} ← {pid}", curation.decide_evidence, found, Decision.REJECTED
                )

    def statuses(self) -> None:
        """Set each curated mandate's status, once: a mandate whose status anyone has already changed
        keeps it."""
        report = self.documents.get(NINTH_REPORT)
        for key, status, pid, note in STATUSES:
            mandate = self.mandate(key)
            if mandate is None or mandate.status == status or mandate.status_changes.exists():
                continue
            evidence = None
            if pid is not None and report is not None:
                evidence = Evidence.objects.filter(
                    mandate=mandate, document=report, pid=pid, decision=Decision.CONFIRMED
                ).first()
            if evidence is None and pid is not None and not note:
                # The rules want evidence or a note for "reported" and "implemented": say where it is.
                note = f"{NINTH_REPORT}, paragraph {pid}."
            what = f"status of {mandate.pid}"
            self._decide(what, curation.change_status, mandate, status, evidence=evidence, note=note)


def _count(summary: DemoMandatesSummary, documents: list[Document]) -> None:
    mandates = Mandate.objects.filter(document__in=documents, is_current=True)
    summary.documents = len(documents)
    summary.mandates = mandates.count()
    summary.statuses = dict.fromkeys(MandateStatus.values, 0) | _tally(mandates, "status")
    # Links from the demo documents' mandates (the earlier ends may be in other documents of the library).
    summary.lineage = _tally(Lineage.objects.filter(later__in=mandates), "decision")
    summary.evidence = _tally(Evidence.objects.filter(mandate__in=mandates), "decision")


def _tally(queryset, name: str) -> dict[str, int]:
    # order_by() drops the models' default ordering, which would otherwise split the groups.
    rows = queryset.order_by().values(name).annotate(n=Count("pk")).values_list(name, "n")
    return dict(rows)


__all__ = ["CURATOR", "DOCUMENTS", "DemoMandatesSummary", "load_demo_mandates"]
