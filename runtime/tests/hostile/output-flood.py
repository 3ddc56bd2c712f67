# A flood of output: 100 MB in one print, then a million lines (stopped at the output limit).
print("y" * 10**8)
for _ in range(10**6):
    print("x" * 100)
