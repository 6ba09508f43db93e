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
from django.core.checks import Tags
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
    requires_system_checks = [Tags.staticfiles]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.copied_files, self.symlinked_files, self.unmodified_files = [], [], []
        self.post_processed_files, self.skipped_files, self.deleted_files = [], [], []
        self.storage = staticfiles_storage
        #: Each file a finder listed, in order: (destination, source storage, path in it, whether it
        #: was kept, the finder's class name).
        self.listed = []

    def add_arguments(self, parser):
        parser.add_argument("--noinput", "--no-input", action="store_false", dest="interactive",
                            help="Do NOT prompt the user for input of any kind.")
        parser.add_argument("--no-post-process", action="store_false", dest="post_process",
                            help="Do NOT post process collected files.")
        parser.add_argument("-i", "--ignore", action="append", default=[], dest="ignore_patterns", metavar="PATTERN",
                            help="Ignore files or directories matching this glob-style pattern. Use multiple times to ignore more.")
        parser.add_argument("-n", "--dry-run", action="store_true", help="Do everything except modify the filesystem.")
        parser.add_argument("-c", "--clear", action="store_true",
                            help="Clear the existing files using the storage before trying to copy or link the original file.")
        parser.add_argument("-l", "--link", action="store_true", help="Create a symbolic link to each file instead of copying.")
        parser.add_argument("--no-default-ignore", action="store_false", dest="use_default_ignore_patterns",
                            help="Don't ignore the common private glob-style patterns (defaults to 'CVS', '.*' and '*~').")

    # ---- options ----

    def set_options(self, **options):
        self.interactive, self.verbosity = options["interactive"], options["verbosity"]
        self.symlink, self.clear, self.dry_run = options["link"], options["clear"], options["dry_run"]
        patterns = list(options["ignore_patterns"])
        if options["use_default_ignore_patterns"]:
            patterns += apps.get_app_config("staticfiles").ignore_patterns
        self.ignore_patterns = list({os.path.normpath(pattern) for pattern in patterns})
        self.post_process = options["post_process"]

    @property
    def local(self):
        """Whether the storage has paths on this machine (links need them)."""
        try:
            self.storage.path("")
        except NotImplementedError:
            return False
        return True

    def is_local_storage(self):
        return isinstance(self.storage, FileSystemStorage)

    def log(self, msg, level=2):
        if self.verbosity >= level:
            self.stdout.write(msg)

    # ---- the command ----

    def handle(self, **options):
        self.set_options(**options)
        destination = self.storage.location if self.is_local_storage() and self.storage.location else None
        # Looked at even with --noinput: a STATIC_ROOT that is a file fails here.
        holds_files = not destination or (self.storage.exists(destination) and any(self.storage.listdir(destination)))
        if self.interactive and holds_files:
            self._confirm(destination)
        collected = self.collect()
        if self.verbosity >= 1:
            return self._summary(collected, destination)

    def _confirm(self, destination):
        """Ask before writing into a destination that holds files (or one that cannot be looked at):
        what is not "yes" cancels."""
        prompt = ["\n"]
        if self.dry_run:
            prompt.append("You have activated the --dry-run option so no files will be modified.\n\n")
        prompt.append("You have requested to collect static files at the destination\nlocation as specified in your settings")
        prompt.append(f":\n\n    {destination}\n\n" if destination else ".\n\n")
        prompt.append("This will DELETE ALL FILES in this location!\n" if self.clear else "This will overwrite existing files!\n")
        prompt.append("Are you sure you want to do this?\n\nType 'yes' to continue, or 'no' to cancel: ")
        if input("".join(prompt)) != "yes":
            raise CommandError("Collecting static files cancelled.")

    def _summary(self, collected, destination):
        modified = len(collected["modified"])
        deleted = len(collected["deleted"])
        parts = [
            "\n",
            f"{_counted(deleted, 'static file')} deleted, " if deleted else "",
            f"{_counted(modified, 'static file')} {'symlinked' if self.symlink else 'copied'}",
            f" to '{destination}'" if destination else "",
            f", {len(collected['unmodified'])} unmodified" if collected["unmodified"] else "",
            f", {len(collected['post_processed'])} post-processed" if collected["post_processed"] else "",
            f", {len(collected['skipped'])} skipped due to conflict" if collected["skipped"] else "",
            ".",
        ]
        return "".join(parts)

    def collect(self):
        if self.symlink and not self.local:
            raise CommandError("Can't symlink to a remote destination.")
        if self.clear:
            self.clear_dir("")
        put = self.link_file if self.symlink else self.copy_file
        global last_run
        last_run = self
        found = {}  # destination path -> (source storage, path in it), first come first kept
        for finder in get_finders():
            for path, source in finder.list(self.ignore_patterns):
                prefix = getattr(source, "prefix", None)
                destination = os.path.join(prefix, path) if prefix else path
                self.listed.append((destination, source, path, destination not in found, type(finder).__name__))
                if destination in found:
                    self.skipped_files.append(destination)
                    self.log(_CONFLICT % destination, level=2)
                    continue
                found[destination] = (source, path)
                put(path, destination, source)
        if self.post_process and hasattr(self.storage, "post_process"):
            self._post_process(found)
        return {
            "modified": self.copied_files + self.symlinked_files,
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
            if outcome:
                self.log(f"Post-processed '{original}' as '{processed_as}'", level=2)
                self.post_processed_files.append(original)
            else:
                self.log(f"Skipped post-processing '{original}'")

    # ---- one file ----

    def clear_dir(self, path):
        """Delete everything under `path` in the storage (pretend to, with --dry-run)."""
        if not self.storage.exists(path):
            return
        folders, files = self.storage.listdir(path)
        for name in files:
            inside = os.path.join(path, name)
            self.deleted_files.append(inside)
            if self.dry_run:
                self.log(f"Pretending to delete '{inside}'", level=2)
                continue
            self.log(f"Deleting '{inside}'", level=2)
            try:
                full = self.storage.path(inside)
            except NotImplementedError:
                self.storage.delete(inside)
                continue
            if os.path.lexists(full) and not os.path.exists(full):
                os.unlink(full)  # a broken link
            else:
                self.storage.delete(inside)
        for name in folders:
            self.clear_dir(os.path.join(path, name))

    def delete_file(self, path, prefixed_path, source_storage):
        """Make room for `prefixed_path`; False when the target is up to date and stays."""
        if not self.storage.exists(prefixed_path):
            return True
        if self._up_to_date(path, prefixed_path, source_storage):
            if prefixed_path not in self.unmodified_files:
                self.unmodified_files.append(prefixed_path)
            self.log(f"Skipping '{path}' (not modified)")
            return False
        if self.dry_run:
            self.log(f"Pretending to delete '{path}'")
        else:
            self.log(f"Deleting '{path}'")
            self.storage.delete(prefixed_path)
        return True

    def _up_to_date(self, path, prefixed_path, source_storage):
        """Whether the target is not older than its source (to the second), and is a link
        exactly when links are asked for."""
        try:
            target_time = self.storage.get_modified_time(prefixed_path)
            source_time = source_storage.get_modified_time(path)
        except (OSError, NotImplementedError):
            return False
        if self.local and self.symlink != os.path.islink(self.storage.path(prefixed_path)):
            return False
        return target_time.replace(microsecond=0) >= source_time.replace(microsecond=0)

    def link_file(self, path, prefixed_path, source_storage):
        if prefixed_path in self.symlinked_files:
            return self.log(f"Skipping '{path}' (already linked earlier)")
        if not self.delete_file(path, prefixed_path, source_storage):
            return
        source_path = source_storage.path(path)
        if self.dry_run:
            self.log(f"Pretending to link '{source_path}'", level=1)
        else:
            self.log(f"Linking '{source_path}'", level=2)
            full = self.storage.path(prefixed_path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            try:
                if os.path.lexists(full):
                    os.unlink(full)
                os.symlink(source_path, full)
            except NotImplementedError:
                import platform

                raise CommandError(f"Symlinking is not supported in this platform ({platform.platform()}).")
            except OSError as exc:
                raise CommandError(exc)
        if prefixed_path not in self.symlinked_files:
            self.symlinked_files.append(prefixed_path)

    def copy_file(self, path, prefixed_path, source_storage):
        if prefixed_path in self.copied_files:
            return self.log(f"Skipping '{path}' (already copied earlier)")
        if not self.delete_file(path, prefixed_path, source_storage):
            return
        source_path = source_storage.path(path)
        if self.dry_run:
            self.log(f"Pretending to copy '{source_path}'", level=1)
        else:
            self.log(f"Copying '{source_path}'", level=2)
            with source_storage.open(path) as source_file:
                self.storage.save(prefixed_path, source_file)
        self.copied_files.append(prefixed_path)
