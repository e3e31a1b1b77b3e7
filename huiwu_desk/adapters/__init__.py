"""Adapters: the database, printers, spreadsheets and sync files plugged in at bootstrap."""
