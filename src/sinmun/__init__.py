"""sinmun (신문): Korean news pages to structured article records.

>>> import sinmun
>>> art = sinmun.extract("광주시‧경기도, 공동번영 이룬다\\n...")
>>> art.to_dict()["schema"]
'sinmun/1'
"""

import logging

from .errors import DecodeError, DependencyError, DocumentTimeout, InputError, OptionError, SinmunError
from .options import DEFAULT, Options
from .pipeline import extract
from .record import SCHEMA, Article, LineLabel, Observation, Quote, Reporter

__version__ = "0.1.0"

__all__ = [
    "DEFAULT",
    "SCHEMA",
    "Article",
    "DecodeError",
    "DependencyError",
    "DocumentTimeout",
    "InputError",
    "LineLabel",
    "Observation",
    "OptionError",
    "Options",
    "Quote",
    "Reporter",
    "SinmunError",
    "extract",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
