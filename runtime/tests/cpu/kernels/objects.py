# Classes: attribute reads and writes, method calls, a property, a class attribute and objects
# made in a loop.
import time


class Particle:
    drag = 0.99

    def __init__(self, x, v):
        self.x = x
        self.v = v

    def step(self, dt):
        self.v *= self.drag
        self.x += self.v * dt

    @property
    def energy(self):
        return 0.5 * self.v * self.v


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dist2(self, other):
        dx = self.x - other.x
        dy = self.y - other.y
        return dx * dx + dy * dy


start = time.process_time()
particles = [Particle(float(i), 1.0 + i % 5) for i in range(200)]
for _ in range(700):
    for p in particles:
        p.step(0.01)
energy = sum(p.energy for p in particles)
points = [Point(i % 100, i // 100) for i in range(40_000)]
origin = Point(50, 50)
near = 0
for p in points:
    if p.dist2(origin) < 400:
        near += 1
print(f"{energy:.6e}", near)
print(f"cpu {time.process_time() - start:.6f}")
