"""The command-line grader's Python (src/grader/): a submission's facts gathered in the process
that runs it (`evidence`), its goals judged in an interpreter that never ran it (`judge`), and
the values that cross between the two (`values`). See src/grader/README.md.
"""
