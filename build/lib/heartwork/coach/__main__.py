import sys

from heartwork.coach.cli import main

raise SystemExit(main(sys.argv[1:]))
