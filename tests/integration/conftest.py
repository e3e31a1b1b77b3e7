"""Fixtures shared by the integration tests."""

from __future__ import annotations

import pytest

from tests.integration.sync_helpers import make_desks


@pytest.fixture
def desks(tmp_path):
    """Three desks of one event: the lead A1 and two joined from its bundle (B1, B2)."""
    stores = make_desks(tmp_path, 3)
    yield stores
    for s in stores:
        s.close()
