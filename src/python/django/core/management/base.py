"""BaseCommand and its helpers: a command's parser, its output streams, its system checks.

A command's life from the command line (run_from_argv): its parser reads the arguments, the
checks its `requires_system_checks` names run (errors stop it with SystemCheckError, lesser
findings go to stderr), handle() runs and what it returns is written to stdout. A CommandError
is printed as "<Class>: <message>" on stderr and ends the process with its returncode.
"""

import argparse
import os
import sys

from django.core import checks

ALL_CHECKS = "__all__"


class CommandError(Exception):
    """A command could not do what it was asked: printed without a traceback."""

    def __init__(self, *args, returncode=1, **kwargs):
        Exception.__init__(self, *args, **kwargs)
        vars(self)["returncode"] = returncode  # the exit status run_from_argv ends with


class SystemCheckError(CommandError):
    """The system checks found an error: the command does not run."""


class CommandParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors become CommandError when a command is called from code."""

    def __init__(self, *, missing_args_message=None, called_from_command_line=None, **kwargs):
        self.missing_args_message, self.called_from_command_line = missing_args_message, called_from_command_line
        argparse.ArgumentParser.__init__(self, **kwargs)

    def parse_args(self, args=None, namespace=None):
        if not args and self.missing_args_message:  # only with no argument at all
            self.error(self.missing_args_message)
        return argparse.ArgumentParser.parse_args(self, args, namespace)

    def error(self, message):
        """From the command line: argparse's usage and exit (status 2); from code: CommandError."""
        if not self.called_from_command_line:
            raise CommandError(f"Error: {message}")
        argparse.ArgumentParser.error(self, message)


class DjangoHelpFormatter(argparse.HelpFormatter):
    """Help and usage list a command's own options before the ones every command has."""

    show_last = {"--version", "--verbosity", "--traceback", "--settings", "--pythonpath", "--no-color", "--force-color",
                 "--skip-checks"}

    def _reordered_actions(self, actions):
        return sorted(actions, key=lambda action: bool(self.show_last.intersection(action.option_strings)))

    def add_usage(self, usage, actions, *args, **kwargs):
        argparse.HelpFormatter.add_usage(self, usage, self._reordered_actions(actions), *args, **kwargs)

    def add_arguments(self, actions):
        argparse.HelpFormatter.add_arguments(self, self._reordered_actions(actions))


def handle_default_options(options):
    """--settings and --pythonpath take effect before the command runs."""
    module, folder = getattr(options, "settings", None), getattr(options, "pythonpath", None)
    if module:
        os.environ["DJANGO_SETTINGS_MODULE"] = module
    if folder:
        sys.path[:0] = [folder]


class OutputWrapper:
    """A stream that ends every write with `ending` (a newline) unless the text has it."""

    def __init__(self, out, ending="\n"):
        self._stream, self.ending, self.style_func = out, ending, None

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def flush(self):
        getattr(self._stream, "flush", lambda: None)()

    def isatty(self):
        return bool(getattr(self._stream, "isatty", lambda: False)())

    def write(self, msg="", style_func=None, ending=None):
        end = self.ending if ending is None else ending
        self._stream.write(msg if not end or msg.endswith(end) else msg + end)


#: The groups a check's findings are printed in, most serious first.
_GROUPS = (
    ("CRITICALS", checks.CRITICAL, None),
    ("ERRORS", checks.ERROR, checks.CRITICAL),
    ("WARNINGS", checks.WARNING, checks.ERROR),
    ("INFOS", checks.INFO, checks.WARNING),
    ("DEBUGS", None, checks.INFO),
)


def _in_group(message, low, high):
    return (low is None or message.level >= low) and (high is None or message.level < high)


def _issue_count(count):
    return "no issues" if count == 0 else "1 issue" if count == 1 else f"{count} issues"


