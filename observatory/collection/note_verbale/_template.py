"""Templates of the body of a note verbale: Django template language, restricted, rendered to paragraphs.

A template is text. Paragraphs are separated by blank lines; a line break inside a paragraph reads as a
space (as nothing next to a Chinese character). ``{{ name }}`` inserts a placeholder, ``{% if name %}…
{% elif %}…{% else %}…{% endif %}`` shows a passage only when a field is filled in, ``{# … #}`` and
``{% comment %}`` are notes for the editor. ``{{ questions }}`` stands alone in its paragraph and becomes
the numbered questions. Nothing else (no other tag, no attribute lookup, only a few filters): the
Secretariat edits these texts, and a template must not be able to read anything but the note.

The template is rendered as plain text (autoescape off) and split into paragraphs; each paragraph is
escaped when the HTML is written. Escaping after splitting, rather than autoescaping inside the engine,
means a field can never be read as markup in either format and entities never reach the DOCX.
"""

from __future__ import annotations

import functools
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from django.template import Context, Engine, TemplateSyntaxError
from django.template.base import FilterExpression, Template, TextNode, Variable, VariableNode
from django.template.defaulttags import CommentNode, IfNode

from observatory.core.errors import InvalidInput

from ._model import DEFAULT_ADDRESSEES, NoteVerbale, clean
from ._text import LANGUAGES, format_articles, format_date, join_list

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "note_verbale"

#: Every placeholder a template may use, with what it holds (shown to the editor).
PLACEHOLDERS = {
    "reference": "the symbol of this note verbale (CU 2026/123/DTA/CEB/CSS)",
    "date": "the date of this note, written in its language",
    "addressees": "to whom it is sent, as it reads after “presents its compliments to”",
    "title": "the title of the call for information",
    "articles": "the articles of the Convention cited, “of the Convention” included",
    "topics": "the topics of the call, as one list (“A, B and C”)",
    "questions": "the numbered questions; stands alone in its paragraph",
    "deadline": "the date by which States are asked to answer, written in the note's language",
    "portal_url": "the address of the answer form on the platform",
    "email": "the e-mail address for answers",
    "contact": "the Secretariat's contact for questions",
    "original_reference": "for a reminder: the symbol of the note it follows up (blank otherwise)",
    "original_date": "for a reminder: the date of that note (blank otherwise)",
}
#: Placeholders a note verbale of a call cannot do without.
REQUIRED = ("questions", "deadline")
ALLOWED_FILTERS = frozenset({"upper", "lower", "capfirst", "default"})
_QUESTIONS_ALONE = "{{ questions }} must stand alone in its paragraph, with a blank line before and after"
_ALLOWED_TAGS = "{% if %}, {% elif %}, {% else %}, {% endif %}, {% comment %} and {# … #}"

# Debug mode keeps line numbers on syntax errors; autoescape is off because escaping happens per
# paragraph when HTML is written (see the module docstring).
_ENGINE = Engine(debug=True, autoescape=False)

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")
# Han, kana, CJK punctuation and full-width forms: a line break next to them is no space.
_CJK = "\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
_CJK_BREAK = re.compile(rf"(?<=[{_CJK}])[ \t\r]*\n[ \t\r]*|[ \t\r]*\n[ \t\r]*(?=[{_CJK}])")


@dataclass(frozen=True)
class Block:
    """One paragraph of the body: ``kind`` is "paragraph" or "question" (then ``number`` is set)."""

    kind: str
    text: str
    number: int | None = None


class NoteVerbaleTemplateError(InvalidInput):
    """A template that cannot be used; ``details`` lists each problem with its line."""

    def __init__(self, problems: list[tuple[int | None, str]]):
        texts = [_problem_text(line, message) for line, message in problems]
        count = f"{len(texts)} problem{'s' if len(texts) != 1 else ''}"
        super().__init__(
            message=f"The note verbale template has {count}: " + "; ".join(texts),
            details=[{"line": line, "message": message} for line, message in problems],
            code="invalid_template",
        )


