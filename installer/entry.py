"""The bundle's entry point (installer/huiwu-desk.spec): the same as ``python -m huiwu_desk``.

``launcher.main`` calls ``multiprocessing.freeze_support()`` first, so the sheet reader's and
a big sync's worker processes start as this executable.
"""

import sys

from huiwu_desk.launcher import main

if __name__ == "__main__":
    sys.exit(main())
