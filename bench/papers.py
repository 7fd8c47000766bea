"""How fast the background-paper workbench is built, and how well it finds the hand-made grouping.

1. **Agreement** with tests/fixtures/papers/approaches.json (44 submissions, 56 paragraphs in six
   languages, 8 approaches grouped by hand): adjusted Rand index of the approaches found, as the
   workbench finds them (languages' means taken out over the paper, then clustered article by article),
   and without taking the languages' means out; how many approaches land in one cluster with
   paragraphs of five or six languages.
2. **Speed** on a call with ``--submissions`` (default 150) published submissions holding ``--paragraphs``
   (default 5,000) paragraphs in six languages on articles 7, 8 and 9, made from the fixture's texts (each
   generated paragraph joins sentences of two of one approach's paragraphs, so the approaches are there
   to find). Embeddings are computed and stored first, as ingestion does; then, ``--runs`` times each
   (median printed, with min and max): finding the approaches (gather, read the vectors, cluster, label,
   store), the workbench selector, the workbench page over HTTP (Django's test client), and the paper
   exported as DOCX and as PDF (its sections not written, so drafted from every approach).

Aims (issue "Analysis"): the workbench for 150 submissions and 5,000 paragraphs in under 10 s on 2 cores;
exporting the paper in under 20 s.

Run: ``python bench/papers.py [--submissions 150] [--paragraphs 5000] [--runs 3]``. It works in a
throwaway SQLite database (``OBSERVATORY_VAR_DIR`` of its own) unless ``DATABASE_URL`` is set.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
FIXTURE = ROOT / "tests" / "fixtures" / "papers" / "approaches.json"


def _timed(function, runs: int) -> tuple[list[float], object]:
    seconds, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = function()
        seconds.append(time.perf_counter() - started)
    return seconds, result


def _line(name: str, seconds: list[float]) -> str:
    spread = f"(min {min(seconds):.2f}, max {max(seconds):.2f})"
    return f"  {name:<44} median {statistics.median(seconds):7.2f} s   {spread}"


def agreement() -> None:
    """Adjusted Rand index of the found approaches against the hand grouping."""
    import numpy as np
    from sklearn.metrics import adjusted_rand_score

    from observatory.papers import approaches
    from observatory.search.embeddings import get_embedder

    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    items = [(s["language"], p["approach"]) for s in data["submissions"] for p in s["paragraphs"]]
    texts = [p["text"] for s in data["submissions"] for p in s["paragraphs"]]
    vectors = get_embedder().embed(texts)
    article = {name: entry["article"] for name, entry in data["approaches"].items()}
    truth = [approach for _, approach in items]
    print(
        f"agreement with the hand grouping ({len(data['submissions'])} submissions, {len(items)} paragraphs)"
    )
    for centred in (True, False):
        rows = approaches.without_language(vectors, [lang for lang, _ in items]) if centred else vectors
        found = [""] * len(items)
        for number in sorted(set(article.values())):
            picked = [row for row, (_, name) in enumerate(items) if article[name] == number]
            for row, label in zip(picked, approaches.cluster(np.asarray(rows)[picked]), strict=True):
                found[row] = f"{number}/{label}"
        together = 0
        for name in set(truth):
            members = [row for row, value in enumerate(truth) if value == name]
            cluster = Counter(found[row] for row in members).most_common(1)[0][0]
            if len({items[row][0] for row in members if found[row] == cluster}) >= 5:
                together += 1
        how = "languages' means taken out" if centred else "raw vectors"
        print(
            f"  {how:<30} ARI {adjusted_rand_score(truth, found):.3f}   approaches found "
            f"{len(set(found))} (hand: {len(set(truth))}), "
            f"together in 5+ languages {together}/{len(set(truth))}"
        )


def populate(submissions: int, paragraphs: int) -> tuple[object, int]:
    """A closed call with its published submissions in the library, and the vectors stored."""
    import datetime
    import hashlib

    import numpy as np
    from django.db import transaction

    from observatory.accounts.models import Role
    from observatory.accounts.permissions import SYSTEM
    from observatory.accounts.services import create_user
    from observatory.collection.models import Call, CallStatus, Submission, SubmissionStatus
    from observatory.convention.models import Article
    from observatory.countries.models import State
    from observatory.library.models import (
        ArticleReference,
        Document,
        DocumentKind,
        LanguageVersion,
        Paragraph,
        Revision,
    )
    from observatory.search.embeddings import configured_name, get_embedder
    from observatory.search.models import SearchVector

    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    by_approach: dict[str, list[tuple[str, str]]] = {}
    for submission in data["submissions"]:
        for paragraph in submission["paragraphs"]:
            by_approach.setdefault(paragraph["approach"], []).append(
                (submission["language"], paragraph["text"])
            )
    names = sorted(by_approach)
    article_of = {name: data["approaches"][name]["article"] for name in names}
    article_ids = dict(Article.objects.values_list("number", "pk"))
    generator = random.Random(7)
    states = list(State.objects.order_by("iso3")[:submissions])
    per_document = paragraphs // len(states)
    officer = create_user(
        SYSTEM,
        username="bench-officer",
        password="a long bench passphrase",  # noqa: S106 - a throwaway database
        role=Role.SECRETARIAT,
    )
    with transaction.atomic():
        call = Call.objects.create(
            title_en="Asset declarations, conflicts of interest and public procurement",
            deadline=datetime.date(2031, 5, 27),
            status=CallStatus.CLOSED,
        )
        call.articles.set(Article.objects.filter(number__in=[7, 8, 9]))
        made = 0
        for number, state in enumerate(states):
            count = per_document + (1 if number < paragraphs - per_document * len(states) else 0)
            document = Document.objects.create(
                key=f"bench/{state.iso3.lower()}",
                kind=DocumentKind.SUBMISSION,
                title=f"{state.name_en}: answer",
                state=state,
                year=2031,
            )
            language = generator.choice(["ar", "zh", "en", "fr", "ru", "es"])
            version = LanguageVersion.objects.create(
                document=document, language=language, title=document.title
            )
            digest = hashlib.sha256(document.key.encode()).hexdigest()
            revision = Revision.objects.create(
                version=version,
                number=1,
                source_name="bench",
                format="md",
                file_sha256=digest,
                text_sha256=digest,
                paragraph_count=count,
            )
            rows, approaches = [], []
            for position in range(count):
                name = generator.choice(names)
                pool = [text for lang, text in by_approach[name] if lang == language] or [
                    t for _, t in by_approach[name]
                ]
                first, second = generator.choice(pool), generator.choice(by_approach[name])[1]
                sentences = [
                    s
                    for s in (first + " " + second).replace("。", "。\n").replace(". ", ".\n").split("\n")
                    if s
                ]
                generator.shuffle(sentences)
                text = " ".join(sentences[: max(2, len(sentences) // 2)])
                rows.append(
                    Paragraph(
                        revision=revision,
                        position=position,
                        pid=str(position + 1),
                        kind="paragraph",
                        number=str(position + 1),
                        text=text,
                        language=language,
                    )
                )
                approaches.append(name)
            created = Paragraph.objects.bulk_create(rows)
            ArticleReference.objects.bulk_create(
                ArticleReference(paragraph=p, article_id=article_ids[article_of[name]], text="art.")
                for p, name in zip(created, approaches, strict=True)
            )
            version.current = revision
            version.save(update_fields=["current"])
            Submission.objects.create(
                call=call, state=state, status=SubmissionStatus.PUBLISHED, library_document=document
            )
            made += count
    embedder = get_embedder()
    started = time.perf_counter()
    ids_texts = list(Paragraph.objects.filter(revision__source_name="bench").values_list("pk", "text"))
    vectors = embedder.embed([text for _, text in ids_texts])
    SearchVector.objects.bulk_create(
        [
            SearchVector(
                paragraph_id=pk, model=configured_name(), vector=np.asarray(v, dtype=np.float32).tobytes()
            )
            for (pk, _), v in zip(ids_texts, vectors, strict=True)
        ],
        batch_size=1000,
    )
    print(f"  {'embedding and storing (ingestion, once)':<44} {time.perf_counter() - started:7.2f} s")
    return call, officer, made


def speed(submissions: int, paragraphs: int, runs: int) -> None:
    from django.core.management import call_command
    from django.test import Client

    from observatory.papers import export, selectors, services

    call_command("migrate", verbosity=0)
    call_command("load_reference", stdout=open(os.devnull, "w"))  # noqa: SIM115 - articles and States
    print(
        f"workbench of a call with {submissions} submissions and {paragraphs:,} paragraphs, "
        f"{runs} runs, 2 cores"
    )
    call, officer, made = populate(submissions, paragraphs)
    paper = services.create_paper(officer, title="Bench paper", language="en", call=call)
    assert paper.paragraph_count == made, (paper.paragraph_count, made)
    found, _ = _timed(lambda: services.find_approaches(officer, paper), runs)
    read, bench = _timed(lambda: selectors.workbench(officer, paper), runs)
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(officer)
    page, response = _timed(lambda: client.get(f"/en/papers/{paper.pk}/"), runs)
    assert response.status_code == 200, response.status_code
    docx, (data, _) = _timed(lambda: export.paper_file(officer, paper, format="docx"), runs)
    pdf, (printed, _) = _timed(lambda: export.paper_file(officer, paper, format="pdf"), runs)
    sizes = [len(view.approaches) for view in bench.sections]
    print(f"  paragraphs gathered {paper.paragraph_count:,}; approaches per section {sizes}")
    print(_line("finding the approaches (gather, cluster, store)", found))
    print(_line("workbench selector", read))
    print(_line("workbench page over HTTP", page))
    print(_line(f"the paper as DOCX ({len(data) / 1e3:.0f} kB)", docx))
    print(_line(f"the paper as PDF ({len(printed) / 1e3:.0f} kB; aim: under 20 s)", pdf))
    total = statistics.median(found) + statistics.median(page)
    print(
        f"  {'finding + page (the aim: under 10 s)':<44} {total:7.2f} s   "
        f"page size {len(response.content) / 1e6:.1f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=150)
    parser.add_argument("--paragraphs", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        if "DATABASE_URL" not in os.environ:
            os.environ["OBSERVATORY_VAR_DIR"] = scratch
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "observatory.config.settings")
        import django

        django.setup()
        agreement()
        speed(args.submissions, args.paragraphs, args.runs)


if __name__ == "__main__":
    main()
