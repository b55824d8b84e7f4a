"""Fixtures for the phone tests (the helpers live in tests/phone_room.py)."""

import pytest
from phone_room import room, room_factory

__all__ = ["room", "room_factory"]


@pytest.fixture(autouse=True)
def _loopback(loopback_only: None) -> None:
    """Every phone test may use 127.0.0.1, and nothing further."""
