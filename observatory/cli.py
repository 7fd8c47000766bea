"""The ``observatory`` console command: Django's management commands under the project's own name.

``observatory migrate``, ``observatory serve``, ``observatory load-reference`` … Hyphenated names are
the commands' spelling on the command line; the modules behind them use underscores.
"""

import os
import sys


def main(argv: list[str] | None = None) -> None:
    """Run a management command, e.g. ``observatory load-reference``."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "observatory.config.settings")
    from django.core.management import execute_from_command_line

    args = list(sys.argv if argv is None else argv)
    args[0] = "observatory"
    if len(args) > 1 and not args[1].startswith("-"):
        args[1] = args[1].replace("-", "_")
    execute_from_command_line(args)


if __name__ == "__main__":
    main()
