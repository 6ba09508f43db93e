"""Django's exception classes (django.core.exceptions), the ones a project can meet."""


class FieldDoesNotExist(Exception):
    """The requested model field does not exist."""


class AppRegistryNotReady(Exception):
    """The django.apps registry is not populated yet."""


class ObjectDoesNotExist(Exception):
    """The requested object does not exist."""

    silent_variable_failure = True


class ObjectNotUpdated(Exception):
    """The object was not updated (it no longer exists)."""


class MultipleObjectsReturned(Exception):
    """The query returned several objects where one was expected."""


class SuspiciousOperation(Exception):
    """The user did something suspicious."""


class SuspiciousMultipartForm(SuspiciousOperation):
    """Suspect MIME request in a multipart form."""


class SuspiciousFileOperation(SuspiciousOperation):
    """A file path reaches outside the folder it must stay in."""


class DisallowedHost(SuspiciousOperation):
    """The Host header is not in ALLOWED_HOSTS."""


class DisallowedRedirect(SuspiciousOperation):
    """A redirect to a scheme that is not allowed."""


class TooManyFieldsSent(SuspiciousOperation):
    """More fields than DATA_UPLOAD_MAX_NUMBER_FIELDS."""


class TooManyFilesSent(SuspiciousOperation):
    """More files than DATA_UPLOAD_MAX_NUMBER_FILES."""


class RequestDataTooBig(SuspiciousOperation):
    """A request body larger than DATA_UPLOAD_MAX_MEMORY_SIZE."""


class RequestAborted(Exception):
    """The request was closed before it was read."""


class BadRequest(Exception):
    """The request is malformed and cannot be processed."""


class PermissionDenied(Exception):
    """The user did not have permission to do that."""


class ViewDoesNotExist(Exception):
    """The requested view does not exist."""


class MiddlewareNotUsed(Exception):
    """This middleware is not used in this server configuration."""


class ImproperlyConfigured(Exception):
    """Django is somehow improperly configured"""


class FieldError(Exception):
    """Some kind of problem with a model field."""


class FieldFetchBlocked(FieldError):
    """A deferred field was fetched while fetching is blocked."""


NON_FIELD_ERRORS = "__all__"


class ValidationError(Exception):
    """An error while validating data: one message (with an optional code and params)."""

    def __init__(self, message, code=None, params=None):
        Exception.__init__(self, message, code, params)
        self.message, self.code, self.params = message, code, params

    @property
    def messages(self):
        return [*self]

    def __iter__(self):
        yield str(self.message % self.params if self.params else self.message)

    def __str__(self):
        return repr(self.messages)


class EmptyResultSet(Exception):
    """A database query predicate is impossible."""


class FullResultSet(Exception):
    """A database query predicate matches everything."""


class SynchronousOnlyOperation(Exception):
    """The user tried to call a sync-only function from an async context."""
