# property objects: getters, setters, deleters, docs, inheritance.
class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        """Degrees Celsius."""
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("reset")
        self._c = 0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 30
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t.celsius)
prop = Temperature.__dict__["celsius"]
print(type(prop).__name__, prop.__doc__)
print(prop.fget.__name__, prop.fset is not None, Temperature.fahrenheit.fset)


class Kelvin(Temperature):
    @property
    def kelvin(self):
        return self.celsius + 273.15

    @Temperature.celsius.getter
    def celsius(self):
        return self._c * 1.0


k = Kelvin(10)
print(k.kelvin, k.celsius)
k.celsius = 5
print(k.celsius)


def get_x(self):
    return self._x * 2


class Manual:
    x = property(get_x, None, None, "doubled x")

    def __init__(self):
        self._x = 21


m = Manual()
print(m.x, Manual.x.__doc__)
try:
    del m.x
except AttributeError as e:
    print("AttributeError:", e)
