"""crosscheck: which outlets say what, whom they got it from, and where their numbers disagree.

    from crosscheck import analyze
    report = analyze(["seeds/"])
"""

from __future__ import annotations

__all__ = ["analyze"]


def __getattr__(name: str):
    # The pipeline pulls in numpy, faiss and networkx: load it on first use, not on `import crosscheck`.
    if name == "analyze":
        from .pipeline import analyze

        return analyze
    raise AttributeError(name)
