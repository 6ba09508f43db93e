"""The storages of collected static files. STATIC_ROOT is their folder and STATIC_URL their
address; building one checks those settings (django.contrib.staticfiles.utils.check_settings).

ManifestStaticFilesStorage also keeps, after collectstatic, a copy of each file under a name
carrying 12 hex digits of the MD5 of its content (`css/site.css` -> `css/site.1f2e3d4c5b6a.css`),
with the references inside CSS (url(), @import, source maps) and JavaScript (source maps)
rewritten to the hashed names, and writes the mapping to staticfiles.json (the manifest).

post_process() is how collectstatic asks for that. A file that refers to others is hashed after
its references are rewritten, and rewriting one can change the hash another refers to: files
are taken deepest folder first, then the files with references are rewritten again, up to
`max_post_process_passes` times, until no hash moves.
"""

import json
import os
import posixpath
import re
from hashlib import md5
from urllib.parse import unquote, urldefrag, urlsplit, urlunsplit

from django._process import forgotten_by_new_process
from django.conf import STATICFILES_STORAGE_ALIAS, settings
from django.contrib.staticfiles.utils import check_settings, matches_patterns
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, storages
from django.utils.functional import LazyObject, empty


class StaticFilesStorage(FileSystemStorage):
    """Files in STATIC_ROOT, served at STATIC_URL (unless given others)."""

    def __init__(self, location=None, base_url=None, *args, **kwargs):
        folder = settings.STATIC_ROOT if location is None else location
        url = settings.STATIC_URL if base_url is None else base_url
        check_settings(url)
        FileSystemStorage.__init__(self, folder, url, *args, **kwargs)
        if not folder:  # no STATIC_ROOT: not MEDIA_ROOT either, as FileSystemStorage would fall back to
            self.base_location = self.location = None

    def path(self, name):
        if self.location:
            return FileSystemStorage.path(self, name)
        raise ImproperlyConfigured("You're using the staticfiles app without having set the STATIC_ROOT setting to a filesystem path.")


# ---- what a reference looks like, per kind of file ----

_CSS_URL = r"""(?P<matched>url\((?P<quote>['"]{0,1})\s*(?P<url>.*?)(?P=quote)\))"""
_CSS_IMPORT = (r"""(?P<matched>@import\s*["']\s*(?P<url>.*?)["'])""", """@import url("%(url)s")""")
_CSS_SOURCE_MAP = (r"(?m)^(?P<matched>/\*#[ \t](?-i:sourceMappingURL)=(?P<url>.*)[ \t]*\*/)$", "/*# sourceMappingURL=%(url)s */")
_JS_SOURCE_MAP = (r"(?m)^(?P<matched>//# (?-i:sourceMappingURL)=(?P<url>.*))$", "//# sourceMappingURL=%(url)s")
_JS_MODULES = (
    (r"""(?P<matched>import(?s:(?P<import>[\s\{].*?|\*\s*as\s*\w+))\s*from\s*['"](?P<url>[./].*?)["']\s*;)""",
     """import%(import)s from "%(url)s";"""),
    (r"""(?P<matched>export(?s:(?P<exports>[\s\{].*?))\s*from\s*["'](?P<url>[./].*?)["']\s*;)""",
     """export%(exports)s from "%(url)s";"""),
    (r"""(?P<matched>import\s*['"](?P<url>[./].*?)["']\s*;)""", """import"%(url)s";"""),
    (r"""(?P<matched>import\(["'](?P<url>.*?)["']\))""", """import("%(url)s")"""),
)

#: What a file's text must hold for one of the patterns above to match in it, and whether that is
#: to be looked for in its lowercased text (the pattern ignores case: u, r, l and "(" match only
#: the characters that lowercase to them). A file without it is left as it is without running the
#: pattern: the admin's JavaScript alone is over a megabyte, and most of the admin's CSS has no url().
_NEEDED_TEXT = {
    _CSS_URL: ("url(", True),
    _CSS_IMPORT[0]: ("@", False),
    _CSS_SOURCE_MAP[0]: ("sourceMappingURL=", False),  # (?-i:...): its case is kept
    _JS_SOURCE_MAP[0]: ("sourceMappingURL=", False),
}


