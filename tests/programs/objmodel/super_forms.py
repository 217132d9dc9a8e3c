# super() with and without arguments.
class Base:
    def __init__(self):
        self.trail = ["Base"]

    def greet(self, who):
        return f"Base greets {who}"

    @classmethod
    def make(cls):
        return f"Base.make for {cls.__name__}"


class Mid(Base):
    def __init__(self):
        super().__init__()
        self.trail.append("Mid")

    def greet(self, who):
        return "Mid/" + super().greet(who)

    @classmethod
    def make(cls):
        return "Mid/" + super().make()


class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__()
        self.trail.append("Leaf")

    def greet(self, who):
        skip = super(Mid, self).greet(who)
        return "Leaf/" + super().greet(who) + " | " + skip


obj = Leaf()
print(obj.trail)
print(obj.greet("you"))
print(Leaf.make())
s = super(Leaf, obj)
print(type(s).__name__)
print(s.greet("x"))
print(super(Mid, Leaf).make())


class Counter(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)

    def __getitem__(self, k):
        return super().__getitem__(k) + 1


c = Counter()
c["a"] = 1
print(c["a"], dict(c))


def outside(self):
    return super(Leaf, self).greet("outside")


print(outside(obj))
try:
    super(Leaf, 5)
except TypeError as e:
    print("TypeError:", e)
