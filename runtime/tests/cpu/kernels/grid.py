# Nested loops over a 2-D list: building a grid, summing it by index, a neighbour count (as in
# the game of life) and a transpose.
import time


def make_grid(rows, cols):
    grid = []
    for r in range(rows):
        row = []
        for c in range(cols):
            row.append((r * 31 + c * 17) % 10)
        grid.append(row)
    return grid


def neighbours(grid):
    rows, cols = len(grid), len(grid[0])
    total = 0
    for r in range(1, rows - 1):
        for c in range(1, cols - 1):
            n = grid[r - 1][c] + grid[r + 1][c] + grid[r][c - 1] + grid[r][c + 1]
            if n > 18:
                total += 1
    return total


start = time.process_time()
grid = make_grid(450, 450)
total = 0
for r in range(len(grid)):
    for c in range(len(grid[r])):
        total += grid[r][c]
flipped = [[grid[r][c] for r in range(len(grid))] for c in range(len(grid[0]))]
print(total, neighbours(grid), flipped[7][3] == grid[3][7])
print(f"cpu {time.process_time() - start:.6f}")
