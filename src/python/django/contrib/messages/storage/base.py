"""Message and BaseStorage (django.contrib.messages.storage.base).

A storage holds the messages that came with the request (loaded on first use, by the
subclass's `_get()`) and those added during it (queued). Iterating it shows them: they are then
"used", and only what is added afterwards is kept. update(response), which MessageMiddleware
calls, hands what must be kept to the subclass's `_store()`, which returns what it could not
store.
"""

from django.conf import settings
from django.contrib.messages import constants, utils
from django.utils.functional import SimpleLazyObject

LEVEL_TAGS = SimpleLazyObject(utils.get_level_tags)


class Message:
    """One message: a level (constants.INFO...), its text, and extra CSS tags."""

    def __init__(self, level, message, extra_tags=None):
        self.level = int(level)
        self.message = message
        self.extra_tags = extra_tags

    def _prepare(self):
        # Lazy translations become text before they are serialized.
        self.message = str(self.message)
        if self.extra_tags is not None:
            self.extra_tags = str(self.extra_tags)

    def __eq__(self, other):
        if not isinstance(other, Message):
            return NotImplemented
        return (self.level, self.message) == (other.level, other.message)

    def __str__(self):
        return str(self.message)

    def __repr__(self):
        extra = f", extra_tags={self.extra_tags!r}" if self.extra_tags else ""
        return f"Message(level={self.level}, message={self.message!r}{extra})"

    @property
    def tags(self):
        """The extra tags, then the level's tag ("urgent error")."""
        return " ".join(filter(None, (self.extra_tags, self.level_tag)))

    @property
    def level_tag(self):
        return LEVEL_TAGS.get(self.level, "")


class BaseStorage:
    """This is the base backend for temporary message storage.

    This is not a complete class; to be a usable storage backend, it must be subclassed and
    the two methods ``_get`` and ``_store`` overridden.
    """

    def __init__(self, request, *args, **kwargs):
        self.request = request
        self._queued_messages = []
        self.used = False
        self.added_new = False
        super().__init__(*args, **kwargs)

    def __len__(self):
        return len(self._loaded_messages) + len(self._queued_messages)

    def __iter__(self):
        self.used = True
        loaded = self._loaded_messages
        loaded += self._queued_messages
        self._queued_messages = []
        return iter(loaded)

    def __contains__(self, item):
        return item in self._loaded_messages or item in self._queued_messages

    def __repr__(self):
        return f"<{type(self).__qualname__}: request={self.request!r}>"

    @property
    def _loaded_messages(self):
        """The messages that came with the request, read the first time they are needed."""
        if "_loaded_data" not in vars(self):
            messages, _all_retrieved = self._get()
            self._loaded_data = messages or []
        return self._loaded_data

    def _get(self, *args, **kwargs):
        """(messages, all_retrieved): the stored messages (None if the storage was not used at
        all), and whether they are all there was."""
        raise NotImplementedError("subclasses of BaseStorage must provide a _get() method")

    def _store(self, messages, response, *args, **kwargs):
        """Store `messages`; return those that could not be stored."""
        raise NotImplementedError("subclasses of BaseStorage must provide a _store() method")

    def _prepare_messages(self, messages):
        for message in messages:
            message._prepare()

    def update(self, response):
        """Store what must outlive the request: once the messages were shown, only those added
        since; otherwise, when some were added, all of them again. (Nothing happens if the
        storage was neither read nor added to.)"""
        self._prepare_messages(self._queued_messages)
        if self.used:
            return self._store(self._queued_messages, response)
        if self.added_new:
            return self._store(self._loaded_messages + self._queued_messages, response)
        return None

    def add(self, level, message, extra_tags=""):
        """Queue a message, unless it is empty or below the storage's level."""
        if not message:
            return
        level = int(level)
        if level < self.level:
            return
        self.added_new = True
        self._queued_messages.append(Message(level, message, extra_tags=extra_tags))

    def _get_level(self):
        """The lowest level recorded: MESSAGE_LEVEL (INFO by default) unless set."""
        if "_level" not in vars(self):
            self._level = getattr(settings, "MESSAGE_LEVEL", constants.INFO)
        return self._level

    def _set_level(self, value=None):
        """Set the lowest level recorded; None goes back to the default."""
        if value is None and "_level" in vars(self):
            del self._level
        else:
            self._level = int(value)

    level = property(_get_level, _set_level, _set_level)
