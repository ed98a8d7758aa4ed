"""``sinmun run --engine ray`` on a small local Ray: the same records as the local engine."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import shared_path
from sinmun.cli import cli
from sinmun.io.writers import read_output

ray = pytest.importorskip("ray")
pytest.importorskip("ray.data")

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]


def canon(records: list[dict]) -> dict[str, str]:
    return {r["id"]: json.dumps(r, sort_keys=True, ensure_ascii=False) for r in records}


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    """Two CPUs: one actor extracting, room for the reading tasks (CI has 2 cores)."""
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A dozen devset pages (enough to cross part boundaries, small enough for CI)."""
    src = shared_path("devset", "pages")
    dest = tmp_path_factory.mktemp("pages")
    for p in sorted(src.glob("*.txt"))[:12]:
        (dest / p.name).write_bytes(p.read_bytes())
    return dest


def run(runner: CliRunner, *args: str) -> None:
    result = runner.invoke(cli, ["run", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output


def test_ray_jsonl_matches_local(local_ray: None, pages: Path, tmp_path: Path, runner: CliRunner) -> None:
    run(runner, str(pages), "-o", str(tmp_path / "local.jsonl"), "-q")
    run(runner, str(pages), "-o", str(tmp_path / "ray.jsonl"), "--engine", "ray", "--workers", "1", "-q")
    local, remote = read_output(tmp_path / "local.jsonl"), read_output(tmp_path / "ray.jsonl")
    assert [r["id"] for r in remote] == [r["id"] for r in local]  # input order kept
    assert canon(remote) == canon(local)
    again = runner.invoke(cli, ["run", str(pages), "-o", str(tmp_path / "ray.jsonl"), "--engine", "ray"])
    assert "nothing to do" in again.output


def test_ray_parquet_folder_matches_local(
    local_ray: None, pages: Path, tmp_path: Path, runner: CliRunner
) -> None:
    pytest.importorskip("pyarrow")
    run(runner, str(pages), "-o", str(tmp_path / "local.jsonl"), "-q")
    out = tmp_path / "out"
    run(
        runner,
        str(pages),
        "-o",
        f"{out}/",
        "--output-format",
        "parquet",
        "--engine",
        "ray",
        "--workers",
        "1",
        "-q",
    )
    manifest = json.loads((out / "manifest.json").read_text())
    parts = [out / p["part"] for p in manifest["parts"]]
    got = [r for p in parts for r in read_output(p)]
    assert manifest["records"] == len(got) == 12
    assert canon(got) == canon(read_output(tmp_path / "local.jsonl"))
