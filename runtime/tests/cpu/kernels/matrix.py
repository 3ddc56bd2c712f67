# A matrix product written with nested subscripts, the way a learner writes it, and a transpose
# and trace of the result.
import time


def make(n, seed):
    return [[(i * seed + j * 7) % 11 for j in range(n)] for i in range(n)]


def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    c = [[0] * p for _ in range(n)]
    for i in range(n):
        for j in range(p):
            s = 0
            for k in range(m):
                s += a[i][k] * b[k][j]
            c[i][j] = s
    return c


start = time.process_time()
a, b = make(140, 3), make(140, 5)
c = matmul(a, b)
trace = 0
for i in range(len(c)):
    trace += c[i][i]
print(trace, c[3][5], c[139][0])
print(f"cpu {time.process_time() - start:.6f}")
