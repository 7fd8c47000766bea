from django.contrib import admin

from observatory.core.admin_base import GuardedAdmin
from observatory.portal.admin_site import back_office

from .models import Article, Chapter, Topic

TITLE_FIELDS = ("title_en", "title_ar", "title_zh", "title_fr", "title_ru", "title_es")


@admin.register(Chapter, site=back_office)
class ChapterAdmin(GuardedAdmin):
    may_add = False  # the Convention has eight chapters
    list_display = ("roman", "title_en", "title_ar", "title_zh", "title_fr", "title_ru", "title_es")
    readonly_fields = ("number", "roman", "title_en")
    fields = ("number", "roman", *TITLE_FIELDS)


@admin.register(Article, site=back_office)
class ArticleAdmin(GuardedAdmin):
    may_add = False  # the Convention has 71 articles
    list_display = ("number", "title_en", "chapter", "has_all_titles")
    list_filter = ("chapter",)
    search_fields = ("title_en", "title_ar", "title_zh", "title_fr", "title_ru", "title_es")
    readonly_fields = ("number", "chapter", "title_en")
    fields = ("number", "chapter", *TITLE_FIELDS)

    @admin.display(boolean=True, description="Titled in six languages")
    def has_all_titles(self, obj) -> bool:
        return all(getattr(obj, name) for name in TITLE_FIELDS)


@admin.register(Topic, site=back_office)
class TopicAdmin(GuardedAdmin):
    list_display = ("label_en", "parent", "position", "is_active")
    list_filter = ("is_active", "parent")
    search_fields = ("slug", "label_en", "label_ar", "label_zh", "label_fr", "label_ru", "label_es")
    filter_horizontal = ("articles",)
    prepopulated_fields = {"slug": ("label_en",)}
    fields = (
        "slug",
        "parent",
        "position",
        "is_active",
        "label_en",
        "label_ar",
        "label_zh",
        "label_fr",
        "label_ru",
        "label_es",
        "articles",
    )
