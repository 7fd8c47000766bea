"""Collection: the Secretariat's calls for information and the States' answers.

- A **Call** asks States parties (all, or a selection) for information on topics and articles by a
  deadline, with questions and a reminder schedule; it is drafted, launched, then closed.
- A **ChecklistItem** is one question of the self-assessment checklist, per provision of the Convention;
  a **Question** of a call is either a checklist item or a question written for the call.
- An **Addressee** is a State a launched call is addressed to; each e-mail sent to its focal points (the
  notice, each reminder) is a **Dispatch**.
- A **Submission** is a State's answer to a call: **Answers** per question, drafted by the State's
  contributors, submitted by its focal point as a frozen **SubmissionVersion**, then acknowledged (or sent
  back for clarification) and published by the Secretariat. Documents a State uploads instead are linked
  to the call by **CallDocument**.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from observatory.convention.models import TitledInSixLanguages
from observatory.core.languages import localized
from observatory.library.models import Visibility

#: The six content languages an answer can be written in, in UN order.
ANSWER_LANGUAGES = [
    ("ar", _("Arabic")),
    ("zh", _("Chinese")),
    ("en", _("English")),
    ("fr", _("French")),
    ("ru", _("Russian")),
    ("es", _("Spanish")),
]

#: How strict each visibility is: an answer's own visibility can only narrow its submission's.
VISIBILITY_RANK = {Visibility.PUBLIC: 0, Visibility.STATES_PARTIES: 1, Visibility.SECRETARIAT: 2}


class TextInSixLanguages(models.Model):
    """A text written in English, with the other five official languages for translators to fill."""

    text_en = models.TextField(_("text (English)"))
    text_ar = models.TextField(_("text (Arabic)"), blank=True)
    text_zh = models.TextField(_("text (Chinese)"), blank=True)
    text_fr = models.TextField(_("text (French)"), blank=True)
    text_ru = models.TextField(_("text (Russian)"), blank=True)
    text_es = models.TextField(_("text (Spanish)"), blank=True)

    class Meta:
        abstract = True

    @property
    def text(self):
        """The text in the active language (or English, marked as a fallback)."""
        return localized(self, "text")


class CallStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    LAUNCHED = "launched", _("Launched")
    CLOSED = "closed", _("Closed")


class Audience(models.TextChoices):
    ALL_PARTIES = "all_parties", _("All States parties")
    SELECTION = "selection", _("A selection of States")


class Call(TitledInSixLanguages):
    """A call for information: what is asked, of whom, by when."""

    symbol = models.CharField(
        _("reference of the note verbale"),
        max_length=120,
        blank=True,
        help_text=_("The Secretariat's reference, e.g. CU 2011/45/DTA/CEB/CSS."),
    )
    topics = models.ManyToManyField("convention.Topic", related_name="calls", blank=True)
    articles = models.ManyToManyField("convention.Article", related_name="calls", blank=True)
    deadline = models.DateField(_("deadline"))
    # Days before and after the deadline on which States that have not submitted are reminded.
    reminder_days_before = models.JSONField(
        _("reminders before the deadline (days)"), default=list, blank=True
    )
    reminder_days_after = models.JSONField(_("reminders after the deadline (days)"), default=list, blank=True)
    audience = models.CharField(
        _("audience"), max_length=12, choices=Audience.choices, default=Audience.ALL_PARTIES
    )
    selected_states = models.ManyToManyField(
        "countries.State", related_name="selected_for_calls", blank=True, verbose_name=_("selected States")
    )
    status = models.CharField(
        _("status"), max_length=10, choices=CallStatus.choices, default=CallStatus.DRAFT, db_index=True
    )
    # The note verbale's body as the Secretariat edited it, per language ({"fr": "…"}); a language not
    # here uses its default template (collection/data/note_verbale/).
    note_templates = models.JSONField(_("note verbale templates"), default=dict, blank=True)
    # The call of the previous cycle on the same subject: answers to it pre-fill this one's.
    previous_call = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="next_calls"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    launched_at = models.DateTimeField(_("launched"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)

    class Meta:
        ordering = ["-deadline", "pk"]
        verbose_name = _("call for information")
        verbose_name_plural = _("calls for information")

    def __str__(self) -> str:
        return self.symbol or self.title_en


class ChecklistItem(TextInSixLanguages):
    """One question of the self-assessment checklist, about one provision of the Convention."""

    code = models.SlugField(_("identifier"), max_length=40, unique=True, help_text=_("e.g. 9-1"))
    article = models.ForeignKey("convention.Article", on_delete=models.PROTECT, related_name="checklist")
    paragraph = models.CharField(_("paragraph"), max_length=12, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    # Retired, never deleted: answers of earlier cycles keep pointing at them.
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["article__number", "position", "code"]
        verbose_name = _("checklist item")
        verbose_name_plural = _("checklist items")

    def __str__(self) -> str:
        return f"{self.code}: {self.text_en[:80]}"


class Question(TextInSixLanguages):
    """A question of one call: a checklist item (its text copied, so the call keeps what it asked) or a
    question written for the call."""

    call = models.ForeignKey(Call, on_delete=models.PROTECT, related_name="questions")
    position = models.PositiveSmallIntegerField(_("position"))
    checklist_item = models.ForeignKey(
        ChecklistItem, on_delete=models.PROTECT, null=True, blank=True, related_name="questions"
    )
    article = models.ForeignKey(
        "convention.Article", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["call", "position"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        constraints = [
            models.UniqueConstraint(fields=["call", "position"], name="question_positions_unique"),
            models.UniqueConstraint(
                fields=["call", "checklist_item"],
                condition=Q(checklist_item__isnull=False),
                name="checklist_item_once_per_call",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.call} Q{self.position}"


class Addressee(models.Model):
    """A State a launched call is addressed to."""

    call = models.ForeignKey(Call, on_delete=models.PROTECT, related_name="addressees")
    state = models.ForeignKey("countries.State", on_delete=models.PROTECT, related_name="calls_received")

    class Meta:
        ordering = ["call", "state__name_en"]
        constraints = [models.UniqueConstraint(fields=["call", "state"], name="one_addressee_per_state")]

    def __str__(self) -> str:
        return f"{self.call} → {self.state}"


class DispatchKind(models.TextChoices):
    NOTICE = "notice", _("Note verbale")
    REMINDER = "reminder", _("Reminder")


class DispatchStatus(models.TextChoices):
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")
    NO_RECIPIENT = "no_recipient", _("No focal point with an e-mail address")


class Dispatch(models.Model):
    """One e-mail to a State's focal points about a call: the notice, or one step of the reminders."""

    addressee = models.ForeignKey(Addressee, on_delete=models.PROTECT, related_name="dispatches")
    kind = models.CharField(_("kind"), max_length=10, choices=DispatchKind.choices)
    # "notice", or the reminder step: "before:14", "after:7".
    step = models.CharField(_("step"), max_length=20)
    status = models.CharField(_("status"), max_length=14, choices=DispatchStatus.choices)
    recipients = models.JSONField(_("recipients"), default=list)
    message_id = models.CharField(_("message id"), max_length=300, blank=True)
    error = models.CharField(_("error"), max_length=500, blank=True)
    at = models.DateTimeField(_("time"))

    class Meta:
        ordering = ["addressee", "at", "pk"]
        verbose_name = _("dispatch")
        verbose_name_plural = _("dispatches")
        constraints = [
            # The database itself refuses a second successful send of one step: reminders are never
            # sent twice, even by two schedulers running at once.
            models.UniqueConstraint(
                fields=["addressee", "step"], condition=Q(status="sent"), name="each_step_sent_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.addressee} {self.step} {self.status}"


class SubmissionStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    ACKNOWLEDGED = "acknowledged", _("Acknowledged")
    CLARIFICATION_REQUESTED = "clarification_requested", _("Clarification requested")
    PUBLISHED = "published", _("Published")
    DECLINED = "declined", _("Declined")


#: Statuses in which the State may change its answers.
EDITABLE_STATUSES = frozenset({SubmissionStatus.DRAFT, SubmissionStatus.CLARIFICATION_REQUESTED})


class Submission(models.Model):
    """A State's answer to a call."""

    call = models.ForeignKey(Call, on_delete=models.PROTECT, related_name="submissions")
    state = models.ForeignKey("countries.State", on_delete=models.PROTECT, related_name="submissions")
    status = models.CharField(
        _("status"),
        max_length=24,
        choices=SubmissionStatus.choices,
        default=SubmissionStatus.DRAFT,
        db_index=True,
    )
    visibility = models.CharField(
        _("visibility"), max_length=20, choices=Visibility.choices, default=Visibility.PUBLIC
    )
    # The version of the previous cycle the answers were pre-filled from.
    prefilled_from = models.ForeignKey(
        "SubmissionVersion", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    published_version = models.ForeignKey(
        "SubmissionVersion", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    # The published answers as a library document, so search and the article pages find them.
    library_document = models.ForeignKey(
        "library.Document", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    note = models.TextField(_("message from the Secretariat"), blank=True)
    decline_reason = models.TextField(_("reason for declining"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["call", "state__name_en"]
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")
        constraints = [models.UniqueConstraint(fields=["call", "state"], name="one_submission_per_state")]

    def __str__(self) -> str:
        return f"{self.state} → {self.call}"

    @property
    def is_editable(self) -> bool:
        """Whether the State may change its answers now."""
        return self.status in EDITABLE_STATUSES


class Implemented(models.TextChoices):
    YES = "yes", _("Yes")
    PARTLY = "partly", _("Partly")
    NO = "no", _("No")


class Answer(models.Model):
    """A State's answer to one question. ``revision`` counts saves: a save names the revision it
    started from, and is refused when someone saved meanwhile."""

    submission = models.ForeignKey(Submission, on_delete=models.PROTECT, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="answers")
    implemented = models.CharField(_("implemented"), max_length=8, choices=Implemented.choices, blank=True)
    measures = models.TextField(_("measures taken"), blank=True)
    examples = models.TextField(_("examples of implementation"), blank=True)
    challenges = models.TextField(_("challenges"), blank=True)
    language = models.CharField(_("language of the answer"), max_length=4, choices=ANSWER_LANGUAGES)
    # Blank: as the submission. Otherwise it can only narrow the submission's visibility.
    visibility = models.CharField(_("visibility"), max_length=20, choices=Visibility.choices, blank=True)
    evidence = models.ManyToManyField(
        "library.Document", related_name="evidence_for", blank=True, verbose_name=_("evidence documents")
    )
    revision = models.PositiveIntegerField(_("revision"), default=1)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["submission", "question__position"]
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [models.UniqueConstraint(fields=["submission", "question"], name="one_answer_each")]

    def __str__(self) -> str:
        return f"{self.submission} Q{self.question.position}"


class AssistanceKind(models.TextChoices):
    LEGAL_ADVICE = "legal_advice", _("Legal advice")
    MODEL_LEGISLATION = "model_legislation", _("Model legislation")
    LEGISLATIVE_DRAFTING = "legislative_drafting", _("Legislative drafting")
    CAPACITY_BUILDING = "capacity_building", _("Capacity-building")
    ON_SITE_EXPERT = "on_site_expert", _("On-site assistance by an expert")
    INSTITUTION_BUILDING = "institution_building", _("Institution-building")
    GOOD_PRACTICES = "good_practices", _("Summary of good practices and lessons learned")
    TECHNOLOGY = "technology", _("Technological assistance")
    OTHER = "other", _("Other")


class Priority(models.TextChoices):
    HIGH = "high", _("High")
    MEDIUM = "medium", _("Medium")
    LOW = "low", _("Low")


class AssistanceNeed(models.Model):
    """A technical-assistance need a State declares in one answer."""

    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="assistance_needs")
    kind = models.CharField(_("kind"), max_length=24, choices=AssistanceKind.choices)
    description = models.TextField(_("description"), blank=True)
    priority = models.CharField(
        _("priority"), max_length=8, choices=Priority.choices, default=Priority.MEDIUM
    )
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["answer", "position", "pk"]
        verbose_name = _("technical-assistance need")
        verbose_name_plural = _("technical-assistance needs")

    def __str__(self) -> str:
        return f"{self.answer}: {self.kind}"


class SubmissionVersion(models.Model):
    """What a focal point submitted, frozen: later changes make a new version and never touch this."""

    submission = models.ForeignKey(Submission, on_delete=models.PROTECT, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    submitted_at = models.DateTimeField(_("submitted"))
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    is_late = models.BooleanField(_("submitted after the deadline"), default=False)
    visibility = models.CharField(_("visibility"), max_length=20, choices=Visibility.choices)
    # The answers as they were: [{"question": id, "position", "checklist_item", "implemented", …}].
    snapshot = models.JSONField(_("answers as submitted"))
    acknowledged_at = models.DateTimeField(_("acknowledged"), null=True, blank=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)

    class Meta:
        ordering = ["submission", "number"]
        verbose_name = _("submitted version")
        verbose_name_plural = _("submitted versions")
        constraints = [
            models.UniqueConstraint(fields=["submission", "number"], name="version_numbers_unique")
        ]

    def __str__(self) -> str:
        return f"{self.submission} v{self.number}"


class CallDocument(models.Model):
    """A document a State uploaded in answer to a call, imported into the library."""

    call = models.ForeignKey(Call, on_delete=models.PROTECT, related_name="documents")
    state = models.ForeignKey("countries.State", on_delete=models.PROTECT, related_name="call_documents")
    document = models.ForeignKey("library.Document", on_delete=models.PROTECT, related_name="calls")
    submission = models.ForeignKey(
        Submission, on_delete=models.PROTECT, null=True, blank=True, related_name="documents"
    )
    articles = models.ManyToManyField("convention.Article", related_name="call_documents", blank=True)
    source_name = models.CharField(_("file name"), max_length=300)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["call", "state__name_en", "uploaded_at"]
        verbose_name = _("document received")
        verbose_name_plural = _("documents received")
        constraints = [
            models.UniqueConstraint(fields=["call", "state", "document"], name="document_linked_once")
        ]

    def __str__(self) -> str:
        return f"{self.state} → {self.call}: {self.document}"
