"""Spec files for tests: the bundled Phang et al. spec with a small tier of the test's own."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def spec_with_tier(path: Path, tier_toml: str) -> Path:
    """Write the bundled spec plus ``tier_toml`` (a ``[tiers.NAME]`` table) to ``path``."""
    text = resources.files("replicate.specs").joinpath("phang2020.toml").read_text("utf-8")
    path.write_text(text + tier_toml, "utf-8")
    return path
