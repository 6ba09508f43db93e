"""Django's database backends, as far as the mini Django has them: each `base` module does what
importing Django's does (import the backend's driver, refuse a driver too old or missing) and
offers a DatabaseWrapper that never connects."""
