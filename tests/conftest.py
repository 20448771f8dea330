"""Test-wide safety net: no test may reach the Hugging Face hub. Set before any test module
imports huggingface_hub or datasets, which read these variables at import time."""

import os

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["HF_DATASETS_OFFLINE"] = "1"
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
