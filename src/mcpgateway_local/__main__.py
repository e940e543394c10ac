"""`python -m mcpgateway_local serve ...` (one line naming the `[local]` extra when it is missing)."""

import sys

from .entry import main

sys.exit(main())
