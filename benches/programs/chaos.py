# Chaos game: a point jumps towards randomly chosen vertices of a polygon
# under affine maps, and the visited cells of a grid are counted. Exercises
# float arithmetic, small classes with methods and attributes, a hand-written
# linear congruential generator, and list-of-lists indexing.


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def below(self, n):
        return self.next() % n

    def unit(self):
        return self.next() / 2147483648.0


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def towards(self, other, ratio):
        return Point(self.x + (other.x - self.x) * ratio,
                     self.y + (other.y - self.y) * ratio)


class Affine:
    """x' = a*x + b*y + e, y' = c*x + d*y + f, chosen with a weight."""

    def __init__(self, a, b, c, d, e, f, weight):
        self.a = a
        self.b = b
        self.c = c
        self.d = d
        self.e = e
        self.f = f
        self.weight = weight

    def apply(self, p):
        return Point(self.a * p.x + self.b * p.y + self.e,
                     self.c * p.x + self.d * p.y + self.f)


class Grid:
    def __init__(self, width, height, x0, y0, x1, y1):
        self.width = width
        self.height = height
        self.x0 = x0
        self.y0 = y0
        self.sx = width / (x1 - x0)
        self.sy = height / (y1 - y0)
        self.cells = [[0] * width for _ in range(height)]

    def plot(self, p):
        i = int((p.x - self.x0) * self.sx)
        j = int((p.y - self.y0) * self.sy)
        if 0 <= i < self.width and 0 <= j < self.height:
            self.cells[j][i] += 1

    def summary(self):
        filled = 0
        peak = 0
        weighted = 0
        for j, row in enumerate(self.cells):
            for i, n in enumerate(row):
                if n:
                    filled += 1
                    weighted = (weighted + n * (i + 1) * (j + 3)) % 1000000007
                    if n > peak:
                        peak = n
        return filled, peak, weighted


def polygon_game(sides, steps, ratio, rng):
    vertices = []
    # vertices on a unit circle via a rotation recurrence (no math import)
    c, s = 1.0, 0.0
    angle = 6.283185307179586 / sides
    ca = 1.0 - angle * angle / 2 + angle ** 4 / 24 - angle ** 6 / 720
    sa = angle - angle ** 3 / 6 + angle ** 5 / 120 - angle ** 7 / 5040
    for _ in range(sides):
        vertices.append(Point(c, s))
        c, s = c * ca - s * sa, c * sa + s * ca
    grid = Grid(64, 64, -1.05, -1.05, 1.05, 1.05)
    p = Point(0.1, 0.2)
    last = -1
    for _ in range(steps):
        k = rng.below(sides)
        if k == last:
            # the restricted chaos game: never the same vertex twice in a row
            k = (k + 1 + rng.below(sides - 1)) % sides
        last = k
        p = p.towards(vertices[k], ratio)
        grid.plot(p)
    return grid.summary()


def fern(steps, rng):
    maps = [
        Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
        Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
        Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
        Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
    ]
    grid = Grid(48, 96, -2.2, 0.0, 2.7, 10.0)
    p = Point(0.0, 0.0)
    for _ in range(steps):
        r = rng.unit()
        for m in maps:
            r -= m.weight
            if r < 0.0:
                break
        p = m.apply(p)
        grid.plot(p)
    return grid.summary()


def main():
    rng = Rng(20240601)
    for sides, ratio in ((3, 0.5), (5, 0.618), (6, 0.667)):
        print("polygon", sides, polygon_game(sides, 250000, ratio, rng))
    print("fern", fern(350000, rng))
    print("rng", rng.state)


main()
