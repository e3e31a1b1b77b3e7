"""The one place that builds the engine, unit of work and desk context for an event file."""

from __future__ import annotations

from .adapters.db.eventfile import EventStore, backup, create_event, open_event

__all__ = ["EventStore", "backup", "create_event", "open_event"]
