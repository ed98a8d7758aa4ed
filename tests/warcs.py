"""Tiny WARC files built by hand for reader and CLI tests (no network, no warcio)."""

from __future__ import annotations

import gzip
from pathlib import Path

PAGE_HTML_TEXT = "광주시·경기도, 공동번영 이룬다"


def warc_record(
    kind: str, rid: str, payload: bytes, ctype: str = "application/http; msgtype=response"
) -> bytes:
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{rid}>\r\n"
        f"WARC-Target-URI: http://news.example.kr/{rid}\r\nWARC-Date: 2024-06-03T00:00:00Z\r\n"
        f"Content-Type: {ctype}\r\nContent-Length: {len(payload)}\r\n\r\n"
    ).encode()
    return head + payload + b"\r\n\r\n"


def http_response(body: bytes, ctype: str) -> bytes:
    return f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\n\r\n".encode() + body


def make_warc(path: Path, gz: bool) -> Path:
    html = f"<html><body><h1>{PAGE_HTML_TEXT}</h1><p>{PAGE_HTML_TEXT} 본문</p></body></html>".encode("cp949")
    records = [
        warc_record("warcinfo", "0", b"software: test\r\n", "application/warc-fields"),
        warc_record("request", "1", b"GET / HTTP/1.1\r\n\r\n", "application/http; msgtype=request"),
        warc_record("response", "2", http_response(html, "text/html; charset=euc-kr")),
        warc_record("response", "3", http_response(b"\x89PNG...", "image/png")),
    ]
    path.write_bytes(b"".join(gzip.compress(r) for r in records) if gz else b"".join(records))
    return path
