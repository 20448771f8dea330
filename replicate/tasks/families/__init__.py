"""Task families in code: which head reads a family's examples, how they become model inputs,
how they are batched and how predictions are scored. One module per family, each a class
registered under the spec's family names (``base.register``); ``get(name)`` finds it.
Examples are in the formats of ``replicate.tasks.base``; the tokenizer is whichever the
tier's model has (XLM-R's SentencePiece or the synthetic tiers' word-level one), so every
family works on both. Heads are transformers' own (``AutoModelFor*``).
"""

from __future__ import annotations

# Each module registers its family on import.
from replicate.tasks.families import classification, multiple_choice, retrieval, span_qa, tagging  # noqa: F401  (registers)
from replicate.tasks.families.base import TaskFamily, encoder_of, get, registered

__all__ = ["TaskFamily", "encoder_of", "get", "registered"]
