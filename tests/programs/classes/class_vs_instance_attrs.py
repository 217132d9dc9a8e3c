# Class attributes versus instance attributes
class Dog:
    species = "Canis familiaris"
    count = 0
    tricks = []

    def __init__(self, name):
        self.name = name
        Dog.count += 1
        self.own_tricks = []

    def add_trick(self, trick):
        self.tricks.append(trick)
        self.own_tricks.append(trick)


a = Dog("Rex")
b = Dog("Fido")
print(a.species, b.species, Dog.count, a.count)
a.species = "wolf?"
print(a.species, b.species, Dog.species)
del a.species
print(a.species)
Dog.species = "dog"
print(a.species, b.species)
a.add_trick("sit")
b.add_trick("roll")
print(Dog.tricks, a.own_tricks, b.own_tricks)
a.count = 100
print(a.count, b.count, Dog.count)
print("species" in vars(a), "name" in vars(a), sorted(k for k in vars(Dog) if not k.startswith("__")))


class Config:
    settings = {"debug": False}
    level = 1

    @classmethod
    def bump(cls):
        cls.level += 1


Config.bump()
c = Config()
c.bump()
print(Config.level, c.level)
print(getattr(c, "level"), getattr(c, "missing", "default"), hasattr(c, "settings"))
setattr(c, "level", 99)
print(c.level, Config.level)
