# A basic class with __init__, methods and instance attributes
class Rectangle:
    def __init__(self, width, height):
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height

    def perimeter(self):
        return 2 * (self.width + self.height)

    def scale(self, factor):
        self.width *= factor
        self.height *= factor
        return self

    def is_square(self):
        return self.width == self.height

    def describe(self):
        kind = "square" if self.is_square() else "rectangle"
        return f"{kind} {self.width}x{self.height}, area {self.area()}"


r = Rectangle(3, 4)
print(r.area(), r.perimeter(), r.is_square(), r.describe())
r.scale(2)
print(r.width, r.height, r.describe())
s = Rectangle(5, 5)
print(s.describe(), Rectangle.area(s), Rectangle(1, 2).scale(3).area())
rects = [Rectangle(w, h) for w, h in [(1, 9), (2, 3), (4, 4), (10, 1)]]
print([x.area() for x in rects], max(rects, key=Rectangle.area).describe())
r.color = "blue"
print(r.color, sorted(vars(r)), type(r).__name__, r.__class__.__name__)
method = s.area
s.width = 10
print(method())
