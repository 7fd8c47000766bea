"""A published submission joins the library, so that search, article pages and country profiles find what
States reported the same way they find every other document.

On publication the answers of the published version are written out as a Markdown file (a heading per
question, then the answer's fields) and imported through the library's ordinary pipeline: each paragraph
gets its language detected, its references to articles found and its place in the search index. The
document takes the version's visibility. Answers the State restricted further than its submission are
left out of the document altogether: the library has one visibility per document, and an answer must
never be readable by more people than the State allowed.
"""

from __future__ import annotations

import re
import tempfile
from collections import Counter
from pathlib import Path

from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from observatory.accounts.permissions import SYSTEM
from observatory.convention.models import Article
from observatory.core.errors import InvalidInput
from observatory.core.wording import interface_code
from observatory.ingest.extract.textnorm import fold_spaces
from observatory.library.models import ArticleReference, Document, DocumentKind, LanguageVersion, Paragraph
from observatory.library.services import import_file
from observatory.search.services import index_document

from .filenames import library_file_name
from .models import VISIBILITY_RANK, Call, Implemented, Question, Submission, SubmissionVersion

# CommonMark lets any ASCII punctuation be escaped; escaping all of it means a State's text is read as
# text (never as a heading, a list, a link or HTML), and the reader gets the characters back unescaped.
_MARKDOWN_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")
FIELD_LABELS = {
    "measures": gettext_noop("Measures taken"),
    "examples": gettext_noop("Examples of implementation"),
    "challenges": gettext_noop("Challenges"),
}


def _escaped(text: str) -> str:
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", text)


def _paragraphs(text: str) -> list[str]:
    """A State's text as paragraphs: blank lines separate them, single line breaks stay inside."""
    blocks = re.split(r"\n\s*\n", (text or "").replace("\r\n", "\n").strip())
    return [_escaped(block.strip()) for block in blocks if block.strip()]


def _question_text(question: Question | None, answer: dict, language: str) -> str:
    if question is None:
        return answer["question_text"]
    return getattr(question, f"text_{language}", "") or question.text_en


def _question_article(question: Question | None) -> int | None:
    if question is None:
        return None
    if question.article_id:
        return question.article.number
    return question.checklist_item.article.number if question.checklist_item_id else None


def published_answers(version: SubmissionVersion) -> list[dict]:
    """The answers of a version that may go into its library document: those with the version's own
    visibility (none narrowed further by the State)."""
    ceiling = VISIBILITY_RANK[version.visibility]
    return [
        answer
        for answer in version.snapshot["answers"]
        if not answer["visibility"] or VISIBILITY_RANK[answer["visibility"]] <= ceiling
    ]


def main_language(answers: list[dict]) -> str:
    """The language most of the answers' text is written in (the document's language)."""
    weight: Counter = Counter()
    for answer in answers:
        weight[answer["language"]] += sum(len(answer[name]) for name in FIELD_LABELS) + 1
    return weight.most_common(1)[0][0] if weight else "en"


def library_text(call: Call, submission: Submission, version: SubmissionVersion) -> tuple[str, str]:
    """The Markdown text of a published version and its language. Headings are in the document's
    language where the interface has it; each answer keeps its own language."""
    answers = published_answers(version)
    language = main_language(answers)
    if submission.library_document_id:
        # A later version keeps the document's language: a second language version would leave the
        # earlier text current beside the new one.
        language = (
            LanguageVersion.objects.filter(document_id=submission.library_document_id)
            .values_list("language", flat=True)
            .first()
            or language
        )
    questions = {question.pk: question for question in call.questions.all()}
    interface = interface_code(language)
    with translation.override(interface):
        title = _("%(state)s: answer to %(call)s") % {
            "state": getattr(submission.state, f"name_{language}", "") or submission.state.name_en,
            "call": getattr(call, f"title_{language}", "") or call.title_en,
        }
        implemented = dict(Implemented.choices)
        lines = [f'---\ntitle: "{title.replace(chr(34), chr(39))}"\n---', "", f"# {_escaped(title)}", ""]
        for answer in answers:
            question = questions.get(answer["question"])
            lines += [f"## {_escaped(_question_text(question, answer, language))}", ""]
            if answer["implemented"]:
                lines += [_escaped(f"{_('Implemented')}: {implemented[answer['implemented']]}"), ""]
            for name, label in FIELD_LABELS.items():
                paragraphs = _paragraphs(answer[name])
                if paragraphs:
                    lines += [f"### {_escaped(_(label))}", "", *[f"{p}\n" for p in paragraphs]]
    return "\n".join(lines) + "\n", language


def publish_to_library(submission: Submission, version: SubmissionVersion) -> Document | None:
    """Import the published version's answers into the library (a new revision of the same document on
    a later publication) with the version's visibility, and link the submission to it. None when no
    answer may go into it (every answer narrowed, or only documents were submitted)."""
    call = submission.call
    answers = published_answers(version)
    if not any(answer[name].strip() for answer in answers for name in FIELD_LABELS):
        return None
    text, language = library_text(call, submission, version)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / library_file_name(call, submission.state, "answers.md")
        path.write_text(text, encoding="utf-8")
        # The Secretariat's permission to publish was checked by the caller; the import is the platform's.
        outcome = import_file(
            SYSTEM,
            path,
            kind=DocumentKind.SUBMISSION,
            language=language,
            state=submission.state,
            visibility=version.visibility,
        )
    if outcome.status == "failed":
        raise InvalidInput(message=outcome.reason, details=[{"field": "answers", "reason": outcome.reason}])
    document = Document.objects.get(key=outcome.key)
    changed_visibility = document.visibility != version.visibility
    if changed_visibility:
        # An unchanged text is not imported again, but a new version may have another visibility.
        document.visibility = version.visibility
        document.save(update_fields=["visibility", "updated_at"])
    if _tag_answers(document, call, language) or changed_visibility:
        index_document(document)
    submission.library_document = document
    submission.save(update_fields=["library_document"])
    return document


def _tag_answers(document: Document, call: Call, language: str) -> int:
    """Mark every paragraph of an answer as concerning the article of its question, so that a search
    narrowed to an article finds the answers and not only the question's heading. Returns how many
    references were added (none when the document was already tagged)."""
    articles = {}
    for question in call.questions.select_related("article", "checklist_item__article"):
        heading = fold_spaces(_question_text(question, {"question_text": question.text_en}, language))
        articles[heading] = _question_article(question)
    current = LanguageVersion.objects.filter(document=document).values("current_id")
    paragraphs = Paragraph.objects.filter(revision_id__in=current).order_by("revision", "position")
    tagged = set(
        ArticleReference.objects.filter(paragraph__in=paragraphs).values_list("paragraph_id", "article_id")
    )
    article_ids = dict(Article.objects.values_list("number", "pk"))
    current = None
    added = []
    for paragraph in paragraphs:
        if paragraph.kind == "heading" and paragraph.text in articles:
            current = articles[paragraph.text]
            continue
        if current is not None and (paragraph.pk, article_ids[current]) not in tagged:
            added.append(
                ArticleReference(paragraph=paragraph, article_id=article_ids[current], text=f"art. {current}")
            )
    ArticleReference.objects.bulk_create(added)
    return len(added)
