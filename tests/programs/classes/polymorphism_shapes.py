# Polymorphism through a common base class with abstract-like methods
class Shape:
    name = "shape"

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")

    def perimeter(self):
        raise NotImplementedError

    def summary(self):
        return f"{self.name:<9} area={self.area():8.3f} perimeter={self.perimeter():7.3f}"


class Circle(Shape):
    name = "circle"
    PI = 3.141592653589793

    def __init__(self, r):
        self.r = r

    def area(self):
        return self.PI * self.r ** 2

    def perimeter(self):
        return 2 * self.PI * self.r


class Rect(Shape):
    name = "rect"

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    name = "square"

    def __init__(self, s):
        super().__init__(s, s)


class Triangle(Shape):
    name = "triangle"

    def __init__(self, a, b, c):
        self.sides = (a, b, c)

    def perimeter(self):
        return sum(self.sides)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return (s * (s - a) * (s - b) * (s - c)) ** 0.5


shapes = [Circle(1), Rect(2, 3.5), Square(4), Triangle(3, 4, 5), Circle(0.5)]
for s in shapes:
    print(s.summary())
print("total area", round(sum(s.area() for s in shapes), 4))
print("largest", max(shapes, key=lambda s: s.area()).name)
print([s.name for s in sorted(shapes, key=lambda s: s.perimeter())])
try:
    Shape().summary()
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    Shape().perimeter()
except NotImplementedError as e:
    print(type(e).__name__, repr(str(e)))
