# Exhausts the heap by doubling: a string, then a list, double until memory runs out; the first
# MemoryError is caught (as honest code may) and the program goes on, the second ends the run.
text = "ab"
try:
    while True:
        text += text
except MemoryError:
    print("caught MemoryError at", len(text) // 2**20, "M characters")
del text
items = [0]
while True:
    items = items + items
