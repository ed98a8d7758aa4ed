"""The weather map: a real picture from observations, a clear error without the extra."""

from __future__ import annotations

import sys

import pytest

from sinmun.errors import DependencyError, OptionError
from sinmun.record import Observation
from sinmun.weather.map import render_map

OBS = (
    Observation("속초", 90, "맑음", 20.2, "2024-06-03", lat=38.2509, lon=128.5647),
    Observation("북춘천", 93, "구름조금", 25.1, "2024-06-03", inferred=True, lat=37.9474, lon=127.7544),
    Observation("제주", 184, None, -2.5, "2024-06-03", lat=33.5141, lon=126.5297),
    Observation("평양", None, "맑음", 19.0, "2024-06-03"),  # no station: listed as not drawn
)


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_map_file_is_written(tmp_path, suffix: str) -> None:
    pytest.importorskip("matplotlib")
    out = render_map(OBS, tmp_path / f"m{suffix}", title="test")
    data = out.read_bytes()
    assert len(data) > 20_000  # an outline of Korea, dots and labels, not an empty canvas
    if suffix == ".png":
        assert data.startswith(b"\x89PNG")
    else:
        assert b"<svg" in data[:500]


def test_empty_observations_still_draw_the_outline(tmp_path) -> None:
    pytest.importorskip("matplotlib")
    assert render_map((), tmp_path / "empty.png").stat().st_size > 10_000


def test_bad_suffix(tmp_path) -> None:
    with pytest.raises(OptionError, match=r"should end in one of"):
        render_map(OBS, tmp_path / "m.gif")


def test_missing_matplotlib_names_the_extra(tmp_path, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # makes `import matplotlib` fail
    with pytest.raises(DependencyError, match=r"sinmun\[map\]"):
        render_map(OBS, tmp_path / "m.png")


def test_labels_fall_back_to_romanised_names_without_a_hangul_font() -> None:
    from sinmun.weather.map import _name

    sokcho, unknown = OBS[0], OBS[3]
    assert _name(sokcho, None) == "Sokcho"  # name_en of 90 in the KMA table
    assert _name(unknown, None) == "?"
    assert _name(sokcho, object()) == "속초"
