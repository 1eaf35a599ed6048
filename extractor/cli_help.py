"""Help and version for every `extract` command: `-h`, `--version`, plain metavars, and a top-level
help that shows the main command's options (`extract FILE...` runs it without naming it)."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from typer.core import TyperCommand, TyperGroup

from extractor import __version__

HELP_OPTIONS = ["-h", "--help"]
MAIN_COMMAND = "run"


def _plain_metavars(params: list) -> list:
    """Help shows a flag bare and a value by its role (FILE, DATE), never a Python type like <list[Path]>."""
    for param in params:
        if param.param_type_name == "argument":
            param.display_type_rich = _no_type  # the name column (FILE, INPUT) already says what it is
        elif getattr(param, "is_flag", False) or getattr(param, "count", False):
            param.metavar = ""
        elif param.metavar is None:
            param.metavar = param.name.upper()
    return params


def _no_type(ctx: Any) -> None:
    return None


class Command(TyperCommand):
    """Every subcommand: `-h`, plain metavars."""

    def get_params(self, ctx: typer.Context) -> list:
        return _plain_metavars(super().get_params(ctx))


class DefaultToRun(TyperGroup):
    """`extract article.txt` runs the default command; `extract eval ...` a subcommand.

    Its help lists the main command's arguments and options as well as the subcommands."""

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in (*HELP_OPTIONS, "--version"):
            args = [MAIN_COMMAND, *args]
        return super().parse_args(ctx, args)

    def collect_usage_pieces(self, ctx: typer.Context) -> list[str]:
        return [piece for piece in (self.options_metavar, self.subcommand_metavar) if piece]

    def format_help(self, ctx: typer.Context, formatter: Any) -> None:
        ctx.meta["extract.help"] = True
        try:
            super().format_help(ctx, formatter)
        finally:
            ctx.meta.pop("extract.help", None)

    def get_params(self, ctx: typer.Context) -> list:
        own = super().get_params(ctx)
        if not ctx.meta.get("extract.help"):
            return _plain_metavars(own)
        main = self.commands[MAIN_COMMAND].get_params(ctx)
        names = {param.name for param in own}
        return _plain_metavars([*[p for p in main if p.name not in names], *own])


def _show_version(value: bool) -> None:
    if value:
        print(f"extract {__version__}")
        raise typer.Exit(0)


Version = Annotated[
    bool,
    typer.Option("--version", callback=_show_version, is_eager=True, help="Show the version and exit."),
]
