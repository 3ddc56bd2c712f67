# Building a 300,000-item string by repeated +=, and by appending parts then joining them.
import time


def by_concat(n):
    text = ""
    for i in range(n):
        text += str(i % 10)
    return text


def by_join(n):
    parts = []
    for i in range(n):
        parts.append(f"{i},")
    return "".join(parts)


start = time.process_time()
print(len(by_concat(300_000)), len(by_join(300_000)))
print(f"cpu {time.process_time() - start:.6f}")
