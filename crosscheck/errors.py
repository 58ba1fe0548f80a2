"""The errors crosscheck raises for its users, and the exit codes the CLI maps them to."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    CONFLICTS_FOUND = 1  # with --fail-on, when such conflicts exist
    USAGE = 2  # bad options, or no article could be read
    NOT_FOUND = 3  # `check`: nothing in the store is close enough to the claim


class CrosscheckError(Exception):
    """A problem the user can fix; the CLI prints its message on one line, no traceback."""

    exit_code = ExitCode.USAGE


class NoArticlesError(CrosscheckError):
    """None of the given inputs held a readable article; `problems` says why, input by input."""

    def __init__(self, message: str, problems: tuple = ()) -> None:
        super().__init__(message)
        self.problems = problems


class OutputError(CrosscheckError):
    """A report file could not be written."""


class StoreError(CrosscheckError):
    """A story store that cannot be opened, created or used as asked."""


class StoreLockedError(StoreError):
    """Another process is writing the store."""


class StoreVersionError(StoreError):
    """The store was written by a newer crosscheck."""


class CrosscheckWarning(UserWarning):
    """Something degraded but the run goes on (an unusable cache); the CLI prints it as one warning line."""
