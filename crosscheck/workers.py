"""Where the per-article map runs: in this process, in local worker processes, or on a Dask cluster.

A runner takes a function of (chunk of items, context) and a list of items, and returns the
function's results for consecutive chunks, in order. Whatever runs it, the results are the same:
the functions are pure and the client puts the chunks back in input order.

dask is imported only by DaskRunner, which `--scheduler` or `--workers` choose.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from typing import Any, Protocol, TypeVar

from .errors import CrosscheckError

T = TypeVar("T")
R = TypeVar("R")
Work = Callable[[Sequence[T], Any], R]

# Below this many items a run stays in this process: starting a second process and loading the
# model there costs about as much as embedding fifty articles on one core.
PARALLEL_FROM = 50
CHUNKS_PER_WORKER = 4  # a few chunks per worker evens out articles of unequal length
MIN_CHUNK = 8  # items; each chunk writes one cache shard, so chunks are not made tiny
CONNECT_TIMEOUT = "10s"  # to reach a Dask scheduler


class SchedulerError(CrosscheckError):
    """The Dask scheduler cannot be reached, or dask is not installed."""


class Runner(Protocol):
    workers: int

    def map(self, work: Work, items: Sequence[T], context: Any) -> list[R]: ...

    def close(self) -> None: ...


def chunks(items: Sequence[T], workers: int) -> list[Sequence[T]]:
    """Consecutive slices, about CHUNKS_PER_WORKER per worker and at least MIN_CHUNK items each."""
    size = max(MIN_CHUNK, -(-len(items) // (workers * CHUNKS_PER_WORKER)))
    return [items[i:i + size] for i in range(0, len(items), size)]


class InProcess:
    """Everything here, one chunk: the small runs, and any run given an embedder object to use."""

    workers = 1

    def map(self, work: Work, items: Sequence[T], context: Any) -> list[R]:
        return [work(items, context)] if items else []

    def close(self) -> None:
        pass


class LocalProcesses:
    """One process per core for large runs (forked: they start with what this process has loaded)."""

    def __init__(self, workers: int | None = None, parallel_from: int = PARALLEL_FROM) -> None:
        self.workers = workers or len(os.sched_getaffinity(0))
        self.parallel_from = parallel_from
        self._pool: Executor | None = None

    def map(self, work: Work, items: Sequence[T], context: Any) -> list[R]:
        if self.workers < 2 or len(items) < self.parallel_from:
            return InProcess().map(work, items, context)
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("fork"))
        parts = chunks(items, self.workers)
        return list(self._pool.map(work, parts, [context] * len(parts)))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)  # after an error or Ctrl-C, drop the chunks not started
            self._pool = None


class DaskRunner:
    """The map on dask.distributed: a scheduler's address (tcp://host:8786), or a LocalCluster of N workers.

    Workers need crosscheck installed and, for the reading stage, the input files at the same paths.
    """

    def __init__(self, address: str | None = None, workers: int | None = None) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:
            raise SchedulerError("--scheduler and --workers need dask: pip install 'crosscheck[dask]'") from exc
        self._cluster = None
        try:
            if address:
                self._client = Client(address, timeout=CONNECT_TIMEOUT)
            else:
                # one thread per worker process: the stages hold the GIL, and use-m3 uses one BLAS thread
                self._cluster = LocalCluster(n_workers=workers or 2, threads_per_worker=1, processes=True,
                                             dashboard_address=None)
                self._client = Client(self._cluster)
        except (OSError, TimeoutError, ValueError) as exc:
            raise SchedulerError(f"cannot reach the Dask scheduler {address}: {exc}") from exc
        self.workers = max(1, len(self._client.scheduler_info()["workers"]))

    def map(self, work: Work, items: Sequence[T], context: Any) -> list[R]:
        if not items:
            return []
        parts = chunks(items, self.workers)
        futures = self._client.map(work, parts, context=context, pure=False)
        return self._client.gather(futures)

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def runner_for(scheduler: str | None = None, workers: int | None = None) -> Runner:
    """Dask when asked for (an address, or a number of local workers), else local processes for large runs."""
    if scheduler or workers:
        return DaskRunner(scheduler, workers)
    return LocalProcesses()
