"""One module per operation of the engine, named after it; each has `run(request)` returning
the answer (a JSON-able dict). minidjango.api finds them by folder."""
