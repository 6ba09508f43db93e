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
        self.returncode = returncode
        super().__init__(*args, **kwargs)


class SystemCheckError(CommandError):
    """The system checks found an error: the command does not run."""


class CommandParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors become CommandError when a command is called from code."""

    def __init__(self, *, missing_args_message=None, called_from_command_line=None, **kwargs):
        self.missing_args_message = missing_args_message
        self.called_from_command_line = called_from_command_line
        super().__init__(**kwargs)

    def parse_args(self, args=None, namespace=None):
        if self.missing_args_message and not (args or any(not arg.startswith("-") for arg in args or ())):
            self.error(self.missing_args_message)
        return super().parse_args(args, namespace)

    def error(self, message):
        if self.called_from_command_line:
            super().error(message)
        raise CommandError(f"Error: {message}")


class DjangoHelpFormatter(argparse.HelpFormatter):
    """Help and usage list a command's own options before the ones every command has."""

    show_last = {"--version", "--verbosity", "--traceback", "--settings", "--pythonpath", "--no-color", "--force-color",
                 "--skip-checks"}

    def _reordered_actions(self, actions):
        return sorted(actions, key=lambda action: bool(self.show_last.intersection(action.option_strings)))

    def add_usage(self, usage, actions, *args, **kwargs):
        super().add_usage(usage, self._reordered_actions(actions), *args, **kwargs)

    def add_arguments(self, actions):
        super().add_arguments(self._reordered_actions(actions))


def handle_default_options(options):
    """--settings and --pythonpath take effect before the command runs."""
    if getattr(options, "settings", None):
        os.environ["DJANGO_SETTINGS_MODULE"] = options.settings
    if getattr(options, "pythonpath", None):
        sys.path.insert(0, options.pythonpath)


class OutputWrapper:
    """A stream that ends every write with `ending` (a newline) unless the text has it."""

    def __init__(self, out, ending="\n"):
        self._out, self.ending, self.style_func = out, ending, None

    def __getattr__(self, name):
        return getattr(self._out, name)

    def flush(self):
        if hasattr(self._out, "flush"):
            self._out.flush()

    def isatty(self):
        return hasattr(self._out, "isatty") and self._out.isatty()

    def write(self, msg="", style_func=None, ending=None):
        end = self.ending if ending is None else ending
        if end and not msg.endswith(end):
            msg += end
        self._out.write(msg)


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


class BaseCommand:
    help = ""
    output_transaction = False
    requires_migrations_checks = False
    requires_system_checks = ALL_CHECKS
    stealth_options = ("stdout", "stderr")
    suppressed_base_arguments = set()
    _called_from_command_line = False

    def __init__(self, stdout=None, stderr=None, no_color=False, force_color=False):
        self.stdout = OutputWrapper(stdout or sys.stdout)
        self.stderr = OutputWrapper(stderr or sys.stderr)
        if not isinstance(self.requires_system_checks, (list, tuple)) and self.requires_system_checks != ALL_CHECKS:
            raise TypeError("requires_system_checks must be a list or tuple.")

    def get_version(self):
        import django

        return django.get_version()

    def create_parser(self, prog_name, subcommand, **kwargs):
        kwargs.setdefault("formatter_class", DjangoHelpFormatter)
        parser = CommandParser(
            prog=f"{os.path.basename(prog_name)} {subcommand}",
            description=self.help or None,
            missing_args_message=getattr(self, "missing_args_message", None),
            called_from_command_line=getattr(self, "_called_from_command_line", None),
            **kwargs,
        )
        parser.add_argument("--version", action="version", version=self.get_version())
        parser.add_argument(
            "-v", "--verbosity", default=1, type=int, choices=[0, 1, 2, 3],
            help="Verbosity level; 0=minimal output, 1=normal output, 2=verbose output, 3=very verbose output",
        )
        parser.add_argument("--settings", help="The Python path to a settings module.")
        parser.add_argument("--pythonpath", help="A directory to add to the Python path.")
        parser.add_argument("--traceback", action="store_true", help="Display a full stack trace on CommandError exceptions.")
        parser.add_argument("--no-color", action="store_true", help="Don't colorize the command output.")
        parser.add_argument("--force-color", action="store_true", help="Force colorization of the command output.")
        if self.requires_system_checks:
            parser.add_argument("--skip-checks", action="store_true", help="Skip system checks.")
        self.add_arguments(parser)
        return parser

    def add_arguments(self, parser):
        """Subclasses add their own arguments here."""

    def run_from_argv(self, argv):
        self._called_from_command_line = True
        options = self.create_parser(argv[0], argv[1]).parse_args(argv[2:])
        given = vars(options)
        positional = given.pop("args", ())
        handle_default_options(options)
        try:
            self.execute(*positional, **given)
        except CommandError as exc:
            if options.traceback:
                raise
            self.stderr.write(str(exc) if isinstance(exc, SystemCheckError) else f"{type(exc).__name__}: {exc}")
            sys.exit(exc.returncode)

    def execute(self, *args, **options):
        if options.get("force_color") and options.get("no_color"):
            raise CommandError("The --no-color and --force-color options can't be used together.")
        if options.get("stdout"):
            self.stdout = OutputWrapper(options["stdout"])
        if options.get("stderr"):
            self.stderr = OutputWrapper(options["stderr"])
        if self.requires_system_checks and not options.get("skip_checks"):
            tags = None if self.requires_system_checks == ALL_CHECKS else self.requires_system_checks
            self.check(tags=tags)
        output = self.handle(*args, **options)
        if output:
            self.stdout.write(output)
        return output

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
        footer = ""
        if display_num_errors:
            footer = ("\n" if shown else "") + f"System check identified {_issue_count(len(shown))} ({len(found) - len(shown)} silenced)."
        if any(message.is_serious(fail_level) for message in shown):
            raise SystemCheckError(f"SystemCheckError: {header}{body}{footer}")
        text = header + body + footer
        if text:
            (self.stderr if shown else self.stdout).write(text)

    def handle(self, *args, **options):
        raise NotImplementedError("subclasses of BaseCommand must provide a handle() method")
