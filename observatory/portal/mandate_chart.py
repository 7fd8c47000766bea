"""The geometry of the tracker's timeline: mandates by adopting session, stacked by status, as numbers
a template turns into SVG. No JavaScript and no chart library: the chart is a few rectangles, and the
page gives the same figures in a table."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from observatory.mandates.models import MandateStatus
from observatory.mandates.selectors import TimelineRow, session_name

PLOT_HEIGHT = 180
TOP, BOTTOM, LEFT, RIGHT = 12, 44, 44, 12
BAR, GAP = 34, 18


@dataclass
class Segment:
    """The mandates of one status in one bar."""

    status: str
    label: str
    count: int
    y: float
    height: float


@dataclass
class Bar:
    """One session's bar."""

    x: float
    width: float
    label: str  # short, under the bar ("7 · 2017")
    title: str  # the session's full name
    total: int
    segments: list[Segment] = field(default_factory=list)

    @property
    def centre(self) -> float:
        """Where the bar's label is centred."""
        return self.x + self.width / 2


@dataclass
class Chart:
    """The whole chart."""

    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int
    ticks: list[tuple[float, int]]  # (y, value)
    bars: list[Bar]
    statuses: list[tuple[str, str]]  # (status, label) of the statuses present, for the legend


def _step(maximum: int) -> int:
    """A round tick step giving about four ticks up to ``maximum``."""
    raw = max(maximum / 4, 1)
    power = 10 ** math.floor(math.log10(raw))
    for multiple in (1, 2, 5, 10):
        if raw <= multiple * power:
            return int(multiple * power)
    return int(10 * power)


def timeline_chart(rows: list[TimelineRow]) -> Chart | None:
    """The chart of these timeline rows, or None when there is nothing to draw."""
    if not rows:
        return None
    labels = dict(MandateStatus.choices)
    step = _step(max(row.total for row in rows))
    top_value = max(step, math.ceil(max(row.total for row in rows) / step) * step)
    scale = PLOT_HEIGHT / top_value
    baseline = TOP + PLOT_HEIGHT
    bars = []
    for index, row in enumerate(rows):
        bar = Bar(
            x=LEFT + GAP / 2 + index * (BAR + GAP),
            width=BAR,
            label=_short_label(row),
            title=session_name(row.body, row.session, row.year),
            total=row.total,
        )
        y = float(baseline)
        for status, count in row.counts:
            if count:
                height = count * scale
                y -= height
                # Rounded: the figures go into SVG attributes, where a tenth of a pixel is plenty.
                bar.segments.append(
                    Segment(
                        status=status,
                        label=str(labels[status]),
                        count=count,
                        y=round(y, 1),
                        height=round(height, 1),
                    )
                )
        bars.append(bar)
    present = {status for row in rows for status, count in row.counts if count}
    return Chart(
        width=int(LEFT + len(rows) * (BAR + GAP) + RIGHT),
        height=TOP + PLOT_HEIGHT + BOTTOM,
        left=LEFT,
        right=int(LEFT + len(rows) * (BAR + GAP)),
        top=TOP,
        bottom=baseline,
        ticks=[(round(baseline - value * scale, 1), value) for value in range(0, top_value + 1, step)],
        bars=bars,
        statuses=[(status, str(labels[status])) for status in MandateStatus.values if status in present],
    )


def _short_label(row: TimelineRow) -> str:
    if row.session is None:
        return str(row.year or "–")
    return f"{row.session} · {row.year}" if row.year else str(row.session)
