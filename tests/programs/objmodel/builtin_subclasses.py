# Subclasses of built-in types.
class Celsius(float):
    def __repr__(self):
        return f"{float(self)}°C"


class Tag(str):
    def shout(self):
        return self.upper() + "!"


class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]


class Counts(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1


class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError(f"{v} is odd")
        return super().__new__(cls, v)


t = Tag("hello")
print(t.shout(), t + " world", type(t + "x").__name__, isinstance(t, str))
print(t == "hello", hash(t) == hash("hello"), len(t), t[1:3])
s = Stack([1])
s.push(2).push(3)
print(s, s.peek(), len(s), type(s).__name__, s + [4])
print(type(s[:2]).__name__)
c = Counts()
for w in "a b a c a".split():
    c.add(w)
print(c, sorted(c.items()), isinstance(c, dict))
print(Even(4) * 3, type(Even(4) * 3).__name__)
try:
    Even(3)
except ValueError as e:
    print("ValueError:", e)
print(repr(Celsius(21.5)), Celsius(1) + 1)
s.extra = "attr"
print(s.extra, vars(s))


class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


class NotFound(AppError):
    pass


try:
    raise NotFound(404, "no such page")
except AppError as e:
    print(e, repr(e), e.code, e.args, type(e).__mro__[1].__name__)


class Plain(Exception):
    pass


print(repr(Plain("a", 1)), str(Plain()), Plain.__bases__)
print(issubclass(NotFound, Exception), isinstance(NotFound(1, "x"), BaseException))


class MyTuple(tuple):
    def first(self):
        return self[0]


mt = MyTuple([3, 4])
print(mt, mt.first(), type(mt).__name__)
