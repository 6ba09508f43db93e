"""FallbackStorage (django.contrib.messages.storage.fallback), MESSAGE_STORAGE's default: the
cookie first, and the session for what does not fit in it."""

from django.contrib.messages.storage.base import BaseStorage
from django.contrib.messages.storage.cookie import CookieStorage
from django.contrib.messages.storage.session import SessionStorage


class FallbackStorage(BaseStorage):
    """Try to store all messages in the first backend. Store any unstored messages in each
    subsequent backend."""

    storage_classes = CookieStorage, SessionStorage

    def __init__(self, *args, **kwargs):
        BaseStorage.__init__(self, *args, **kwargs)
        self.storages = [each(*args, **kwargs) for each in type(self).storage_classes]
        # The storages that came with messages: emptied when they have nothing left to keep.
        self._used_storages = set()

    def _get(self, *args, **kwargs):
        """The messages of each storage in turn, until one says it held all the rest (or was
        not used at all)."""
        gathered, complete = [], True
        for each in self.storages:
            found, complete = each._get()
            if found is None:
                break
            gathered += found
            if found:
                self._used_storages.add(each)
            if complete:
                break
        return gathered, complete

    def _store(self, messages, response, *args, **kwargs):
        """What a storage cannot keep goes to the next; a storage that held messages and now
        gets none is emptied."""
        left = messages
        for each in self.storages:
            if left:
                left = each._store(left, response, remove_oldest=False)
            elif each in self._used_storages:
                self._used_storages.discard(each)
                each._store([], response)
        return left
