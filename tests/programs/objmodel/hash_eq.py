# __hash__ and __eq__ interplay.
class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Key) and self.k.lower() == other.k.lower()

    def __hash__(self):
        return hash(self.k.lower())

    def __repr__(self):
        return f"Key({self.k!r})"


d = {Key("Name"): 1}
d[Key("NAME")] = 2
print(d)
print(Key("name") in d, len({Key("a"), Key("A"), Key("b")}))


class EqOnly:
    def __eq__(self, other):
        return True


print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


p = Plain()
print(hash(p) == hash(p), p == p, p == Plain())
print(Plain.__hash__ is object.__hash__)


class Inherit(Key):
    pass


print(hash(Inherit("X")) == hash(Key("x")))


class EqSub(Key):
    def __eq__(self, other):
        return False


print(EqSub.__hash__)


class Unhashable:
    __hash__ = None


try:
    hash(Unhashable())
except TypeError as e:
    print("TypeError:", e)
from_list = [Key("x"), Key("X"), Key("y")]
print(list(dict.fromkeys(from_list)))
print(Key("q") == "q", Key("q") != Key("Q"))
