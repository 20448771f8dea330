"""Test package, so shared helpers import as ``from tests.fakearxiv import FakeArxiv`` and
``from tests.pdfgen import make_paper``."""
