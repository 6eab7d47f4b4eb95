"""A stacked bar chart as SVG shapes, drawn on the server: no scripts on staff pages.
The page shows the same numbers in a table for screen readers and for copying."""
from __future__ import annotations

from dataclasses import dataclass, field

# Colours with at least 4.5:1 contrast on white, told apart by the legend's order too.
PALETTE = ("#1d4ed8", "#b45309", "#047857", "#7e22ce", "#be123c", "#374151")
WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 720, 260, 40, 40, 10


@dataclass
class Block:
    x: float
    y: float
    width: float
    height: float
    colour: str
    title: str


@dataclass
class Chart:
    width: int = WIDTH
    height: int = HEIGHT
    blocks: list[Block] = field(default_factory=list)
    labels: list[tuple[float, str]] = field(default_factory=list)  # (x, week label)
    ticks: list[tuple[float, int]] = field(default_factory=list)  # (y, value)
    legend: list[tuple[str, str]] = field(default_factory=list)  # (colour, name)
    baseline: float = HEIGHT - BOTTOM


def stacked(columns: list[tuple[str, dict[str, int]]], series: list[str], names: dict[str, str]) -> Chart:
    """columns: (label, {series: value}); series in stacking order."""
    chart = Chart()
    colours = {name: PALETTE[index % len(PALETTE)] for index, name in enumerate(series)}
    chart.legend = [(colours[name], names.get(name, name)) for name in series]
    tallest = max([sum(values.values()) for _, values in columns] + [1])
    step = -(-tallest // 4)  # four whole-number steps up to at least the tallest bar
    top = step * 4
    plot_height = HEIGHT - BOTTOM - TOP
    slot = (WIDTH - LEFT) / max(1, len(columns))
    for tick in range(5):
        value = tick * step
        chart.ticks.append((HEIGHT - BOTTOM - plot_height * value / top, value))
    for index, (label, values) in enumerate(columns):
        x = LEFT + index * slot + slot * 0.15
        y = HEIGHT - BOTTOM
        for name in series:
            value = values.get(name, 0)
            if not value:
                continue
            height = plot_height * value / top
            y -= height
            chart.blocks.append(Block(round(x, 1), round(y, 1), round(slot * 0.7, 1), round(height, 1), colours[name],
                                      f"{label}: {names.get(name, name)} {value}"))
        chart.labels.append((round(x + slot * 0.35, 1), label))
    return chart
