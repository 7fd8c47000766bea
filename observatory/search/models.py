"""The search index: derived data, rebuilt from the library at any time (``observatory reindex``).

One ``SearchEntry`` per paragraph of a current revision, with what search filters on and the analysed
text (``observatory.search.analysis``). The full-text structures live beside it in the database and are
kept in step by the database itself, inside the same transaction as the library's own writes, so the
index never points at content that is gone or was never committed:
- SQLite: an FTS5 table over ``tokens`` with triggers (migration 0002);
- PostgreSQL: a generated ``tsvector`` column with a GIN index (migration 0002).
"""

from django.db import models


class SearchEntry(models.Model):
    paragraph = models.OneToOneField(
        "library.Paragraph", on_delete=models.CASCADE, primary_key=True, related_name="search_entry"
    )
    document = models.ForeignKey("library.Document", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=8, db_index=True)
    paragraph_kind = models.CharField(max_length=12)
    document_kind = models.CharField(max_length=20)
    visibility = models.CharField(max_length=20)
    year = models.PositiveSmallIntegerField(null=True)
    state = models.ForeignKey("countries.State", on_delete=models.SET_NULL, null=True, related_name="+")
    region = models.CharField(max_length=20, blank=True)  # regional group of the submitting State
    body = models.CharField(max_length=30, blank=True)  # library.bodies.Body
    session = models.CharField(max_length=40, blank=True)  # "irg/2016"
    tokens = models.TextField()

    class Meta:
        indexes = [models.Index(fields=["visibility", "language"])]

    def __str__(self) -> str:
        return f"search entry of paragraph {self.paragraph_id}"


class SearchLabel(models.Model):
    """A facet with several values per paragraph: the articles and chapters it cites, the topics of those
    articles, and the States it mentions. Filtering and counting use (facet, value)."""

    class Facet(models.TextChoices):
        ARTICLE = "article"
        CHAPTER = "chapter"
        TOPIC = "topic"
        MENTIONED = "mentioned"  # a State the paragraph names

    # Not indexed alone: the unique constraint below starts with it and covers the facet counts.
    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="labels", db_index=False)
    facet = models.CharField(max_length=12, choices=Facet.choices)
    value = models.CharField(max_length=80)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["entry", "facet", "value"], name="search_label_once"),
        ]
        indexes = [models.Index(fields=["facet", "value"])]

    def __str__(self) -> str:
        return f"{self.facet}={self.value} of paragraph {self.entry_id}"


class SearchVector(models.Model):
    """The embedding of a paragraph (float32, L2-normalised), with the model that made it: vectors of
    different models are never compared."""

    paragraph = models.OneToOneField(
        "library.Paragraph", on_delete=models.CASCADE, primary_key=True, related_name="search_vector"
    )
    model = models.CharField(max_length=60)
    vector = models.BinaryField()

    def __str__(self) -> str:
        return f"{self.model} vector of paragraph {self.paragraph_id}"


class SearchGeneration(models.Model):
    """A counter moved by every change to the index, in the same transaction: a process knows its cached
    vectors are current by reading one row."""

    value = models.PositiveBigIntegerField(default=0)

    def __str__(self) -> str:
        return f"search index generation {self.value}"


class SearchPending(models.Model):
    """A paragraph whose vector is still to be made: written with its entry, in the library's own
    transaction, and taken off by the index writer when the vector is stored."""

    entry = models.OneToOneField(SearchEntry, on_delete=models.CASCADE, primary_key=True, related_name="+")

    def __str__(self) -> str:
        return f"vector pending for paragraph {self.entry_id}"


class SearchWriterLease(models.Model):
    """Who writes vectors now. One row; a writer holds it while it renews it, so one process writes at a
    time, and a crashed writer's lease runs out and another takes over."""

    holder = models.CharField(max_length=120)
    expires_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"index writer {self.holder} until {self.expires_at:%H:%M:%S}"


class SearchChange(models.Model):
    """A paragraph whose search entry or labels changed, in the order of the changes: written by database
    triggers (SQLite, migration 0007) in the transaction of the change, and read by the index writer,
    which brings the tantivy index up to date from it. No foreign key: the entry may be gone."""

    id = models.BigAutoField(primary_key=True)
    paragraph_id = models.BigIntegerField()

    def __str__(self) -> str:
        return f"change {self.id} to paragraph {self.paragraph_id}"


class SearchIndexState(models.Model):
    """The identity of the lexical index's contents (one row): ``epoch`` changes when the index is
    rebuilt (and differs between databases), so an index folder made for another epoch is never read
    as current."""

    epoch = models.CharField(max_length=32)

    def __str__(self) -> str:
        return f"search index epoch {self.epoch}"
