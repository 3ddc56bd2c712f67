# Exhausts the heap: keeps 10 MB blocks until memory runs out (95 s and 4.4 GB in Node before the cap).
blocks = []
while True:
    blocks.append(bytearray(10**7))
