# Prints the lines the checker wants without starting any thread.
# expect: fail
# expect-hint: use-thread
# expect-failing: uses-thread, three-threads, elapsed, overlap

def main():
    for n in range(3):
        print(f"worker {n} starting")
    for n in range(3):
        print(f"worker {n} done")
    print("all done in 1.0 s")


main()
