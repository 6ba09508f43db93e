"""collectstatic."""
