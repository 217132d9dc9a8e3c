def counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    return inc


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
