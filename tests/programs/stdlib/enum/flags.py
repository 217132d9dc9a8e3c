# Permission flags with Flag and IntFlag.
from enum import Flag, IntFlag, auto


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    ALL = READ | WRITE | EXEC


rw = Perm.READ | Perm.WRITE
print(rw, repr(rw), Perm.READ in rw, Perm.EXEC in rw, bool(rw & Perm.EXEC))
print(Perm.ALL, repr(Perm.ALL), list(Perm.ALL), len(Perm.ALL))
print(repr(~Perm.READ), repr(Perm(0)), bool(Perm(0)), Perm(3) is rw)
print(list(Perm), [p.value for p in Perm])
print(rw ^ Perm.READ, Perm.ALL & ~Perm.WRITE)


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


m = Mode.R | Mode.X
print(m, repr(m), m == 5, m + 1, int(m), Mode(6), repr(Mode(6)))
print(repr(Mode.R | 8), Mode.W in m, isinstance(m, int), repr(~Mode.R))
users = {"ann": Mode.R | Mode.W, "bob": Mode.R, "cy": Mode(7)}
for name, mode in users.items():
    can = [f.name for f in Mode if f in mode]
    print(name, can, format(mode, "03b"))
