"""What the admin's inclusion tags share. Not a tag library: it defines no `register`."""
