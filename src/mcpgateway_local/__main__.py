"""`python -m mcpgateway_local serve ...`."""

import sys

from .cli import main

sys.exit(main())
