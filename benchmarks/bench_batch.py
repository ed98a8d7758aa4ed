"""Batch throughput and memory: `sinmun run` with 1 and 2 local workers, and on a local Ray.

Side by side on the same corpus (devset pages and the text of the HTML pages, repeated to
``--records`` JSONL records with unique ids):

- in-process loop: ``process()`` over the records in one Python loop (no pool, no I/O
  overhead): the ceiling of one core
- local engine, 1 and 2 workers: scaling efficiency = (pages/s with 2) / (2 x pages/s with 1)
- Ray engine (a local Ray started by the run), 1 and 2 actors

Each run is ``sinmun run corpus.jsonl -o out.jsonl --fresh -q`` in a subprocess; wall time
includes start-up (worker spawn; Ray's start for the Ray runs). Peak memory is the largest
resident set of any extraction worker (the ``multiprocessing`` children that run
``process()``), sampled from /proc every 0.1 s. Not a test: figures depend on the machine
and on what else runs on it, so the script prints the conditions with the numbers.

    python benchmarks/bench_batch.py --shared ../shared [--records 4000] [--no-ray]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "bench_batch.json"
# /proc sampling interval for peak memory (seconds).
SAMPLE_EVERY = 0.1
WORKER_MARK = "multiprocessing.spawn"


def build_corpus(shared: Path, records: int, dest: Path) -> int:
    """JSONL of real pages, cycled to ``records`` lines; returns the number of lines."""
    pages = sorted((shared / "devset" / "pages").glob("*.txt")) + sorted(
        (shared / "html" / "pages").glob("*")
    )
    texts = [p.read_bytes().decode("utf-8", "replace") for p in pages]
    with dest.open("w", encoding="utf-8") as fh:
        for i in range(records):
            fh.write(json.dumps({"id": f"b{i}", "text": texts[i % len(texts)]}, ensure_ascii=False) + "\n")
    return records


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            ppid = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(d.name))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        for c in children.get(p, []):
            out.append(c)
            todo.append(c)
    return out


def _rss_mb(pid: int) -> tuple[float, bool]:
    """(resident MB, is an extraction worker) of one process."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return 0.0, False
    kb = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)
    return kb / 1024, WORKER_MARK in cmd


def timed_run(args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Run one `sinmun run`, sampling worker memory; returns wall seconds and peak MB."""
    start = time.monotonic()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak_worker = peak_main = 0.0
    while proc.poll() is None:
        peak_main = max(peak_main, _rss_mb(proc.pid)[0])
        for pid in _descendants(proc.pid):
            mb, is_worker = _rss_mb(pid)
            if is_worker:
                peak_worker = max(peak_worker, mb)
        time.sleep(SAMPLE_EVERY)
    wall = time.monotonic() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{proc.stderr.read().decode()}")  # type: ignore[union-attr]
    return {
        "seconds": round(wall, 2),
        "peak_worker_mb": round(peak_worker, 1),
        "peak_main_mb": round(peak_main, 1),
    }


def in_process(corpus: Path) -> dict[str, float]:
    """The ceiling of one core: process() in a plain loop, records already parsed."""
    from sinmun.io.readers import iter_inputs
    from sinmun.io.records import process

    recs = list(iter_inputs([str(corpus)]))
    start = time.monotonic()
    for rec in recs:
        process(rec)
    return {"seconds": round(time.monotonic() - start, 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--records", type=int, default=4000)
    ap.add_argument("--no-ray", action="store_true", help="Skip the Ray runs.")
    opts = ap.parse_args()
    sinmun = [sys.executable, "-m", "sinmun", "run"]
    env = {**os.environ, "RAY_ENABLE_UV_RUN_RUNTIME_ENV": "0"}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        n = build_corpus(opts.shared, opts.records, corpus)
        out = str(Path(tmp) / "out.jsonl")
        runs: dict[str, dict[str, float]] = {"in-process loop (1 core)": in_process(corpus)}
        for k in (1, 2):
            runs[f"local, {k} worker(s)"] = timed_run(
                [*sinmun, str(corpus), "-o", out, "--fresh", "-q", "-w", str(k)], env
            )
        if not opts.no_ray:
            for k in (1, 2):
                args = [*sinmun, str(corpus), "-o", out, "--fresh", "-q", "-w", str(k), "--engine", "ray"]
                runs[f"ray, {k} actor(s)"] = timed_run(args, env)
    for r in runs.values():
        r["pages_per_s"] = round(n / r["seconds"], 1)
    one, two = runs["local, 1 worker(s)"]["pages_per_s"], runs["local, 2 worker(s)"]["pages_per_s"]
    result = {
        "records": n,
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.python_version()}",
        "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
        "runs": runs,
        "scaling_efficiency_2_workers": round(two / (2 * one), 2),
    }
    if "ray, 1 actor(s)" in runs:
        result["ray_vs_local_1_worker"] = round(runs["ray, 1 actor(s)"]["pages_per_s"] / one, 2)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    print(f"{n} records; {result['machine']}; load average at end {result['load_average_at_end']}")
    print("| run | seconds | pages/s | peak worker MB | peak main MB |\n|---|---|---|---|---|")
    for name, r in runs.items():
        print(
            f"| {name} | {r['seconds']} | {r['pages_per_s']} | {r.get('peak_worker_mb', '-')} "
            f"| {r.get('peak_main_mb', '-')} |"
        )
    print(f"scaling efficiency (2 workers): {result['scaling_efficiency_2_workers']}")
    if "ray_vs_local_1_worker" in result:
        print(f"ray / local, 1 worker: {result['ray_vs_local_1_worker']}")


if __name__ == "__main__":
    main()
