"""Reading the Convention and the topics taxonomy."""

from django.db.models import Prefetch, QuerySet

from .models import Article, Chapter, Topic


def chapters_with_articles() -> QuerySet[Chapter]:
    """The 8 chapters in order, each with its articles prefetched."""
    return Chapter.objects.prefetch_related(Prefetch("articles", queryset=Article.objects.order_by("number")))


def article_by_number(number: int) -> Article | None:
    """One article with its chapter and active topics, or None."""
    return (
        Article.objects.select_related("chapter")
        .prefetch_related(Prefetch("topics", queryset=Topic.objects.filter(is_active=True)))
        .filter(number=number)
        .first()
    )


def topic_tree() -> list[tuple[Topic, list[Topic]]]:
    """Active top-level topics in order, each with its active children (two queries)."""
    topics = list(Topic.objects.filter(is_active=True).prefetch_related("articles"))
    children: dict[int, list[Topic]] = {}
    for topic in topics:
        if topic.parent_id:
            children.setdefault(topic.parent_id, []).append(topic)
    return [(topic, children.get(topic.pk, [])) for topic in topics if topic.parent_id is None]
