# Properties with getters, setters and deleters
class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"temperature below absolute zero: {value}")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    @property
    def kelvin(self):
        return self._celsius + 273.15


t = Temperature(25)
print(t.celsius, t.fahrenheit, round(t.kelvin, 2))
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.kelvin = 0
except AttributeError as e:
    print(type(e).__name__, e)


class Person:
    def __init__(self, first, last):
        self.first = first
        self.last = last
        self._nickname = None

    @property
    def full_name(self):
        return f"{self.first} {self.last}"

    @property
    def nickname(self):
        return self._nickname or self.first

    @nickname.setter
    def nickname(self, value):
        self._nickname = value.strip()

    @nickname.deleter
    def nickname(self):
        print("deleting nickname")
        self._nickname = None


p = Person("Katherine", "Johnson")
print(p.full_name, p.nickname)
p.nickname = "  Kat "
print(p.nickname)
del p.nickname
print(p.nickname)
p.first = "K."
print(p.full_name)
print(type(Person.full_name).__name__, Person.nickname.__doc__)
