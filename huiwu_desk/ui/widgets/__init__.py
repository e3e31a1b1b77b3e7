"""Generic widgets, not tied to one page."""
