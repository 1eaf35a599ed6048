"""`python -m extractor ...` runs the `extract` command (useful where the console script is not on PATH)."""

from extractor.cli import main

main()
