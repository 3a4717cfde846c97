"""The draft-reply command line: a Click app whose command groups load when invoked.

``main`` is the console script ``draft-reply`` (see :mod:`assistant.cli.app`).
"""

from assistant.cli.app import main

__all__ = ["main"]
