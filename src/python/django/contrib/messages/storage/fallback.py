"""FallbackStorage (django.contrib.messages.storage.fallback), MESSAGE_STORAGE's default: the
cookie first, and the session for what does not fit in it."""

from django.contrib.messages.storage.base import BaseStorage
from django.contrib.messages.storage.cookie import CookieStorage
from django.contrib.messages.storage.session import SessionStorage


class FallbackStorage(BaseStorage):
    """Try to store all messages in the first backend. Store any unstored messages in each
    subsequent backend."""

    storage_classes = (CookieStorage, SessionStorage)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.storages = [storage_class(*args, **kwargs) for storage_class in self.storage_classes]
        self._used_storages = set()

    def _get(self, *args, **kwargs):
        """The messages of each storage in turn, until one says it held all the rest (or was
        not used at all)."""
        gathered, all_retrieved = [], True
        for storage in self.storages:
            messages, all_retrieved = storage._get()
            if messages is None:
                break
            if messages:
                self._used_storages.add(storage)
            gathered += messages
            if all_retrieved:
                break
        return gathered, all_retrieved

    def _store(self, messages, response, *args, **kwargs):
        """What a storage cannot keep goes to the next; a storage that held messages and now
        gets none is emptied."""
        for storage in self.storages:
            if messages:
                messages = storage._store(messages, response, remove_oldest=False)
            elif storage in self._used_storages:
                storage._store([], response)
                self._used_storages.discard(storage)
        return messages
