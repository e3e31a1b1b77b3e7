"""Doors (issue 18): scan points (``points``), a scan and its verdict (``scan``), what the
doors counted (``counts``: meals, attendance) and credits from attendance (``credits``)."""
