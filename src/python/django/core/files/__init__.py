"""Files and storages: only the storage classes STORAGES and the staticfiles finders name."""
