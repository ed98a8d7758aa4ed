"""`sinmun run` on real pages and `sinmun eval` with its gate."""

import json
import subprocess
import sys

from conftest import EXAMPLES, shared_path
from sinmun import evaluation
from sinmun.cli import cli


def test_run_folder_gives_one_record_per_page(runner, tmp_path):
    out = tmp_path / "out.jsonl"
    res = runner.invoke(cli, ["run", str(EXAMPLES), "-o", str(out)], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    pages = sorted(p.stem for p in EXAMPLES.iterdir() if p.suffix == ".txt")
    assert sorted(r["id"] for r in recs) == pages


def test_run_jsonl_with_bad_rows_accounts_for_every_row(runner, tmp_path):
    src = tmp_path / "in.jsonl"
    good = (EXAMPLES / "wire_article.txt").read_text(encoding="utf-8")
    src.write_text(
        "\n".join(
            [
                json.dumps({"id": "a", "text": good, "url": "http://x/1"}, ensure_ascii=False),
                "{not json",
                json.dumps({"id": "b", "text": 42}),
                json.dumps({"id": "c"}),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    res = runner.invoke(cli, ["run", str(src), "-o", str(out)])
    assert res.exit_code in (0, 1), res.output
    recs = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert set(recs) == {"a", "in.jsonl:2", "b", "c"}
    assert recs["a"]["press"] == "연합뉴스"
    assert recs["a"]["url"] == "http://x/1"
    assert recs["in.jsonl:2"]["error"]["stage"] == "input"
    assert recs["b"]["error"]["reason"] == "bad-text"
    assert recs["c"]["error"]["reason"] == "missing-text"


def test_devset_run_then_official_scorer(tmp_path):
    """The issue's bar command, end to end through the installed console script."""
    pages = shared_path("devset", "pages")
    out = tmp_path / "pred.jsonl"
    subprocess.run(
        [sys.executable, "-m", "sinmun", "run", str(pages), "-o", str(out)], check=True, capture_output=True
    )
    score = subprocess.run(
        [
            sys.executable,
            str(shared_path("devset", "score.py")),
            str(shared_path("devset", "gold")),
            str(out),
            "--json",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    m = json.loads(score.stdout)
    assert m["missing_predictions"] == 0
    assert m["weather_f1"] == 1.0
    assert m["published_false"] <= 0.05


def test_gate_refuses_regressions_and_lowering_floors():
    results = {"devset": {"body_f1": 0.90, "published_false": 0.02}}
    prints = {"devset": "abc"}
    gate = {"devset": {"fingerprint": "abc", "floors": {"body_f1": 0.95, "published_false": 0.0}}}
    failures = evaluation.check_gate(results, prints, gate)
    assert any("body_f1" in f for f in failures)
    assert any("published_false" in f for f in failures)
    new, refused = evaluation.updated_gate(results, prints, gate, allow_regression=False)
    assert new["devset"]["floors"]["body_f1"] == 0.95
    assert refused
    new, refused = evaluation.updated_gate(results, prints, gate, allow_regression=True)
    assert new["devset"]["floors"]["body_f1"] == 0.90
    assert not refused


def test_gate_passes_within_epsilon_and_flags_changed_corpus():
    gate = {"devset": {"fingerprint": "abc", "floors": {"body_f1": 0.95}}}
    assert evaluation.check_gate({"devset": {"body_f1": 0.9498}}, {"devset": "abc"}, gate) == []
    assert evaluation.check_gate({"devset": {"body_f1": 0.96}}, {"devset": "zzz"}, gate)


def test_eval_command_prints_scorer_figures(runner, tmp_path):
    shared = shared_path()
    res = runner.invoke(cli, ["eval", "--shared", str(shared), "--suite", "devset"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    assert "body_f1" in res.output
    assert "line_acc" in res.output