def default_template(language: str) -> str:
    """The default template of a language (ar, zh, en, fr, ru, es), to render or to start editing from."""
    if language not in LANGUAGES:
        raise InvalidInput(message=f"unknown language {language!r}; use one of {', '.join(LANGUAGES)}")
    return (DATA_DIR / f"{language}.txt").read_text(encoding="utf-8")


def validate_template(text: str) -> list[str]:
    """Every problem of a template, each naming its line and the placeholder or tag at fault; [] if
    the template can be used."""
    return [_problem_text(line, message) for line, message in _problems(text)]


def _problems(text: str) -> list[tuple[int | None, str]]:
    try:
        template = _compile(text)
    except TemplateSyntaxError as error:
        return [(_error_line(error), _syntax_message(error))]
    problems: list[tuple[int | None, str]] = []
    used: set[str] = set()
    _check_nodes(template.nodelist, problems, used)
    for name in REQUIRED:
        if name not in used:
            problems.append((None, f"the template never shows {{{{ {name} }}}}; add it"))
    if not any(message.startswith("the tag") for _, message in problems):
        # Only templates without forbidden tags are run. A trial run with every field filled in and one
        # with only the required ones catches what shows once rendered ({{ questions }} sharing its
        # paragraph with other text).
        for note in _samples():
            try:
                render_blocks(note, text)
            except NoteVerbaleTemplateError as error:
                problems += [(d["line"], d["message"]) for d in error.details]
                break
    return problems


def render_blocks(note: NoteVerbale, text: str | None = None) -> list[Block]:
    """The body of the note as paragraphs and numbered questions. ``text`` defaults to the language's
    template; a template with problems raises NoteVerbaleTemplateError."""
    if text is None:
        text = default_template(note.language)
    try:
        template = _compile(text)
    except TemplateSyntaxError as error:
        raise NoteVerbaleTemplateError([(_error_line(error), _syntax_message(error))]) from error
    # A random marker stands for the questions: no field value can forge it.
    marker = f"@@questions-{secrets.token_hex(8)}@@"
    rendered = template.render(Context(_context(note, marker), autoescape=False))
    questions = [q for q in (clean(q) for q in note.questions) if q]
    blocks: list[Block] = []
    for raw in _PARAGRAPH_BREAK.split(rendered):
        paragraph = clean(_CJK_BREAK.sub("", raw))
        if not paragraph:
            continue  # a passage left out by {% if %}
        if paragraph == marker:
            blocks += [Block("question", q, n) for n, q in enumerate(questions, start=1)]
        elif marker in paragraph:
            raise NoteVerbaleTemplateError([(None, _QUESTIONS_ALONE)])
        else:
            blocks.append(Block("paragraph", paragraph))
    return blocks


@functools.lru_cache(maxsize=64)
def _compile(text: str) -> Template:
    return _ENGINE.from_string(text)


# Latin text (a title, an address, a symbol) inside an Arabic sentence is set apart by a first-strong
# isolate (U+2068 … U+2069), so its punctuation does not wander to the other end of the phrase.
_LATIN = re.compile("[A-Za-z]")
_ISOLATED = ("title", "reference", "portal_url", "email", "contact", "original_reference", "topics")


def _context(note: NoteVerbale, marker: str) -> dict[str, str]:
    values = _values(note, marker)
    if note.language == "ar":
        for name in _ISOLATED:
            if _LATIN.search(values[name]):
                values[name] = f"\u2068{values[name]}\u2069"
    return values


def _values(note: NoteVerbale, marker: str) -> dict[str, str]:
    language = note.language
    return {
        "reference": clean(note.reference),
        "date": format_date(note.date, language),
        "addressees": clean(note.addressees) or DEFAULT_ADDRESSEES[language],
        "title": clean(note.title),
        "articles": format_articles(note.cited_articles, language),
        "topics": join_list([clean(t) for t in note.topics], language),
        "questions": marker if any(clean(q) for q in note.questions) else "",
        "deadline": format_date(note.deadline, language),
        "portal_url": clean(note.portal_url),
        "email": clean(note.email),
        "contact": clean(note.contact),
        "original_reference": clean(note.original_reference),
        "original_date": format_date(note.original_date, language) if note.original_date else "",
    }


