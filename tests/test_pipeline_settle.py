"""``settle``: once per process, the objects loaded so far leave the cyclic collector's reach."""

from __future__ import annotations

import subprocess
import sys


def test_settle_freezes_once_per_process() -> None:
    # in a child process, so that this test's process keeps its collector as it was
    code = (
        "import gc; from marsad import pipeline\n"
        "kept = [[] for _ in range(1000)]\n"
        "assert gc.get_freeze_count() == 0\n"
        "pipeline.settle(); frozen = gc.get_freeze_count()\n"
        "assert frozen >= 1000, frozen\n"
        "more = [[] for _ in range(1000)]\n"
        "pipeline.settle(); assert gc.get_freeze_count() == frozen  # only the first call freezes\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr
