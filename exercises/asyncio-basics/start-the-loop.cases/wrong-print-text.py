# Prints the expected lines without running anything.
# expect: fail
# expect-hint: fake-output
# expect-failing: elapsed
import asyncio

print("3")
print("2")
print("1")
print("liftoff after 3.0 s")
