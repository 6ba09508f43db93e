"""`manage.py collectstatic`: every file the finders list, copied (or linked) into the
staticfiles storage (STATIC_ROOT), then post-processed by the storage if it can.

The finders are asked in STATICFILES_FINDERS order and each lists its files in its own order;
the first file for a destination path wins and later ones are counted as skipped. A target
that is not older than its source (to the second) is left alone. The summary line counts what
happened; verbosity 2 also tells each file.
"""

import os

from django._process import forgotten_by_new_process
from django.apps import apps
from django.contrib.staticfiles.finders import get_finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.storage import FileSystemStorage
from django.core.management.base import BaseCommand, CommandError

_CONFLICT = (
    "Found another file with the destination path '%s'. It will be ignored since only the first "
    "encountered file is collected. If this is not what you want, make sure every static file has a unique path."
)


#: The last collectstatic of this process (the course's panel shows which file came from where).
last_run = None


@forgotten_by_new_process
def _forget_last_run():
    global last_run
    last_run = None


def _counted(count, singular, plural=None):
    return f"{count} {singular if count == 1 else plural or singular + 's'}"


class Command(BaseCommand):
    """Copies or symlinks static files from different locations to the settings.STATIC_ROOT."""

    help = "Collect static files in a single location."
    requires_system_checks = ["staticfiles"]  # Tags.staticfiles

    def __init__(self, *args, **kwargs):
        BaseCommand.__init__(self, *args, **kwargs)
        for kept in ("copied", "symlinked", "unmodified", "post_processed", "skipped", "deleted"):
            setattr(self, f"{kept}_files", [])
        self.storage = staticfiles_storage
        #: Each file a finder listed, in order: (destination, source storage, path in it, whether it
        #: was kept, the finder's class name).
        self.listed = []

    def add_arguments(self, parser):
        for flags, spec in _OPTIONS:
            parser.add_argument(*flags, **spec)

    # ---- options ----

    def set_options(self, **options):
        self.interactive, self.verbosity = options["interactive"], options["verbosity"]
        self.symlink, self.clear, self.dry_run = options["link"], options["clear"], options["dry_run"]
        defaults = apps.get_app_config("staticfiles").ignore_patterns if options["use_default_ignore_patterns"] else []
        self.ignore_patterns = list({os.path.normpath(glob) for glob in [*options["ignore_patterns"], *defaults]})
        self.post_process = options["post_process"]

    @property
    def local(self):
        """Whether the storage has paths on this machine (links need them)."""
        return _has_paths(self.storage)

    def is_local_storage(self):
        return isinstance(self.storage, FileSystemStorage)

    def log(self, msg, level=2):
        """`msg` on stdout from verbosity `level` up."""
        if level <= self.verbosity:
            self.stdout.write(msg)

    # ---- the command ----

    def handle(self, **options):
        self.set_options(**options)
        destination = self.storage.location if self.is_local_storage() and self.storage.location else None
        # Looked at even with --noinput: a STATIC_ROOT that is a file fails here.
        holds_files = not destination or (self.storage.exists(destination) and any(self.storage.listdir(destination)))
        if self.interactive and holds_files:
            self._confirm(destination)
        done = self.collect()
        return self._summary(done, destination) if self.verbosity > 0 else None

    def _confirm(self, destination):
        """Ask before writing into a destination that holds files (or one that cannot be looked at):
        what is not "yes" cancels."""
        prompt = "\n"
        prompt += "You have activated the --dry-run option so no files will be modified.\n\n" if self.dry_run else ""
        prompt += "You have requested to collect static files at the destination\nlocation as specified in your settings"
        prompt += f":\n\n    {destination}\n\n" if destination else ".\n\n"
        prompt += "This will DELETE ALL FILES in this location!\n" if self.clear else "This will overwrite existing files!\n"
        prompt += "Are you sure you want to do this?\n\nType 'yes' to continue, or 'no' to cancel: "
        if input(prompt) != "yes":
            raise CommandError("Collecting static files cancelled.")

    def _summary(self, done, destination):
        modified, deleted = len(done["modified"]), len(done["deleted"])
        unmodified, post_processed, skipped = (len(done[key]) for key in ("unmodified", "post_processed", "skipped"))
        return (
            "\n"
            + (f"{_counted(deleted, 'static file')} deleted, " if deleted else "")
            + f"{_counted(modified, 'static file')} {'symlinked' if self.symlink else 'copied'}"
            + (f" to '{destination}'" if destination else "")
            + (f", {unmodified} unmodified" if unmodified else "")
            + (f", {post_processed} post-processed" if post_processed else "")
            + (f", {skipped} skipped due to conflict" if skipped else "")
            + "."
        )

    def collect(self):
        global last_run
        last_run = self
        if self.symlink and not _has_paths(self.storage):
            raise CommandError("Can't symlink to a remote destination.")
        if self.clear:
            self.clear_dir("")
        put = self.link_file if self.symlink else self.copy_file
        found = {}  # destination path -> (source storage, path in it), first come first kept
        for finder in get_finders():
            for path, source in finder.list(self.ignore_patterns):
                prefix = getattr(source, "prefix", None)
                to = os.path.join(prefix, path) if prefix else path
                first = to not in found
                self.listed.append((to, source, path, first, type(finder).__name__))
                if first:
                    found[to] = (source, path)
                    put(path, to, source)
                else:
                    self.skipped_files.append(to)
                    self.log(_CONFLICT % to, level=2)
        if self.post_process and getattr(self.storage, "post_process", None) is not None:
            self._post_process(found)
        return {
            "modified": [*self.copied_files, *self.symlinked_files],
            "unmodified": self.unmodified_files,
            "post_processed": self.post_processed_files,
            "skipped": self.skipped_files,
            "deleted": self.deleted_files,
        }

    def _post_process(self, found):
        for original, processed_as, outcome in self.storage.post_process(found, dry_run=self.dry_run):
            if isinstance(outcome, Exception):
                self.stderr.write(f"Post-processing '{original}' failed!")
                self.stderr.write()  # a blank line, so the traceback below stands out
                raise outcome
            if not outcome:
                self.log(f"Skipped post-processing '{original}'")
                continue
            self.log(f"Post-processed '{original}' as '{processed_as}'", level=2)
            self.post_processed_files.append(original)

    # ---- one file ----

    def clear_dir(self, path):
        """Delete everything under `path` in the storage (pretend to, with --dry-run)."""
        storage = self.storage
        if not storage.exists(path):
            return
        folders, names = storage.listdir(path)
        for name in names:
            inside = os.path.join(path, name)
            self.deleted_files.append(inside)
            self.log(f"{'Pretending to delete' if self.dry_run else 'Deleting'} '{inside}'", level=2)
            if not self.dry_run:
                _delete(storage, inside)
        for name in folders:
            self.clear_dir(os.path.join(path, name))

    def delete_file(self, path, prefixed_path, source_storage):
        """Make room for `prefixed_path`; False when the target is up to date and stays."""
        target = prefixed_path
        if not self.storage.exists(target):
            return True
        if self._up_to_date(path, target, source_storage):
            if target not in self.unmodified_files:
                self.unmodified_files.append(target)
            self.log(f"Skipping '{path}' (not modified)")
            return False
        self.log(f"{'Pretending to delete' if self.dry_run else 'Deleting'} '{path}'")
        if not self.dry_run:
            self.storage.delete(target)
        return True

    def _up_to_date(self, path, target, source_storage):
        """Whether the target is not older than its source (to the second), and is a link
        exactly when links are asked for."""
        try:
            times = [self.storage.get_modified_time(target), source_storage.get_modified_time(path)]
        except (NotImplementedError, OSError):
            return False
        if _has_paths(self.storage) and os.path.islink(self.storage.path(target)) != self.symlink:
            return False
        target_time, source_time = (moment.replace(microsecond=0) for moment in times)
        return target_time >= source_time

    def link_file(self, path, prefixed_path, source_storage):
        target = prefixed_path
        if target in self.symlinked_files:
            return self.log(f"Skipping '{path}' (already linked earlier)")
        if self.delete_file(path, target, source_storage):
            origin = source_storage.path(path)
            if self.dry_run:
                self.log(f"Pretending to link '{origin}'", level=1)
            else:
                self.log(f"Linking '{origin}'", level=2)
                _link(origin, self.storage.path(target))
            if target not in self.symlinked_files:
                self.symlinked_files.append(target)

    def copy_file(self, path, prefixed_path, source_storage):
        target = prefixed_path
        if target in self.copied_files:
            return self.log(f"Skipping '{path}' (already copied earlier)")
        if self.delete_file(path, target, source_storage):
            origin = source_storage.path(path)
            if self.dry_run:
                self.log(f"Pretending to copy '{origin}'", level=1)
            else:
                self.log(f"Copying '{origin}'", level=2)
                with source_storage.open(path) as opened:
                    self.storage.save(target, opened)
            self.copied_files.append(target)


