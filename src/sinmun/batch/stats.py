"""Counting what a run produced: pages, articles, errors by reason, line labels by rule.

Workers summarise each record (``summarize``, a small tuple) so the parent never re-reads
records; chunk markers store their chunk's counts so a resumed run reports whole-job totals.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

# Exit code when nearly every record failed (bad --text-field, wrong input kind, every
# page timing out): a crawl script must notice, yet 1 and 2 stay click's usage/errors.
EXIT_MOSTLY_FAILED = 3
# "Nearly everything": this share of records (or more) were error records.
MOSTLY_FAILED_SHARE = 0.9
# Label/rule pairs listed in the final summary (the full table is in the manifest).
TOP_RULES = 12

Summary = tuple[str, str | None, tuple[tuple[str, int], ...]]


def summarize(record: dict[str, Any]) -> Summary:
    """(kind, error reason, label/rule counts) of one output record."""
    if "error" in record:
        return ("error", record["error"].get("reason") or "error", ())
    rules = Counter(f"{x['label']}/{x['rule']}" for x in record.get("lines") or ())
    return ("article" if record.get("is_article") else "other", None, tuple(rules.items()))


@dataclass
class Stats:
    pages: int = 0
    articles: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    labels: Counter[str] = field(default_factory=Counter)

    def add(self, summary: Summary) -> None:
        kind, reason, rules = summary
        self.pages += 1
        if kind == "article":
            self.articles += 1
        elif kind == "error":
            self.errors[reason or "error"] += 1
        self.labels.update(dict(rules))

    def merge(self, other: Stats) -> None:
        self.pages += other.pages
        self.articles += other.articles
        self.errors.update(other.errors)
        self.labels.update(other.labels)

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "pages": self.pages,
            "articles": self.articles,
            "not_articles": self.pages - self.articles - self.error_count,
            "errors": dict(sorted(self.errors.items())),
            "labels": dict(self.labels.most_common()),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Stats:
        return cls(d["pages"], d["articles"], Counter(d["errors"]), Counter(d["labels"]))


def exit_code(stats: Stats) -> int:
    """0, or ``EXIT_MOSTLY_FAILED`` when nearly every record is an error record."""
    if stats.pages and stats.error_count >= MOSTLY_FAILED_SHARE * stats.pages:
        return EXIT_MOSTLY_FAILED
    return 0


def summary_lines(stats: Stats, seconds: float, processed: int, workers: int) -> list[str]:
    """The final report: totals, throughput of this run, errors by reason, top rules."""
    rate = processed / seconds if seconds > 0 else 0.0
    d = stats.to_dict()
    lines = [
        f"{stats.pages} pages: {stats.articles} articles, {d['not_articles']} not articles, "
        f"{stats.error_count} errors",
        f"this run: {processed} pages in {seconds:.1f} s ({rate:.1f} pages/s, {workers} workers)",
    ]
    if stats.errors:
        lines.append("errors: " + ", ".join(f"{k} {v}" for k, v in stats.errors.most_common()))
    if stats.labels:
        top = stats.labels.most_common(TOP_RULES)
        lines.append("labels by rule: " + ", ".join(f"{k} {v}" for k, v in top))
    return lines
