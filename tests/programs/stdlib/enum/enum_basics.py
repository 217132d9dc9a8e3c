# A traffic light state machine built on Enum.
from enum import Enum, IntEnum, auto, unique


class Light(Enum):
    RED = 1
    YELLOW = 2
    GREEN = 3

    def next(self):
        order = list(Light)
        return order[(order.index(self) + 1) % len(order)]

    @property
    def can_go(self):
        return self is Light.GREEN


state = Light.RED
for _ in range(4):
    print(state, repr(state), state.name, state.value, state.can_go)
    state = state.next()
print(Light(2), Light["GREEN"], Light.RED in Light, len(Light))
print([m.name for m in Light], list(Light.__members__))
print(Light.RED == Light.RED, Light.RED == 1, Light.RED is Light(1))
print({Light.RED: "stop", Light.GREEN: "go"}[Light.GREEN])
print(f"{Light.YELLOW}", f"{Light.YELLOW!r}", "%s" % Light.GREEN, type(Light.RED).__name__)
for bad in (lambda: Light(7), lambda: Light("RED")):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
try:
    Light["BLUE"]
except KeyError as e:
    print("KeyError", e)


class Priority(IntEnum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()


print(list(Priority), Priority.HIGH > Priority.LOW, Priority.MEDIUM + 10, sorted([3, Priority.LOW]))
print(str(Priority.HIGH), f"{Priority.LOW:>4}", int(Priority.MEDIUM), Priority(3))


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    ALIAS = 2


print(Shape.ALIAS, Shape.ALIAS is Shape.SQUARE, list(Shape), list(Shape.__members__.items()))
try:
    unique(Shape)
except ValueError as e:
    print(e)


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


for p in Planet:
    print(p.name, p.value, round(p.gravity, 2))


class Color(Enum):
    RED = auto()
    GREEN = auto()

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Color("green"), Color(1))
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Enum("Dir", [("N", "n"), ("S", "s")]).S)
try:
    Light.RED = 4
except AttributeError as e:
    print(e)
