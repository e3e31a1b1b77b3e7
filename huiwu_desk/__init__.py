"""huiwu_desk — 会务报到台, an offline conference reception desk."""

__version__ = "0.1.0"
