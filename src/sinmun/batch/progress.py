"""Progress of a long run: a tqdm bar (pages/s, ETA) on a terminal, a plain log line every
``LOG_EVERY`` seconds otherwise (CI logs, nohup, a cluster job's stderr file).

The total is unknown up front (counting pages would mean reading the crawl twice), so it is
estimated from the share of input bytes read so far: pages read / share read.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

from tqdm import tqdm

from ..io.readers import ReadProgress

# Seconds between plain log lines when stderr is not a terminal.
LOG_EVERY = 30.0


def _eta(seconds: float) -> str:
    m, s = divmod(int(seconds), 60)
    h, m = divmod(m, 60)
    return f"{h}h{m:02d}m" if h else f"{m}m{s:02d}s"


class Progress:
    """Counts pages done and shows it; ``quiet`` shows nothing."""

    def __init__(self, reading: ReadProgress, quiet: bool = False, stream: TextIO | None = None) -> None:
        self.reading, self.stream = reading, stream or sys.stderr
        self.pages_read = 0  # records pulled from the readers (ahead of done)
        self.done = 0
        self.resumed = 0
        self.errors = 0
        self.start = self.last_log = time.monotonic()
        tty = not quiet and self.stream.isatty()
        self.bar = tqdm(total=None, unit=" pages", file=self.stream, dynamic_ncols=True) if tty else None
        self.log = not quiet and not tty

    def estimated_total(self) -> int | None:
        frac = self.reading.fraction()
        if not frac or not self.pages_read:
            return None
        return max(self.done, round(self.pages_read / frac))

    def skipped(self, n: int) -> None:
        """Pages of chunks finished by a previous run."""
        self.resumed += n
        self._advance(n)

    def processed(self, n: int, errors: int) -> None:
        self.errors += errors
        self._advance(n)

    def _advance(self, n: int) -> None:
        self.done += n
        total = self.estimated_total()
        if self.bar is not None:
            if total is not None:
                self.bar.total = total
            self.bar.set_postfix_str(f"errors {self.errors}", refresh=False)
            self.bar.update(n)
        elif self.log and time.monotonic() - self.last_log >= LOG_EVERY:
            self.last_log = time.monotonic()
            print(self.line(total), file=self.stream, flush=True)

    def line(self, total: int | None = None) -> str:
        """One plain status line: done, rate, estimated share and ETA."""
        secs = time.monotonic() - self.start
        fresh = self.done - self.resumed
        rate = fresh / secs if secs > 0 else 0.0
        parts = [f"sinmun run: {self.done} pages done", f"{rate:.1f} pages/s", f"{self.errors} errors"]
        if total:
            parts.append(f"~{100 * self.done / total:.0f}% of ~{total}")
            if rate > 0:
                parts.append(f"ETA {_eta((total - self.done) / rate)}")
        return ", ".join(parts)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
