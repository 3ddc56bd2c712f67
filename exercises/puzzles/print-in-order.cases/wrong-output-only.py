# Prints the three words and nothing else: no InOrder class, no threads. The tests cannot find the
# class they drive, and the checker says so instead of guessing at how it waits.
# expect: fail
# expect-hint: missing-names
# expect-failing: tests
print("first")
print("second")
print("third")
