"""Background papers and the workbench that drafts them.

- A **Paper** is a background paper in preparation: its scope (a call for information, topics, articles),
  the audience it is written for (a library visibility: no paragraph that audience may not read is ever
  gathered, clustered or cited) and the language it is written in.
- A **Section** is one article of the scope (or "other paragraphs" when a paragraph cites none of them):
  the officer's heading and text for it.
- An **Approach** is a cluster of similar paragraphs within a section, found across languages from their
  embeddings and labelled by its distinctive terms; the officer renames, merges, splits and orders them.
- A **Member** is one paragraph of an approach, with its cosine to the approach's centroid (the most
  central ones are its representative passages).
- A **Sentence** is one sentence of a section's text with the paragraphs it cites (its sources); a
  sentence that cites none is flagged on the workbench.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from observatory.library.models import Visibility


class Paper(models.Model):
    title = models.CharField(_("title"), max_length=300)
    symbol = models.CharField(
        _("symbol"), max_length=120, blank=True, help_text=_("e.g. CAC/COSP/WG.4/2027/2")
    )
    language = models.CharField(_("language of the paper"), max_length=4)
    visibility = models.CharField(
        _("audience"),
        max_length=20,
        choices=Visibility.choices,
        default=Visibility.PUBLIC,
        help_text=_("Only paragraphs this audience may read are gathered and cited."),
    )
    call = models.ForeignKey(
        "collection.Call", on_delete=models.PROTECT, null=True, blank=True, related_name="papers"
    )
    articles = models.ManyToManyField("convention.Article", related_name="papers", blank=True)
    topics = models.ManyToManyField("convention.Topic", related_name="papers", blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # When the approaches were last found, and over how many paragraphs.
    built_at = models.DateTimeField(_("approaches found"), null=True, blank=True)
    paragraph_count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("background paper")
        verbose_name_plural = _("background papers")

    def __str__(self) -> str:
        return self.title


class Section(models.Model):
    paper = models.ForeignKey(Paper, on_delete=models.CASCADE, related_name="sections")
    article = models.ForeignKey(
        "convention.Article", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    position = models.PositiveSmallIntegerField(default=0)
    heading = models.CharField(_("heading"), max_length=300)
    text = models.TextField(_("text"), blank=True)
    revision = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["paper", "position"]
        constraints = [
            models.UniqueConstraint(fields=["paper", "article"], name="one_section_per_article_of_a_paper")
        ]

    def __str__(self) -> str:
        return self.heading


class Approach(models.Model):
    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="approaches")
    position = models.PositiveSmallIntegerField(default=0)
    # The label found from the approach's distinctive terms; ``name`` is the officer's, when given.
    label = models.CharField(_("label"), max_length=300)
    name = models.CharField(_("name"), max_length=300, blank=True)
    terms = models.JSONField(default=list)

    class Meta:
        ordering = ["section", "position", "pk"]

    def __str__(self) -> str:
        return self.title

    @property
    def title(self) -> str:
        """The officer's name for the approach, or the label found for it."""
        return self.name or self.label


class Member(models.Model):
    approach = models.ForeignKey(Approach, on_delete=models.CASCADE, related_name="members")
    paragraph = models.ForeignKey("library.Paragraph", on_delete=models.CASCADE, related_name="+")
    centrality = models.FloatField(default=0.0)

    class Meta:
        ordering = ["approach", "-centrality", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["approach", "paragraph"], name="a_paragraph_once_per_approach")
        ]

    def __str__(self) -> str:
        return f"paragraph {self.paragraph_id} in {self.approach_id}"


class Sentence(models.Model):
    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="sentences")
    position = models.PositiveSmallIntegerField()
    block = models.PositiveSmallIntegerField(default=0)  # the numbered paragraph of the section it is in
    text = models.TextField()
    sources = models.ManyToManyField("library.Paragraph", related_name="+", blank=True)

    class Meta:
        ordering = ["section", "position"]

    def __str__(self) -> str:
        return self.text
