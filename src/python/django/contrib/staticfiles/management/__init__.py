"""The staticfiles app's management commands."""
