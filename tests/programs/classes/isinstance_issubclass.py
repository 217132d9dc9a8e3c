# isinstance and issubclass with builtins and user classes
class Shape:
    pass


class Polygon(Shape):
    pass


class Triangle(Polygon):
    pass


class Circle(Shape):
    pass


t = Triangle()
print(isinstance(t, Triangle), isinstance(t, Polygon), isinstance(t, Shape), isinstance(t, Circle))
print(isinstance(t, (Circle, Polygon)), isinstance(t, object), isinstance(Triangle, type))
print(issubclass(Triangle, Shape), issubclass(Shape, Triangle), issubclass(Triangle, Triangle))
print(issubclass(Circle, (Polygon, Shape)), issubclass(bool, int), issubclass(int, object))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance("s", str))
print(isinstance([], (list, tuple)), isinstance({}, dict), isinstance(None, type(None)))
print(isinstance(3, (int, float)), isinstance(3.5, (int, float)), isinstance(2j, (int, float)))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(TypeError, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
print(type(t) is Triangle, type(t) is Polygon, type(t).__name__, type(3) == int)
try:
    isinstance(t, "Triangle")
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(t, Shape)
except TypeError as e:
    print(type(e).__name__, e)


def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, (list, tuple)):
        return f"sequence of {len(x)}"
    if isinstance(x, Shape):
        return f"shape:{type(x).__name__}"
    return "other"


print([describe(v) for v in [True, 5, [1, 2], (), Circle(), "x"]])
