"""The legal library: documents, their language versions and revisions, and their paragraphs.

- A **Document** is a work: one official document under its UN symbol (all six language versions), or
  one submission, law or policy (keyed by a slug when it has no symbol).
- A **LanguageVersion** is the document in one language. Official documents have the same paragraph
  numbering in every language, so paragraphs of two versions with the same ``pid`` are the same
  paragraph: that is how versions are linked paragraph by paragraph.
- A **Revision** is one imported file of a language version. A changed file makes a new revision and the
  old one is kept; ``LanguageVersion.current`` points at the newest.
- A **Paragraph** belongs to a revision, with its contract id (``pid``), kind, text, language, and the
  references found in it (as JSON, with articles and States also in tables for queries and facets).
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class DocumentKind(models.TextChoices):
    RESOLUTIONS = "resolutions", _("Resolutions and decisions")
    REPORT = "report", _("Report")
    NOTE_VERBALE = "note_verbale", _("Note verbale")
    SUBMISSION = "submission", _("Submission by a State")
    LEGISLATION = "legislation", _("Legislation")
    POLICY = "policy", _("Policy")
    CASE = "case", _("Case")
    GOOD_PRACTICE = "good_practice", _("Good practice")
    OTHER = "other", _("Other")


#: Kinds of documents that say what a State does, as opposed to the Conference's own documents: what
#: background papers draw on and what counts as a State reporting on an article.
STATE_DOCUMENT_KINDS = (
    DocumentKind.SUBMISSION,
    DocumentKind.LEGISLATION,
    DocumentKind.POLICY,
    DocumentKind.CASE,
    DocumentKind.GOOD_PRACTICE,
)


def paragraph_anchor(pid: str) -> str:
    """The permalink fragment of a paragraph id ("7/1 op 3" → "p-7-1-op-3")."""
    return "p-" + "".join(ch if ch.isalnum() else "-" for ch in pid).strip("-")


class Visibility(models.TextChoices):
    """Who may read a document. Enforced in the selectors, so every page, export and API obeys it."""

    PUBLIC = "public", _("Public")
    STATES_PARTIES = "states_parties", _("States parties only")
    SECRETARIAT = "secretariat", _("Secretariat only")


class Document(models.Model):
    key = models.CharField(_("key"), max_length=200, unique=True, help_text=_("The UN symbol, or a slug."))
    symbol = models.CharField(_("symbol"), max_length=120, blank=True, db_index=True)
    kind = models.CharField(_("kind"), max_length=20, choices=DocumentKind.choices, db_index=True)
    title = models.CharField(_("title"), max_length=500, blank=True)
    state = models.ForeignKey(
        "countries.State",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="documents",
        verbose_name=_("submitting State"),
    )
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True, db_index=True)
    visibility = models.CharField(
        _("visibility"), max_length=20, choices=Visibility.choices, default=Visibility.PUBLIC, db_index=True
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-year", "key"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self) -> str:
        return self.symbol or self.title or self.key

    def get_absolute_url(self) -> str:
        return reverse("portal:document", args=[self.key])


class LanguageVersion(models.Model):
    document = models.ForeignKey(Document, on_delete=models.PROTECT, related_name="versions")
    language = models.CharField(_("language"), max_length=8)
    title = models.CharField(_("title"), max_length=500, blank=True)
    current = models.ForeignKey("Revision", on_delete=models.PROTECT, null=True, blank=True, related_name="+")

    class Meta:
        ordering = ["document", "language"]
        constraints = [
            models.UniqueConstraint(fields=["document", "language"], name="one_version_per_language")
        ]
        verbose_name = _("language version")
        verbose_name_plural = _("language versions")

    def __str__(self) -> str:
        return f"{self.document} [{self.language}]"


class Revision(models.Model):
    version = models.ForeignKey(LanguageVersion, on_delete=models.PROTECT, related_name="revisions")
    number = models.PositiveIntegerField(_("revision"))
    source_name = models.CharField(_("file name"), max_length=300)
    format = models.CharField(_("format"), max_length=12)
    file_sha256 = models.CharField(max_length=64, db_index=True)
    # The hash of the extracted paragraphs: the same text as PDF or as DOCX is the same revision.
    text_sha256 = models.CharField(max_length=64, db_index=True)
    pages = models.PositiveIntegerField(null=True, blank=True)
    paragraph_count = models.PositiveIntegerField(default=0)
    imported_at = models.DateTimeField(auto_now_add=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["version", "number"]
        constraints = [models.UniqueConstraint(fields=["version", "number"], name="revision_numbers_unique")]

    def __str__(self) -> str:
        return f"{self.version} r{self.number}"


class Paragraph(models.Model):
    revision = models.ForeignKey(Revision, on_delete=models.PROTECT, related_name="paragraphs")
    position = models.PositiveIntegerField()
    pid = models.CharField(_("paragraph id"), max_length=40, db_index=True)
    kind = models.CharField(_("kind"), max_length=12)
    number = models.CharField(max_length=12, blank=True)
    resolution = models.CharField(max_length=12, blank=True)
    text = models.TextField()
    language = models.CharField(max_length=8, blank=True)
    page = models.PositiveIntegerField(null=True, blank=True)
    references = models.JSONField(default=dict)
    action = models.JSONField(null=True, blank=True)
    footnotes = models.JSONField(default=list)

    class Meta:
        ordering = ["revision", "position"]
        constraints = [
            models.UniqueConstraint(fields=["revision", "position"], name="paragraph_positions_unique")
        ]
        # The same paragraph in a document's other language versions: by revision and paragraph id
        # (a page of search hits asks for it; "1", "2" recur in every document, so pid alone is no help).
        indexes = [models.Index(fields=["revision", "pid"], name="paragraph_revision_pid")]

    def __str__(self) -> str:
        return f"{self.revision} ¶{self.pid}"

    @property
    def anchor(self) -> str:
        """The permalink fragment of the paragraph ("p-7-1-op-3")."""
        return paragraph_anchor(self.pid)


class ArticleReference(models.Model):
    """A paragraph cites (or concerns) an article of the Convention."""

    paragraph = models.ForeignKey(Paragraph, on_delete=models.CASCADE, related_name="article_references")
    article = models.ForeignKey("convention.Article", on_delete=models.PROTECT, related_name="references")
    article_paragraph = models.CharField(max_length=12, blank=True)
    subparagraph = models.CharField(max_length=12, blank=True)
    text = models.CharField(max_length=300)

    def __str__(self) -> str:
        return f"{self.paragraph} → article {self.article_id}"


class StateReference(models.Model):
    """A paragraph names a State."""

    paragraph = models.ForeignKey(Paragraph, on_delete=models.CASCADE, related_name="state_references")
    state = models.ForeignKey("countries.State", on_delete=models.PROTECT, related_name="references")
    text = models.CharField(max_length=300)

    def __str__(self) -> str:
        return f"{self.paragraph} → {self.state_id}"
