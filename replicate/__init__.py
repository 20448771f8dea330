"""replicate: rerun a paper's experiments and say which of its numeric claims reproduce.

A spec (``specs/<paper>.toml``) states the claims and the experiments that measure them;
``run`` plans the grid of cells, runs them through an executor into a run directory,
compares what was measured with what was claimed and writes the report. ``cli`` is the
``replicate`` command on top."""

__version__ = "0.1.0"
