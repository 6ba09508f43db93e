"""django.db.transaction: atomic() blocks. The outermost block sends BEGIN and then COMMIT (or
ROLLBACK when the block raised); an inner one is a savepoint. Each is recorded in
connection.queries, as Django records them."""

from contextlib import ContextDecorator

from django.db import DEFAULT_DB_ALIAS, connections


class Atomic(ContextDecorator):
    def __init__(self, using=None, savepoint=True, durable=False):
        self.using, self.savepoint, self.durable = using, savepoint, durable
        self._names = []

    def __enter__(self):
        db = connections[self.using or DEFAULT_DB_ALIAS]
        db.atomic_depth += 1
        if db.atomic_depth == 1:
            db.run_transaction_statement("BEGIN")
            self._names.append(None)
        elif self.savepoint:
            name = f'"s_x{db.atomic_depth}"'
            db.run_transaction_statement(f"SAVEPOINT {name}")
            self._names.append(name)
        else:
            self._names.append("")

    def __exit__(self, exc_type, exc_value, traceback):
        db = connections[self.using or DEFAULT_DB_ALIAS]
        name = self._names.pop()
        db.atomic_depth -= 1
        if name is None:
            db.run_transaction_statement("ROLLBACK" if exc_type else "COMMIT")
        elif name:
            if exc_type:
                db.run_transaction_statement(f"ROLLBACK TO SAVEPOINT {name}")
            db.run_transaction_statement(f"RELEASE SAVEPOINT {name}")
        return False


def atomic(using=None, savepoint=True, durable=False):
    if callable(using):
        return Atomic(DEFAULT_DB_ALIAS, savepoint, durable)(using)
    return Atomic(using, savepoint, durable)


def get_connection(using=None):
    return connections[using or DEFAULT_DB_ALIAS]


def on_commit(func, using=None, robust=False):
    """Run `func` when the transaction commits; outside one (autocommit), now."""
    func()
