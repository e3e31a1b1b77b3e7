"""Sync bundle files: a zip of a plain manifest and AES-256-GCM encrypted ops (shared/sync.md)."""
