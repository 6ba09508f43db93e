"""MySQL's protocol constants (recorded: CLIENT flags and FIELD_TYPE codes)."""
