"""The window: the only package that imports PySide6.

Kept import-free so that ``huiwu_desk.launcher`` can read ``ui.prefs`` without loading Qt.
"""
