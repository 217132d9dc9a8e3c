# abc: abstract base classes, abstract methods and registration.
from abc import ABC, ABCMeta, abstractmethod
import math


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} area={self.area():.2f} perimeter={self.perimeter():.2f}"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


for cls in (Shape, Square):
    try:
        cls(1) if cls is Square else cls()
    except TypeError as e:
        print(e)
print(Circle(1).describe())
print(sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__), Circle.__abstractmethods__)


class Plugin(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Plugin and any("run" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented


class Runner:
    def run(self):
        return "running"


class Other:
    pass


print(isinstance(Runner(), Plugin), isinstance(Other(), Plugin), issubclass(Runner, Plugin))
Plugin.register(Other)
print(isinstance(Other(), Plugin), issubclass(Other, Plugin))


class Named(Plugin):
    @property
    def name(self):
        return "named"


print(Named().name, isinstance(Named(), Plugin), type(Plugin).__name__)
try:
    Plugin()
except TypeError as e:
    print(e)
try:
    Plugin.register(5)
except TypeError as e:
    print(e)
