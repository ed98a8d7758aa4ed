"""Typed errors. Every sinmun failure is a ``SinmunError`` with a stable ``reason`` code,
so the CLI can print one clean line and the batch layer can write an error record."""

from __future__ import annotations


class SinmunError(Exception):
    """Base class of every error sinmun raises on purpose."""

    reason = "error"
    stage = "extract"


class InputError(SinmunError, TypeError):
    """The input is not something sinmun can read (wrong type, not text)."""

    reason = "bad-input"
    stage = "input"


class DecodeError(SinmunError, ValueError):
    """Bytes that no supported encoding turns into text."""

    reason = "undecodable"
    stage = "decode"


class ParseError(SinmunError, ValueError):
    """A page sniffed as HTML that the HTML parser cannot read at all."""

    reason = "unparsable-html"
    stage = "segment"


class OptionError(SinmunError, ValueError):
    """An option value outside its allowed set."""

    reason = "bad-option"
    stage = "options"


class DependencyError(SinmunError, ImportError):
    """An optional dependency (extra) is needed for this feature but not installed."""

    reason = "missing-dependency"
    stage = "setup"

    def __init__(self, module: str, extra: str, feature: str) -> None:
        super().__init__(f"{feature} needs the optional package `{module}`: pip install 'sinmun[{extra}]'")
        self.module = module
        self.extra = extra


class DocumentTimeout(SinmunError, TimeoutError):
    """One document took longer than the per-document time limit."""

    reason = "timeout"
    stage = "extract"