def _may_match(regex, text):
    needed, lowered = _NEEDED_TEXT.get(regex.pattern, ("", False))
    return needed in (text.lower() if lowered else text)


#: A URL with a scheme (https:, data:) or protocol-relative: never a collected file.
_ELSEWHERE = re.compile(r"^[a-z]+:")


def _compiled(patterns, default_template):
    """{glob: [(regex, template)]} from `patterns` ((glob, (regex | (regex, template), ...)), ...)."""
    table = {}
    for glob, entries in patterns:
        for entry in entries:
            regex, template = entry if isinstance(entry, (tuple, list)) else (entry, default_template)
            table.setdefault(glob, []).append((re.compile(regex, re.IGNORECASE), template))
    return table


def _with_font_face_hack(name, parts, path):
    """`parts` (a urlsplit) with `path`; `url(font.eot?#iefix)` keeps its empty query's "?"."""
    if "?#" in name and not parts.query:
        path += "?"
    return urlunsplit(parts._replace(path=path))


def _depth(name):
    return len(name.split(os.sep))


class HashedFilesMixin:
    """Saves each post-processed file under a name with its content's hash too."""

    default_template = """url("%(url)s")"""
    max_post_process_passes = 5
    support_js_module_import_aggregation = False
    _js_module_import_aggregation_patterns = ("*.js", _JS_MODULES)
    patterns = (("*.css", (_CSS_URL, _CSS_IMPORT, _CSS_SOURCE_MAP)), ("*.js", (_JS_SOURCE_MAP,)))
    keep_intermediate_files = True

    def __init__(self, *args, **kwargs):
        if self.support_js_module_import_aggregation:
            self.patterns += (self._js_module_import_aggregation_patterns,)
        super().__init__(*args, **kwargs)
        self._patterns = _compiled(self.patterns, self.default_template)
        self.hashed_files = {}

    # ---- names ----

    def file_hash(self, name, content=None):
        """The first 12 hex digits of the MD5 of `content` (None without content)."""
        if content is None:
            return None
        digest = md5(usedforsecurity=False)
        for chunk in content.chunks():
            digest.update(chunk)
        return digest.hexdigest()[:12]

    def hashed_name(self, name, content=None, filename=None):
        """`name` with the hash of `content` (or of the stored file `filename`, or `name`) before
        its extension; its query and fragment kept."""
        parts = urlsplit(unquote(name))
        clean = parts.path.strip()
        if content is None:
            stored = (filename and urlsplit(unquote(filename)).path.strip()) or clean
            if not self.exists(stored):
                raise ValueError(f"The file '{stored}' could not be found with {self!r}.")
            try:
                opened = self.open(stored)
            except OSError:  # a folder, or a path with a fragment
                return name
            try:
                digest = self.file_hash(clean, opened)
            finally:
                opened.close()
        else:
            digest = self.file_hash(clean, content)
        folder, base = os.path.split(clean)
        stem, extension = os.path.splitext(base)
        marked = f"{stem}.{digest}{extension}" if digest else f"{stem}{extension}"
        return _with_font_face_hack(name, parts, os.path.join(folder, marked))

    def clean_name(self, name):
        return name.replace("\\", "/")

    def hash_key(self, name):
        return name

    def _stored_name(self, name, hashed_files):
        """The hashed name of `name` during post-processing: from `hashed_files`, else from the file."""
        key = self.hash_key(self.clean_name(posixpath.normpath(name)))
        known = hashed_files.get(key)
        return known if known is not None else self.clean_name(self.hashed_name(posixpath.normpath(name)))

    def stored_name(self, name):
        """The hashed name of `name`, worked out from the stored files when not known yet (a
        hashed file may itself be hashed again, as intermediate files are)."""
        key = self.hash_key(self.clean_name(name))
        if self.hashed_files.get(key):
            return self.hashed_files[key]
        current = name
        for _ in range(self.max_post_process_passes + 1):
            hashed = self.clean_name(self.hashed_name(name, content=None, filename=current))
            if hashed == current:
                self.hashed_files[key] = hashed
                return hashed
            current = hashed
        raise ValueError(f"The name '{name}' could not be hashed with {self!r}.")

    # ---- URLs ----

    def _url(self, hashed_name_func, name, force=False, hashed_files=None):
        """The URL of `name`: its plain name with DEBUG (unless forced), else its hashed name."""
        if settings.DEBUG and not force:
            target, fragment = name, ""
        else:
            clean, fragment = urldefrag(name)
            if urlsplit(clean).path.endswith("/"):  # a folder: nothing to hash
                target = name
            elif hashed_files is None:
                target = hashed_name_func(clean)
            else:
                target = hashed_name_func(clean, hashed_files)
        address = super().url(target)
        font_face_hack = "?#" in name
        if fragment or font_face_hack:
            parts = urlsplit(address)
            if fragment and not parts.fragment:
                parts = parts._replace(fragment=fragment)
            if font_face_hack and not parts.query:
                parts = parts._replace(path=parts.path + "?")
            address = urlunsplit(parts)
        return unquote(address)

    def url(self, name, force=False):
        return self._url(self.stored_name, name, force)

    def url_converter(self, name, hashed_files, template=None):
        """A re.sub replacement: the matched reference in file `name`, pointed at the hashed name."""
        template = self.default_template if template is None else template

        def converter(match):
            groups = match.groupdict()
            reference = groups["url"]
            if _ELSEWHERE.match(reference) or reference.startswith("//"):
                return groups["matched"]
            if reference.startswith("/") and not reference.startswith(settings.STATIC_URL):
                return groups["matched"]  # an absolute URL outside the static files
            path, fragment = urldefrag(reference)
            if not path:
                return groups["matched"]
            if path.startswith("/"):
                target = path.removeprefix(settings.STATIC_URL)
            else:
                target = posixpath.join(posixpath.dirname(name.replace(os.sep, "/")), path)
            hashed = self._url(self._stored_name, unquote(target), force=True, hashed_files=hashed_files)
            rewritten = "/".join(path.split("/")[:-1] + hashed.split("/")[-1:])
            if fragment:
                rewritten += ("?#" if "?#" in reference else "#") + fragment
            groups["url"] = unquote(rewritten)
            return template % groups

        return converter

    # ---- collectstatic's post-processing ----

    def post_process(self, paths, dry_run=False, **options):
        """For each collected file ({path: (source storage, source path)}): yield (path, hashed
        name, whether a file was written) or (path, None, the exception that stopped it)."""
        if dry_run:
            return
        hashed_files = {}
        with_references = [path for path in paths if matches_patterns(path, self._patterns)]
        finished = {}  # files with references: their last outcome, yielded at the end
        for name, hashed, written, _moved in self._post_process(paths, with_references, hashed_files):
            if isinstance(written, Exception):
                yield name, hashed, written
                return
            if name in with_references:
                finished[name] = (name, hashed, written)
            else:
                yield name, hashed, written
        again = {path: paths[path] for path in with_references}
        moving = []
        for _ in range(self.max_post_process_passes):
            moving = []
            for name, hashed, written, moved in self._post_process(again, with_references, hashed_files):
                if isinstance(written, Exception):
                    yield name, hashed, written
                    return
                finished[name] = (name, hashed, written)
                if moved:
                    moving.append(name)
            if not moving:
                break
        if moving:
            yield ", ".join(sorted(moving)), None, RuntimeError("Max post-process passes exceeded.")
        self.hashed_files.update(hashed_files)
        yield from finished.values()

    def _post_process(self, paths, with_references, hashed_files):
        """One pass over `paths`, deepest folders first: each file saved under its hashed name,
        its references rewritten first if it has any. Yields (name, hashed name, written,
        whether its hash moved since the last pass)."""
        for name in sorted(paths, key=_depth, reverse=True):
            source, source_path = paths[name]
            with source.open(source_path) as original:
                key = self.hash_key(self.clean_name(name))
                hashed = hashed_files.get(key) or self.hashed_name(name, original)
                if hasattr(original, "seek"):
                    original.seek(0)
                already_there = self.exists(hashed)
                moved, written = True, False
                if name in with_references:
                    outcome = self._rewritten(name, source_path, original, hashed_files)
                    if isinstance(outcome, Exception):
                        yield name, None, outcome, False
                        return
                    before = hashed
                    if already_there:
                        self.delete(hashed)
                    if self.keep_intermediate_files:
                        self._save(hashed, outcome)
                    hashed = self.hashed_name(name, outcome)
                    if self.exists(hashed):
                        self.delete(hashed)
                    hashed = self.clean_name(self._save(hashed, outcome))
                    moved, written = hashed != before, True
                elif not already_there:
                    written = True
                    hashed = self.clean_name(self._save(hashed, original))
                hashed_files[key] = hashed
                yield name, hashed, written, moved

    def _rewritten(self, name, source_path, original, hashed_files):
        """The file's text with every reference pointed at its hashed name (as a ContentFile), or
        the exception that stopped that."""
        try:
            text = original.read().decode("utf-8")
        except UnicodeDecodeError as exc:
            return exc
        for glob, rules in self._patterns.items():
            if not matches_patterns(source_path, (glob,)):
                continue
            for regex, template in rules:
                if not _may_match(regex, text):  # re.sub would find nothing to replace
                    continue
                try:
                    text = regex.sub(self.url_converter(name, hashed_files, template), text)
                except ValueError as exc:
                    return exc
        return ContentFile(text.encode())


