"""Python-side helpers of the checker (src/checker/): facts about the learner's code and the
harness that runs an exercise's test functions. Pure standard library, so they also run
under plain CPython 3.11 for their unit tests (python3 -m unittest discover -s runtime/interleave/checking/tests).
"""
