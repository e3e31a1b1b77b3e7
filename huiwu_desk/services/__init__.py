"""Use cases. Each runs in one unit of work, appends ops and returns a Changes record."""
