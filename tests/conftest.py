"""Shared fixtures: the repository, the seeds, the shared evaluation data."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "content" / "sources"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "data").is_dir():
        pytest.skip("../shared/data is absent (it exists only in the team's workspace, not on GitHub)")
    return SHARED


def seed_paths() -> list[Path]:
    return sorted(SOURCES.glob("*.txt"))
