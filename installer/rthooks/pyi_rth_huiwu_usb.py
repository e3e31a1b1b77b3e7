"""Runtime hook (installer/huiwu-desk.spec): pyusb finds the libusb-1.0 shipped in the bundle.

It takes the place of PyInstaller's own pyi_rth_usb, which imports pyusb's backends (with
ctypes, glob, logging …) at every start, some 40 ms before the window: here nothing is
imported until the desk first uses USB. Then ``usb.backend.libusb1`` looks for the library in
the bundle's folder first (libusb-1.0.so / libusb-1.0.dll, from libusb-package), else where
the system keeps it.
"""

import sys

_MODULE = "usb.backend.libusb1"


def _bundled(candidate):
    import os

    for name in ("libusb-1.0.dll",) if sys.platform == "win32" else ("libusb-1.0.so",):
        path = os.path.join(sys._MEIPASS, name)
        if os.path.isfile(path):
            return path
    import ctypes.util

    return ctypes.util.find_library(candidate)


class _Patching:
    """Runs the real loader, then makes the backend's default library lookup ``_bundled``."""

    def __init__(self, loader):
        self.loader = loader

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        self.loader.exec_module(module)
        original = module._load_library

        def load_library(find_library=None):
            return original(find_library or _bundled)

        module._load_library = load_library


class _Finder:
    def find_spec(self, fullname, path=None, target=None):
        if fullname != _MODULE:
            return None
        sys.meta_path.remove(self)
        import importlib.util

        spec = importlib.util.find_spec(fullname)
        if spec is not None and spec.loader is not None:
            spec.loader = _Patching(spec.loader)
        return spec


sys.meta_path.insert(0, _Finder())
