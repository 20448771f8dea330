"""replicate: rerun a paper's experiments and say which of its numeric claims reproduce."""

__version__ = "0.1.0"