#: The options every command has, after --version (--skip-checks only where checks run).
_EVERY_COMMANDS_OPTIONS = (
    (("-v", "--verbosity"), {"default": 1, "type": int, "choices": [0, 1, 2, 3],
                             "help": "Verbosity level; 0=minimal output, 1=normal output, 2=verbose output, 3=very verbose output"}),
    (("--settings",), {"help": "The Python path to a settings module."}),
    (("--pythonpath",), {"help": "A directory to add to the Python path."}),
    (("--traceback",), {"action": "store_true", "help": "Display a full stack trace on CommandError exceptions."}),
    (("--no-color",), {"action": "store_true", "help": "Don't colorize the command output."}),
    (("--force-color",), {"action": "store_true", "help": "Force colorization of the command output."}),
    (("--skip-checks",), {"action": "store_true", "help": "Skip system checks."}),
)


class BaseCommand:
    help = ""
    output_transaction = requires_migrations_checks = False
    requires_system_checks = ALL_CHECKS
    stealth_options = ("stdout", "stderr")
    suppressed_base_arguments = frozenset()

    def __init__(self, stdout=None, stderr=None, no_color=False, force_color=False):
        self.stdout, self.stderr = OutputWrapper(stdout or sys.stdout), OutputWrapper(stderr or sys.stderr)
        checks_named = self.requires_system_checks
        if checks_named != ALL_CHECKS and not isinstance(checks_named, (list, tuple)):
            raise TypeError("requires_system_checks must be a list or tuple.")

    def get_version(self):
        from django import get_version

        return get_version()

    def create_parser(self, prog_name, subcommand, **kwargs):
        options = {"formatter_class": DjangoHelpFormatter, **kwargs}
        made = CommandParser(
            prog=f"{os.path.basename(prog_name)} {subcommand}", description=self.help or None,
            missing_args_message=getattr(self, "missing_args_message", None),
            called_from_command_line=getattr(self, "_called_from_command_line", None), **options,
        )
        made.add_argument("--version", action="version", version=self.get_version())
        for flags, spec in _EVERY_COMMANDS_OPTIONS:
            if flags != ("--skip-checks",) or self.requires_system_checks:
                made.add_argument(*flags, **spec)
        self.add_arguments(made)
        return made

    def add_arguments(self, parser):
        """Subclasses add their own arguments here."""

    def run_from_argv(self, argv):
        vars(self)["_called_from_command_line"] = True
        parsed = self.create_parser(argv[0], argv[1]).parse_args(argv[2:])
        given = dict(vars(parsed))
        positional = given.pop("args", ())
        handle_default_options(parsed)
        try:
            self.execute(*positional, **given)
        except CommandError as exc:
            if given.get("traceback"):
                raise
            self.stderr.write(str(exc) if isinstance(exc, SystemCheckError) else f"{type(exc).__name__}: {exc}")
            sys.exit(exc.returncode)

    def execute(self, *args, **options):
        if options.get("force_color") and options.get("no_color"):
            raise CommandError("The --no-color and --force-color options can't be used together.")
        for stream in ("stdout", "stderr"):
            if options.get(stream):
                setattr(self, stream, OutputWrapper(options[stream]))
        named = self.requires_system_checks
        if named and not options.get("skip_checks"):
            self.check(tags=None if named == ALL_CHECKS else named)
        printed = self.handle(*args, **options)
        if printed:
            self.stdout.write(printed)
        return printed

    def check(self, app_configs=None, tags=None, display_num_errors=False, include_deployment_checks=False,
              fail_level=checks.ERROR, databases=None):
        """Run the system checks: SystemCheckError for a serious finding, the rest on stderr."""
        found = checks.run_checks(app_configs=app_configs, tags=tags, include_deployment_checks=include_deployment_checks,
                                  databases=databases)
        shown = [message for message in found if not message.is_silenced()]
        body = ""
        for name, low, high in _GROUPS:
            group = sorted(str(message) for message in shown if _in_group(message, low, high))
            if group:
                body += f"\n{name}:\n" + "\n".join(group) + "\n"
        header = "System check identified some issues:\n" if shown else ""
        counted = f"System check identified {_issue_count(len(shown))} ({len(found) - len(shown)} silenced)."
        footer = ("\n" if shown else "") + counted if display_num_errors else ""
        if any(message.is_serious(fail_level) for message in shown):
            raise SystemCheckError(f"SystemCheckError: {header}{body}{footer}")
        text = header + body + footer
        if text:
            (self.stderr if shown else self.stdout).write(text)

    def handle(self, *args, **options):
        raise NotImplementedError("subclasses of BaseCommand must provide a handle() method")