class ManifestFilesMixin(HashedFilesMixin):
    """Hashed names kept in a manifest (staticfiles.json) instead of worked out per request."""

    manifest_version = "1.1"
    manifest_name = "staticfiles.json"
    manifest_strict = True
    keep_intermediate_files = False

    def __init__(self, *args, manifest_storage=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.manifest_storage = self if manifest_storage is None else manifest_storage
        self.hashed_files, self.manifest_hash = self.load_manifest()

    def read_manifest(self):
        try:
            with self.manifest_storage.open(self.manifest_name) as manifest:
                return manifest.read().decode()
        except FileNotFoundError:
            return None

    def load_manifest(self):
        """(paths, hash) from the manifest; ({}, "") when there is none."""
        text = self.read_manifest()
        if text is None:
            return {}, ""
        try:
            stored = json.loads(text)
        except json.JSONDecodeError:
            stored = None
        if isinstance(stored, dict) and stored.get("version") in ("1.0", "1.1"):
            return stored.get("paths", {}), stored.get("hash", "")
        raise ValueError(f"Couldn't load manifest '{self.manifest_name}' (version {self.manifest_version})")

    def post_process(self, *args, **kwargs):
        self.hashed_files = {}
        yield from super().post_process(*args, **kwargs)
        if not kwargs.get("dry_run"):
            self.save_manifest()

    def save_manifest(self):
        entries = sorted(self.hashed_files.items())
        self.manifest_hash = self.file_hash(None, ContentFile(json.dumps(entries).encode()))
        payload = {"paths": dict(entries), "version": self.manifest_version, "hash": self.manifest_hash}
        if self.manifest_storage.exists(self.manifest_name):
            self.manifest_storage.delete(self.manifest_name)
        self.manifest_storage._save(self.manifest_name, ContentFile(json.dumps(payload).encode()))

    def stored_name(self, name):
        parts = urlsplit(unquote(name))
        clean = parts.path.strip()
        known = self.hashed_files.get(self.hash_key(clean))
        if known is None:
            if self.manifest_strict:
                raise ValueError(f"Missing staticfiles manifest entry for '{clean}'")
            known = self.clean_name(self.hashed_name(name))
        return _with_font_face_hack(name, parts, known)


class ManifestStaticFilesStorage(ManifestFilesMixin, StaticFilesStorage):
    """Static files in STATIC_ROOT, each also saved under a hashed name listed in the manifest."""


class ConfiguredStorage(LazyObject):
    def _setup(self):
        self._wrapped = storages[STATICFILES_STORAGE_ALIAS]


staticfiles_storage = ConfiguredStorage()  # stands for storages["staticfiles"]


@forgotten_by_new_process
def _forget_staticfiles_storage():
    staticfiles_storage._wrapped = empty  # built again from the next project's STORAGES