def _check_nodes(nodelist, problems: list, used: set[str]) -> None:
    for node in nodelist:
        token = getattr(node, "token", None)
        line = getattr(token, "lineno", None)
        if isinstance(node, TextNode | CommentNode):
            continue
        if isinstance(node, VariableNode):
            _check_expression(node.filter_expression, line, problems, used)
        elif isinstance(node, IfNode):
            for condition, branch in node.conditions_nodelists:
                if condition is not None:
                    _check_condition(condition, line, problems, used)
                _check_nodes(branch, problems, used)
        else:
            name = token.split_contents()[0] if token is not None else type(node).__name__
            problems.append((line, f"the tag {{% {name} %}} is not allowed; use only {_ALLOWED_TAGS}"))


def _check_condition(condition, line, problems: list, used: set[str]) -> None:
    # {% if %} parses into literals (holding a FilterExpression) joined by operators (first, second).
    value = getattr(condition, "value", None)
    if isinstance(value, FilterExpression):
        _check_expression(value, line, problems, used)
        return
    for part in (getattr(condition, "first", None), getattr(condition, "second", None)):
        if part is not None:
            _check_condition(part, line, problems, used)


def _check_expression(expression: FilterExpression, line, problems: list, used: set[str]) -> None:
    _check_variable(expression.var, line, problems, used)
    for function, arguments in expression.filters:
        name = getattr(function, "_filter_name", function.__name__)
        if name not in ALLOWED_FILTERS:
            allowed = ", ".join(sorted(ALLOWED_FILTERS))
            problems.append((line, f"the filter |{name} is not allowed; use only {allowed}"))
        for is_variable, argument in arguments:
            if is_variable:
                _check_variable(argument, line, problems, used)
    if (
        isinstance(expression.var, Variable)
        and expression.var.lookups == ("questions",)
        and expression.filters
    ):
        problems.append((line, "{{ questions }} takes no filter: it becomes the numbered list"))


def _check_variable(variable, line, problems: list, used: set[str]) -> None:
    if not isinstance(variable, Variable) or variable.lookups is None:
        return  # a quoted string or a number
    name = variable.lookups[0]
    if name not in PLACEHOLDERS:
        known = ", ".join(PLACEHOLDERS)
        problems.append(
            (line, f"unknown placeholder {{{{ {variable.var} }}}}; the placeholders are: {known}")
        )
    elif len(variable.lookups) > 1:
        problems.append(
            (line, f"{{{{ {variable.var} }}}}: a placeholder has no parts; write {{{{ {name} }}}}")
        )
    else:
        used.add(name)


def _error_line(error: TemplateSyntaxError) -> int | None:
    info = getattr(error, "template_debug", None)
    return info.get("line") if info else None


def _syntax_message(error: TemplateSyntaxError) -> str:
    message = str(error).strip()
    if "is not a registered tag library" in message:
        return f"the tag {{% load %}} is not allowed; use only {_ALLOWED_TAGS}"
    if message.startswith("Invalid block tag"):
        return f"{message.split('. Did you')[0]}; use only {_ALLOWED_TAGS}"
    return message


def _problem_text(line: int | None, message: str) -> str:
    return f"line {line}: {message}" if line else message


@functools.cache
def _samples() -> tuple[NoteVerbale, ...]:
    import datetime as dt

    full = NoteVerbale(
        language="en",
        reference="CU 2026/1/DTA/CEB/CSS",
        date=dt.date(2026, 1, 15),
        title="Sample",
        deadline=dt.date(2026, 3, 31),
        articles=[7],
        topics=["sample"],
        questions=["Question one?", "Question two?"],
        portal_url="https://example.org/",
        email="sample@example.org",
        contact="Sample",
        original_reference="CU 2025/1/DTA/CEB/CSS",
        original_date=dt.date(2025, 12, 1),
    )
    minimal = NoteVerbale(
        language="en", reference="", date=dt.date(2026, 1, 15), title="", deadline=dt.date(2026, 3, 31)
    )
    return full, minimal
