"""django.core.management: `manage.py <command>` as Django runs it, for the commands our tree has.

A command is a module `<package>.management.commands.<name>` defining `Command`; Django's own
package comes first, then each installed app's (the last app naming a command wins). Running:
the settings are read and Django set up, the command found (or "Unknown command"), its parser
built, its system checks run, then its handle().
"""

import difflib
import functools
import os
import pkgutil
import sys
from importlib import import_module

from django._process import forgotten_by_new_process
from django.core.management.base import BaseCommand, CommandError, CommandParser, handle_default_options  # noqa: F401

#: The commands of Django itself, by name (only their names are used here: the suggestion after
#: "Unknown command"); the engine runs the commands that have a module in our tree.
DJANGO_COMMAND_NAMES = (
    "check", "compilemessages", "createcachetable", "dbshell", "diffsettings", "dumpdata", "flush",
    "inspectdb", "loaddata", "makemessages", "makemigrations", "migrate", "optimizemigration",
    "runserver", "sendtestemail", "shell", "showmigrations", "sqlflush", "sqlmigrate",
    "sqlsequencereset", "squashmigrations", "startapp", "startproject", "test", "testserver",
)


def find_commands(management_dir):
    """The command names of a `management` folder (the modules of its `commands` package)."""
    folder = os.path.join(management_dir, "commands")
    return [module.name for module in pkgutil.iter_modules([folder]) if not module.ispkg and not module.name.startswith("_")]


def load_command_class(app_name, name):
    """An instance of the Command class of `app_name`'s command `name`."""
    return import_module(f"{app_name}.management.commands.{name}").Command()


@functools.cache
def get_commands():
    """{command name: the package that provides it}, Django's first, then the installed apps'."""
    found = {name: "django.core" for name in DJANGO_COMMAND_NAMES}
    from django.apps import apps
    from django.conf import settings

    if settings.configured is False:
        return found
    for config in reversed(apps.get_app_configs()):  # the first app listed has the last word
        for name in find_commands(os.path.join(config.path, "management")):
            found[name] = config.name
    return found


@forgotten_by_new_process
def _forget_commands():
    get_commands.cache_clear()  # the next project installs other apps


def call_command(command_name, *args, **options):
    """Run a command as code does (no sys.exit): options by their dest names."""
    given_instance = isinstance(command_name, BaseCommand)
    if given_instance:
        command, command_name = command_name, type(command_name).__module__.rpartition(".")[2]
    elif command_name in get_commands():
        command = _runnable(get_commands()[command_name], command_name)
    else:
        raise CommandError(f"Unknown command: {command_name!r}")
    parser = command.create_parser("", str(command_name))
    by_dest = {action.dest: action for action in parser._actions}
    names = {flag.lstrip("-").replace("-", "_"): action.dest for action in parser._actions for flag in action.option_strings}
    given = {names.get(key, key): value for key, value in options.items()}
    unknown = sorted(set(given) - set(by_dest) - {"stdout", "stderr", "skip_checks"})
    if unknown:
        raise TypeError(  # noqa: a fact's wording
            f"Unknown option(s) for {command_name} command: {', '.join(unknown)}. "
            f"Valid options are: {', '.join(sorted(by_dest))}."
        )
    defaults = parser.parse_args([str(a) for a in args])
    values = {**vars(defaults), **given}
    positional = values.pop("args", ())
    values.setdefault("skip_checks", True)
    return command.execute(*positional, **values)


def _runnable(app_name, name):
    if app_name == "django.core":  # named by Django, not in our tree
        raise CommandError(f"The {name!r} command is not available in this course's Django.")
    return load_command_class(app_name, name)


class ManagementUtility:
    """What `manage.py` (django-admin) does with its command line."""

    def __init__(self, argv=None):
        self.argv = list(sys.argv if argv is None else argv)
        self.prog_name = os.path.basename(self.argv[0]) if self.argv else "manage.py"
        self.prog_name = {"__main__.py": "python -m django"}.get(self.prog_name, self.prog_name)

    def fetch_command(self, subcommand):
        known = get_commands()
        if subcommand not in known:
            from django.conf import settings

            if "DJANGO_SETTINGS_MODULE" in os.environ and os.environ["DJANGO_SETTINGS_MODULE"]:
                getattr(settings, "INSTALLED_APPS")  # a settings module that fails says so here
            elif settings.configured is False:
                sys.stderr.write("No Django settings specified.\n")
            close = difflib.get_close_matches(subcommand, known)
            sys.stderr.write(f"Unknown command: {subcommand!r}")
            if close:
                sys.stderr.write(f". Did you mean {close[0]}?")
            sys.stderr.write(f"\nType '{self.prog_name} help' for usage.\n")
            sys.exit(1)
        return _runnable(known[subcommand], subcommand)

    def execute(self):
        subcommand = self.argv[1] if len(self.argv) > 1 else "help"
        import django
        from django.conf import settings
        from django.core.exceptions import ImproperlyConfigured

        try:
            getattr(settings, "INSTALLED_APPS")
        except (ImproperlyConfigured, ImportError):
            pass  # told again when the command is looked up
        if settings.configured is True:
            django.setup()
        command = self.fetch_command(subcommand)
        command.run_from_argv(self.argv)


def execute_from_command_line(argv=None):
    """Run a ManagementUtility: what manage.py calls."""
    ManagementUtility(argv).execute()
