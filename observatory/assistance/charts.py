"""The geometry of the register's dashboard charts, as numbers a template turns into SVG: horizontal bars
(needs by article, kind, region, status) and columns over time (open needs at the end of each month or
year). No JavaScript and no chart library; the page gives the same figures in a table beside each chart.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# Horizontal bars: labels on the left, bars, then the figure.
LABEL_WIDTH, PLOT_WIDTH, FIGURE_WIDTH = 230, 300, 48
ROW, BAR, TOP = 24, 16, 8
# Columns over time.
PLOT_HEIGHT, LEFT, RIGHT, BOTTOM, COLUMN, GAP = 160, 40, 12, 40, 22, 8
#: At most this many period labels under the columns (every n-th otherwise): they must not overlap.
MAX_LABELS = 14


@dataclass(frozen=True)
class HBar:
    """One row of a horizontal bar chart."""

    label: str
    count: int
    y: float  # top of the bar
    width: float
    text_y: float  # baseline of the label and the figure
    url: str = ""


@dataclass(frozen=True)
class HChart:
    """A horizontal bar chart."""

    width: int
    height: int
    label_width: int
    bars: list[HBar]


def bar_chart(rows: list[tuple[str, int, str]]) -> HChart | None:
    """The chart of (label, count, url) rows in the order given, or None when there is nothing to draw."""
    if not rows:
        return None
    largest = max(count for _label, count, _url in rows) or 1
    bars = []
    for index, (label, count, url) in enumerate(rows):
        y = TOP + index * ROW
        bars.append(
            HBar(
                label=label,
                count=count,
                y=y + (ROW - BAR) / 2,
                width=round(max(count / largest * PLOT_WIDTH, 1 if count else 0), 1),
                text_y=y + ROW / 2,
                url=url,
            )
        )
    return HChart(
        width=LABEL_WIDTH + PLOT_WIDTH + FIGURE_WIDTH,
        height=TOP * 2 + len(rows) * ROW,
        label_width=LABEL_WIDTH,
        bars=bars,
    )


@dataclass(frozen=True)
class Column:
    """One period's column."""

    x: float
    y: float
    height: float
    centre: float
    label: str  # under the column, or "" when thinned out
    title: str  # the period, always
    count: int


@dataclass(frozen=True)
class ColumnChart:
    """A column chart over time."""

    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int
    ticks: list[tuple[float, int]]
    columns: list[Column]


def _step(maximum: int) -> int:
    """A round tick step giving about four ticks up to ``maximum``."""
    raw = max(maximum / 4, 1)
    power = 10 ** math.floor(math.log10(raw))
    for multiple in (1, 2, 5, 10):
        if raw <= multiple * power:
            return int(multiple * power)
    return int(10 * power)


def column_chart(rows: list[tuple[str, int]]) -> ColumnChart | None:
    """The chart of (period, count) rows, or None when there is nothing to draw."""
    if not rows:
        return None
    largest = max(count for _label, count in rows)
    step = _step(max(largest, 1))
    top_value = max(step, math.ceil(largest / step) * step)
    scale = PLOT_HEIGHT / top_value
    baseline = TOP + PLOT_HEIGHT
    every = max(1, math.ceil(len(rows) / MAX_LABELS))
    columns = []
    for index, (label, count) in enumerate(rows):
        x = LEFT + GAP / 2 + index * (COLUMN + GAP)
        height = round(count * scale, 1)
        columns.append(
            Column(
                x=x,
                y=round(baseline - height, 1),
                height=height,
                centre=x + COLUMN / 2,
                label=label if index % every == 0 else "",
                title=label,
                count=count,
            )
        )
    right = int(LEFT + len(rows) * (COLUMN + GAP))
    return ColumnChart(
        width=right + RIGHT,
        height=baseline + BOTTOM,
        left=LEFT,
        right=right,
        top=TOP,
        bottom=baseline,
        ticks=[(round(baseline - value * scale, 1), value) for value in range(0, top_value + 1, step)],
        columns=columns,
    )