_OPTIONS = (
    (("--noinput", "--no-input"), {"action": "store_false", "dest": "interactive", "help": "Do NOT prompt the user for input of any kind."}),
    (("--no-post-process",), {"action": "store_false", "dest": "post_process", "help": "Do NOT post process collected files."}),
    (("-i", "--ignore"), {"action": "append", "default": [], "dest": "ignore_patterns", "metavar": "PATTERN",
                          "help": "Ignore files or directories matching this glob-style pattern. Use multiple times to ignore more."}),
    (("-n", "--dry-run"), {"action": "store_true", "help": "Do everything except modify the filesystem."}),
    (("-c", "--clear"), {"action": "store_true",
                         "help": "Clear the existing files using the storage before trying to copy or link the original file."}),
    (("-l", "--link"), {"action": "store_true", "help": "Create a symbolic link to each file instead of copying."}),
    (("--no-default-ignore",), {"action": "store_false", "dest": "use_default_ignore_patterns",
                                "help": "Don't ignore the common private glob-style patterns (defaults to 'CVS', '.*' and '*~')."}),
)


def _has_paths(storage):
    try:
        storage.path("")
    except NotImplementedError:
        return False
    return True


def _delete(storage, name):
    """Delete `name` from the storage; a broken link (which the storage cannot see) directly."""
    try:
        full = storage.path(name)
    except NotImplementedError:
        full = None
    if full is not None and os.path.lexists(full) and not os.path.exists(full):
        os.unlink(full)
    else:
        storage.delete(name)


def _link(origin, full):
    os.makedirs(os.path.dirname(full), exist_ok=True)
    try:
        if os.path.lexists(full):
            os.unlink(full)
        os.symlink(origin, full)
    except NotImplementedError:
        import platform

        raise CommandError(f"Symlinking is not supported in this platform ({platform.platform()}).")
    except OSError as exc:
        raise CommandError(exc)
