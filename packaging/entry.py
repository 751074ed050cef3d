"""The frozen app's entry point: the same ``rilis`` command as the installed package."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
