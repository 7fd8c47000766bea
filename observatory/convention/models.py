"""The Convention: its 8 chapters, 71 articles, and the topics taxonomy of corruption prevention."""

from django.db import models
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from observatory.core.languages import localized

# How chapters are numbered in the official texts: ordinal words in Arabic, Chinese numerals in Chinese,
# roman numerals elsewhere.
CHAPTER_NUMERALS = {
    "ar": ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن"),
    "zh-hans": ("一", "二", "三", "四", "五", "六", "七", "八"),
}


class TitledInSixLanguages(models.Model):
    """An official English title, and the other five official languages for an administrator to fill.

    Pages show the English title, marked as such, where a language's title is still blank.
    """

    title_en = models.CharField(_("title (English)"), max_length=300)
    title_ar = models.CharField(_("title (Arabic)"), max_length=300, blank=True)
    title_zh = models.CharField(_("title (Chinese)"), max_length=300, blank=True)
    title_fr = models.CharField(_("title (French)"), max_length=300, blank=True)
    title_ru = models.CharField(_("title (Russian)"), max_length=300, blank=True)
    title_es = models.CharField(_("title (Spanish)"), max_length=300, blank=True)

    class Meta:
        abstract = True

    @property
    def title(self):
        """The title in the active language (or English, marked as a fallback)."""
        return localized(self, "title")


class Chapter(TitledInSixLanguages):
    """A chapter of the Convention, I to VIII."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    roman = models.CharField(_("roman numeral"), max_length=8, unique=True)

    class Meta:
        ordering = ["number"]
        verbose_name = _("chapter")
        verbose_name_plural = _("chapters")

    def __str__(self) -> str:
        return f"Chapter {self.roman}. {self.title_en}"

    @property
    def label(self) -> str:
        """ "Chapter II" in the active language, numbered as the official text of that language is."""
        numerals = CHAPTER_NUMERALS.get(translation.get_language() or "en")
        numeral = numerals[self.number - 1] if numerals and 1 <= self.number <= len(numerals) else self.roman
        return gettext("Chapter %(numeral)s") % {"numeral": numeral}


class Article(TitledInSixLanguages):
    """An article of the Convention, 1 to 71."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    chapter = models.ForeignKey(Chapter, on_delete=models.PROTECT, related_name="articles")

    class Meta:
        ordering = ["number"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def __str__(self) -> str:
        return f"Article {self.number}. {self.title_en}"

    def get_absolute_url(self) -> str:
        return reverse("portal:article", args=[self.number])


class Topic(models.Model):
    """A node of the corruption-prevention taxonomy, mapped to the articles it concerns."""

    slug = models.SlugField(_("identifier"), max_length=80, unique=True)
    parent = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="children"
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    label_en = models.CharField(_("label (English)"), max_length=200)
    label_ar = models.CharField(_("label (Arabic)"), max_length=200, blank=True)
    label_zh = models.CharField(_("label (Chinese)"), max_length=200, blank=True)
    label_fr = models.CharField(_("label (French)"), max_length=200, blank=True)
    label_ru = models.CharField(_("label (Russian)"), max_length=200, blank=True)
    label_es = models.CharField(_("label (Spanish)"), max_length=200, blank=True)
    articles = models.ManyToManyField(Article, related_name="topics", blank=True)
    # Topics are retired, never deleted: later records (tags, submissions) keep pointing at them.
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["position", "slug"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self) -> str:
        return self.label_en

    @property
    def label(self):
        """The label in the active language (or English, marked as a fallback)."""
        return localized(self, "label")
