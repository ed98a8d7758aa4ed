"""Crawl-scale runs: the same per-document function over millions of records, resumable,
on all local cores (``local``) or on a Ray cluster (``ray_engine``)."""
