"""Message and BaseStorage (django.contrib.messages.storage.base).

A storage holds the messages that came with the request (loaded on first use, by the
subclass's `_get()`) and those added during it (queued). Iterating it shows them: they are then
"used", and only what is added afterwards is kept. update(response), which MessageMiddleware
calls, hands what must be kept to the subclass's `_store()`, which returns what it could not
store.
"""

from django._process import forgotten_by_new_process
from django.conf import settings
from django.contrib.messages import constants, utils
from django.utils.functional import SimpleLazyObject, empty

# {level: tag}, read from MESSAGE_TAGS the first time a message's tags are asked for.
LEVEL_TAGS = SimpleLazyObject(utils.get_level_tags)


@forgotten_by_new_process
def _forget_level_tags():
    # The next project's MESSAGE_TAGS are read anew (in place: modules hold this object).
    LEVEL_TAGS._wrapped = empty


class Message:
    """One message: a level (constants.INFO...), its text, and extra CSS tags."""

    def __init__(self, level, message, extra_tags=None):
        self.level, self.message, self.extra_tags = int(level), message, extra_tags

    def _prepare(self):
        # Lazy translations become text before they are serialized.
        # str() keeps a SafeString safe.
        self.message, self.extra_tags = str(self.message), _text_or_none(self.extra_tags)

    def __eq__(self, other):
        same_kind = isinstance(other, Message)
        return (self.level, self.message) == (other.level, other.message) if same_kind else NotImplemented

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
        return LEVEL_TAGS.get(self.level) or ""


def _text_or_none(value):
    return None if value is None else str(value)


class BaseStorage:
    """This is the base backend for temporary message storage.

    This is not a complete class; to be a usable storage backend, it must be subclassed and
    the two methods ``_get`` and ``_store`` overridden.
    """

    def __init__(self, request, *args, **kwargs):
        vars(self).update(request=request, _queued_messages=[], used=False, added_new=False)
        super(BaseStorage, self).__init__(*args, **kwargs)

    def __len__(self):
        return sum(map(len, (self._loaded_messages, self._queued_messages)))

    def __iter__(self):
        # Showing the messages uses them up: the queued ones join the loaded ones.
        shown = self._loaded_messages
        shown.extend(self._queued_messages)
        vars(self).update(used=True, _queued_messages=[])
        return iter(shown)

    def __contains__(self, item):
        return any(item in group for group in (self._loaded_messages, self._queued_messages))

    def __repr__(self):
        return f"<{type(self).__qualname__}: request={self.request!r}>"

    @property
    def _loaded_messages(self):
        """The messages that came with the request, read the first time they are needed."""
        state = vars(self)
        if "_loaded_data" not in state:
            state["_loaded_data"] = self._get()[0] or []
        return state["_loaded_data"]

    def _get(self, *args, **kwargs):
        """(messages, all_retrieved): the stored messages (None if the storage was not used at
        all), and whether they are all there was."""
        raise NotImplementedError("subclasses of BaseStorage must provide a _get() method")

    def _store(self, messages, response, *args, **kwargs):
        """Store `messages`; return those that could not be stored."""
        raise NotImplementedError("subclasses of BaseStorage must provide a _store() method")

    def _prepare_messages(self, messages):
        for each in messages:
            each._prepare()

    def update(self, response):
        """Store what must outlive the request: once the messages were shown, only those added
        since; otherwise, when some were added, all of them again. (Nothing happens if the
        storage was neither read nor added to.)"""
        queued = self._queued_messages
        self._prepare_messages(queued)
        if not (self.used or self.added_new):
            return None
        return self._store(queued if self.used else self._loaded_messages + queued, response)

    def add(self, level, message, extra_tags=""):
        """Queue a message, unless it is empty or below the storage's level."""
        if message and int(level) >= self.level:
            self.added_new = True
            self._queued_messages.append(Message(int(level), message, extra_tags=extra_tags))

    def _get_level(self):
        """The lowest level recorded: MESSAGE_LEVEL (INFO by default) unless set."""
        state = vars(self)
        if "_level" not in state:
            state["_level"] = getattr(settings, "MESSAGE_LEVEL", constants.INFO)
        return state["_level"]

    def _set_level(self, value=None):
        """Set the lowest level recorded; None goes back to the default."""
        state = vars(self)
        if value is not None or "_level" not in state:
            state["_level"] = int(value)
        else:
            del state["_level"]

    level = property(_get_level, _set_level, _set_level)
