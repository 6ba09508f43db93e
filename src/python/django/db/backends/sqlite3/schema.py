"""Tables as `manage.py migrate --run-syncdb` leaves them on sqlite: the contrib apps' as their
migrations make them (their columns in the order the migrations added them), an app without
migrations' straight from its models."""

from django.db.models.fields import AutoFieldMixin

#: The contrib apps' tables, as their migrations leave them.
CONTRIB_TABLES = {
    "contenttypes": [
        'CREATE TABLE "django_content_type" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "app_label" varchar(100) NOT NULL, "model" varchar(100) NOT NULL)',
        'CREATE UNIQUE INDEX "django_content_type_app_label_model_76bd3d3b_uniq" ON "django_content_type" ("app_label", "model")',
    ],
    "auth": [
        'CREATE TABLE "auth_permission" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "codename" varchar(100) NOT NULL, "name" varchar(255) NOT NULL)',
        'CREATE TABLE "auth_group" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(150) NOT NULL UNIQUE)',
        'CREATE TABLE "auth_group_permissions" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "group_id" integer NOT NULL REFERENCES "auth_group" ("id") DEFERRABLE INITIALLY DEFERRED, "permission_id" integer NOT NULL REFERENCES "auth_permission" ("id") DEFERRABLE INITIALLY DEFERRED)',
        'CREATE TABLE "auth_user" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "password" varchar(128) NOT NULL, "last_login" datetime NULL, "is_superuser" bool NOT NULL, "username" varchar(150) NOT NULL UNIQUE, "last_name" varchar(150) NOT NULL, "email" varchar(254) NOT NULL, "is_staff" bool NOT NULL, "is_active" bool NOT NULL, "date_joined" datetime NOT NULL, "first_name" varchar(150) NOT NULL)',
        'CREATE TABLE "auth_user_groups" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "user_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "group_id" integer NOT NULL REFERENCES "auth_group" ("id") DEFERRABLE INITIALLY DEFERRED)',
        'CREATE TABLE "auth_user_user_permissions" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "user_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "permission_id" integer NOT NULL REFERENCES "auth_permission" ("id") DEFERRABLE INITIALLY DEFERRED)',
    ],
    "sessions": [
        'CREATE TABLE "django_session" ("session_key" varchar(40) NOT NULL PRIMARY KEY, "session_data" text NOT NULL, "expire_date" datetime NOT NULL)',
    ],
}


def column_definition(field):
    parts = [f'"{field.column}"', field.db_type()]
    parts.append("NULL" if field.null and not field.primary_key else "NOT NULL")
    if field.primary_key:
        parts.append("PRIMARY KEY")
        if isinstance(field, AutoFieldMixin):
            parts.append("AUTOINCREMENT")
    elif field.unique:
        parts.append("UNIQUE")
    if field.is_relation and getattr(field, "related_model", None) is not None:
        target = field.related_model._meta
        parts.append(f'REFERENCES "{target.db_table}" ("{target.pk.column}") DEFERRABLE INITIALLY DEFERRED')
    return " ".join(parts)


def create_table_sql(model):
    meta = model._meta
    unresolved = [f for f in meta.local_fields if f.is_relation and f.related_model is None]
    if unresolved:
        field = unresolved[0]
        raise ValueError(f"Related model {field.remote!r} cannot be resolved")
    columns = ", ".join(column_definition(f) for f in meta.local_fields if f.column)
    statements = [f'CREATE TABLE "{meta.db_table}" ({columns})']
    for together in meta.unique_together and ([meta.unique_together] if isinstance(meta.unique_together[0], str) else meta.unique_together):
        names = ", ".join(f'"{meta.get_field(name).column}"' for name in together)
        statements.append(f'CREATE UNIQUE INDEX "{meta.db_table}_{"_".join(together)}_uniq" ON "{meta.db_table}" ({names})')
    return statements


def run_syncdb(connection, app_configs):
    """Create the tables of the installed apps, in INSTALLED_APPS order."""
    raw = connection.raw_connection()
    for config in app_configs:
        if config.label in CONTRIB_TABLES:
            for statement in CONTRIB_TABLES[config.label]:
                raw.execute(statement)
            continue
        if config.name.startswith("django."):
            continue
        for model in config.get_models():
            if model._meta.managed and not model._meta.proxy:
                for statement in create_table_sql(model):
                    raw.execute(statement)
