"""The SQLite event file: tables, unit of work, repositories, projection, migrations."""
