"""What deleting a row does to the rows that refer to it (a ForeignKey's on_delete)."""


class ProtectedError(Exception):
    def __init__(self, msg, protected_objects):
        self.protected_objects = protected_objects
        super().__init__(msg, protected_objects)


class RestrictedError(ProtectedError):
    pass


def CASCADE(collector, field, sub_objs, using):
    """The rows referring to a deleted one are deleted too."""


def PROTECT(collector, field, sub_objs, using):
    """A row that others refer to cannot be deleted."""


def RESTRICT(collector, field, sub_objs, using):
    """As PROTECT, unless the referring rows are deleted by a CASCADE too."""


def SET_NULL(collector, field, sub_objs, using):
    """The references become NULL."""


def SET_DEFAULT(collector, field, sub_objs, using):
    """The references become the field's default."""


def DO_NOTHING(collector, field, sub_objs, using):
    """Nothing is done (the database may refuse)."""


def SET(value):
    def set_on_delete(collector, field, sub_objs, using):
        """The references become `value`."""

    return set_on_delete
