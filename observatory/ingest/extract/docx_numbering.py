"""The labels Word shows in front of numbered paragraphs, computed from the numbering part.

Word keeps the counters of a list definition (``w:abstractNum``) across all the list instances
(``w:num``) that use it; an instance that overrides a level's start (``w:lvlOverride/w:startOverride``)
restarts that level where it is first used. A level restarts whenever a higher level advances, unless
its ``w:lvlRestart`` says otherwise. The label is the level's ``w:lvlText`` with each ``%N`` replaced by
the counter of level N in that level's ``w:numFmt``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from docx.oxml.ns import qn

from observatory.ingest.extract.numbering import format_number

LEVELS = 9
_PLACEHOLDER = re.compile(r"%([1-9])")
_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")


@dataclass
class Level:
    """One level of a list definition."""

    start: int = 1
    number_format: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # w:lvlRestart: None = after any higher level, 0 = never
    legal: bool = False  # w:isLgl: every number of the label in decimal
    style: str | None = None  # the paragraph style linked to this level


@dataclass
class _Instance:
    definition: str
    overrides: dict[int, int] = field(default_factory=dict)  # level → start override
    replaced: dict[int, Level] = field(default_factory=dict)  # level → a level given in full


class ListNumbering:
    """Counters and labels for the numbered paragraphs of one document, fed in document order."""

    def __init__(self, numbering, style_lists: dict[str, str] | None = None) -> None:
        """``numbering`` is the ``w:numbering`` element (or None); ``style_lists`` maps a numbering
        style's id to the list instance it names, for definitions that only link to such a style."""
        self._definitions: dict[str, dict[int, Level]] = {}
        self._instances: dict[str, _Instance] = {}
        self._counters: dict[str, list[int | None]] = {}
        self._begun: set[str] = set()
        if numbering is None:
            return
        links: dict[str, str] = {}
        for definition in numbering.iterchildren(qn("w:abstractNum")):
            identifier = definition.get(qn("w:abstractNumId"))
            self._definitions[identifier] = {
                int(level.get(qn("w:ilvl"), "0")): _level(level)
                for level in definition.iterchildren(qn("w:lvl"))
            }
            link = definition.find(qn("w:numStyleLink"))
            if link is not None:
                links[identifier] = link.get(qn("w:val"))
        for instance in numbering.iterchildren(qn("w:num")):
            reference = instance.find(qn("w:abstractNumId"))
            if reference is None:
                continue
            entry = _Instance(definition=reference.get(qn("w:val")))
            for override in instance.iterchildren(qn("w:lvlOverride")):
                level = int(override.get(qn("w:ilvl"), "0"))
                start = override.find(qn("w:startOverride"))
                if start is not None:
                    entry.overrides[level] = _int(start.get(qn("w:val")), 1)
                replaced = override.find(qn("w:lvl"))
                if replaced is not None:
                    entry.replaced[level] = _level(replaced)
            self._instances[instance.get(qn("w:numId"))] = entry
        # A definition that links to a numbering style takes its levels from the list that style names.
        for identifier, style in links.items():
            target = self._instances.get((style_lists or {}).get(style, ""))
            if (
                target is not None
                and target.definition in self._definitions
                and target.definition != identifier
            ):
                self._definitions[identifier] = self._definitions[target.definition]

    def level_of_style(self, list_id: str, style_id: str) -> int:
        """The level of a list that a paragraph style is linked to (``w:lvl/w:pStyle``), else 0."""
        instance = self._instances.get(list_id)
        levels = self._definitions.get(instance.definition, {}) if instance else {}
        return next((number for number, level in levels.items() if level.style == style_id), 0)

    def label(self, list_id: str, level_number: int) -> str | None:
        """Advance the counter of a numbered paragraph and return the label Word shows for it.

        None when the list instance does not exist (Word shows no number then); "" when the level shows
        nothing. Bullets come back as their character, a symbol-font bullet as "•".
        """
        instance = self._instances.get(list_id)
        if instance is None or instance.definition not in self._definitions:
            return None
        level_number = min(max(level_number, 0), LEVELS - 1)
        levels = self._levels(instance)
        counters = self._counters.setdefault(instance.definition, [None] * LEVELS)
        if list_id not in self._begun:
            self._begun.add(list_id)
            for overridden in instance.overrides:
                counters[overridden] = None
        level = levels.get(level_number, Level())
        current = counters[level_number]
        counters[level_number] = (
            self._start(instance, level_number, level) if current is None else current + 1
        )
        for deeper in range(level_number + 1, LEVELS):
            restart = levels.get(deeper, Level()).restart
            if restart is None or (restart != 0 and level_number <= restart - 1):
                counters[deeper] = None
        if level.number_format == "bullet":
            return _PRIVATE_USE.sub("•", level.text) or "•"
        return _PLACEHOLDER.sub(
            lambda found: self._shown(instance, levels, counters, int(found.group(1)) - 1, level.legal),
            level.text,
        ).strip()

    def _levels(self, instance: _Instance) -> dict[int, Level]:
        levels = dict(self._definitions[instance.definition])
        levels.update(instance.replaced)
        return levels

    @staticmethod
    def _start(instance: _Instance, number: int, level: Level) -> int:
        return instance.overrides.get(number, level.start)

    def _shown(self, instance: _Instance, levels, counters, number: int, legal: bool) -> str:
        level = levels.get(number, Level())
        value = counters[number] if counters[number] is not None else self._start(instance, number, level)
        return format_number(value, "decimal" if legal else level.number_format)


def _level(element) -> Level:
    level = Level(text=f"%{_int(element.get(qn('w:ilvl')), 0) + 1}.")
    start = element.find(qn("w:start"))
    if start is not None:
        level.start = _int(start.get(qn("w:val")), 1)
    number_format = element.find(qn("w:numFmt"))
    if number_format is not None:
        level.number_format = number_format.get(qn("w:val"), "decimal")
    text = element.find(qn("w:lvlText"))
    if text is not None:
        level.text = text.get(qn("w:val"), "")
    restart = element.find(qn("w:lvlRestart"))
    if restart is not None:
        level.restart = _int(restart.get(qn("w:val")), None)
    legal = element.find(qn("w:isLgl"))
    level.legal = legal is not None and legal.get(qn("w:val"), "1") not in ("0", "false", "off")
    style = element.find(qn("w:pStyle"))
    if style is not None:
        level.style = style.get(qn("w:val"))
    return level


def _int(value, default):
    try:
        return int(value)
    except (TypeError, ValueError):
        return default
