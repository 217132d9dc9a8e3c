# The first use of a built-in type's namespace may come from anywhere:
# a subclass's lookup, super(), a struct sequence's repr, a file object's
# method, dir() or __dict__. Each must see the type's full namespace.
import sys


class Flag(bool.__base__):
    def describe(self):
        return "Flag(%d) bit_length=%d" % (self, self.bit_length())


print(Flag(5).describe())
print(sorted(n for n in dir(True) if not n.startswith("_"))[:6])


class Loud(KeyError):
    def __str__(self):
        return "loud " + super().__str__()


print(Loud("k"), Loud.__module__, KeyError.__module__, BaseException.__module__)
e = Loud("x")
e.extra = 1
print(e.__dict__, "__dict__" in BaseException.__dict__)
print(type(sys.flags).__name__, sys.flags.optimize, sys.flags[0] == sys.flags.debug)
print(sys.version_info[:1] == (sys.version_info.major,), type(sys.version_info).n_fields)
print(repr(sys.float_info)[:26])
print(sys.int_info.bits_per_digit, type(sys.int_info).n_sequence_fields)
print("write" in dir(sys.stdout), sys.stdout.writable(), type(sys.stderr).__name__)
print([n for n in vars(type(sys.stdout)) if n in ("write", "flush", "encoding")])
print(type(None).__repr__(None), repr(NotImplemented), repr(...))
print(type({}.keys()).__name__, {}.keys() == set(), {1: 2}.items() & {(1, 2)})
print(frozenset.__dict__["__contains__"].__name__, len(set.__dict__) > 10)
print(complex.__dict__["conjugate"](3 + 4j), (2.5).as_integer_ratio())
print(bytearray(b"ab").upper(), b"x".hex(), bytes.fromhex("41"))
print(range(3).__reversed__().__length_hint__(), slice(1, 5, 2).indices(3))
print(type(print).__name__, staticmethod.__dict__["__get__"].__name__)
print(property.__dict__["getter"].__qualname__, sys.__class__.__dict__["__repr__"](sys))


def gen():
    yield 1


print(type(gen()).__dict__["send"].__name__, gen().__next__())
print(type(gen.__code__).co_name.__get__(gen.__code__), list(int.__dict__)[:1] != [])
print(issubclass(Loud, LookupError), StopIteration(3).value, SystemExit(2).code)
print(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad").reason)
print(type(int | str).__name__, list[int], (list[int]).__origin__)
