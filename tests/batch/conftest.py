"""The batch tests reuse the store tests' helpers (``store_fakes``)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "store"))
