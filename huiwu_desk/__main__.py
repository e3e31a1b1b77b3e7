"""`python -m huiwu_desk …` is the same as the `huiwu-desk` command."""

import sys

from huiwu_desk.launcher import main

sys.exit(main())
