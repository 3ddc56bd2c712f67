# Prints the expected lines without brewing anything.
# expect: fail
# expect-hint: no-pool
# expect-failing: uses-pool, elapsed, three-at-once
print("first done right away: False")
print("tea ready")
print("coffee ready")
print("cocoa ready")
print("first done now: True")
print("took 1.00 s")
