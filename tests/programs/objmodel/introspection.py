# getattr/setattr/hasattr/delattr/vars/dir/type/isinstance/issubclass.
class Animal:
    kingdom = "animalia"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."


class Dog(Animal):
    def speak(self):
        return "woof"


d = Dog("rex")
print(getattr(d, "name"), getattr(d, "missing", None))
setattr(d, "age", 3)
print(vars(d))
print(hasattr(d, "age"), hasattr(d, "kingdom"), hasattr(d, "nope"))
delattr(d, "age")
print(vars(d))
try:
    delattr(d, "age")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(d, "wings")
except AttributeError as e:
    print("AttributeError:", e)
print([n for n in dir(d) if not n.startswith("__")])
print([n for n in dir(Dog) if not n.startswith("__")])
print(type(d), type(d) is Dog, type(Dog), type(type))
print(isinstance(d, Animal), isinstance(d, (int, Dog)), isinstance(Dog, type))
print(issubclass(Dog, Animal), issubclass(Dog, (int, str)), issubclass(bool, int))
print(d.__class__.__name__, Dog.__name__, Dog.__qualname__, Dog.__module__)
print(Dog.__bases__, Dog.__base__.__name__)
print([k for k in Dog.__dict__])
print(type(Dog.__dict__).__name__)
print("speak" in Animal.__dict__, "kingdom" in Dog.__dict__)
print(getattr(d, "speak")(), getattr(Animal, "speak")(d))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(d, "Dog")
except TypeError as e:
    print("TypeError:", e)
try:
    getattr(d, 5)
except TypeError as e:
    print("TypeError:", e)
o = object()
print(type(o).__name__, hasattr(o, "__dict__"))
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(id(d) == id(d), id(d) != id(Dog("x")))
print(callable(d.speak), callable(d))
Dog.kingdom = "changed"
print(d.kingdom, Animal.kingdom)
print(sorted(vars(Animal).keys())[:3])
