# Enum, IntEnum, StrEnum, Flag and IntFlag: reprs, str, lookups and errors.
from enum import *
class C(Enum):
    R=1; G=2
class I(IntEnum):
    A=1; B=2
class M(int, Enum):
    X=1
class P(Flag):
    R=auto(); W=auto(); X=auto()
class Q(IntFlag):
    R=4; W=2; X=1
print(f'{C.R} {I.A} {M.X} {P.R} {Q.R}', str(M.X), repr(M.X), format(M.X, '>5'))
print(repr(P.R|P.W), str(P.R|P.W), repr(P(0)), str(P(0)), repr(~P.R), list(P.R|P.X), len(P.R|P.W), P.R in (P.R|P.W))
print(repr(Q.R|Q.W), str(Q.R|Q.W), repr(Q(0)), repr(~Q.R), Q.R|8, repr(Q(9)), Q.R+1)
try: 1 in C
except TypeError as e: print(e)
print(C.__members__, type(C.__members__))
try: C(3)
except ValueError as e: print(e)
try: C['Z']
except KeyError as e: print(repr(e))
try: C.R = 5
except AttributeError as e: print(e)
try: P(8)
except ValueError as e: print(e)
print(repr(C), C.R.name, C.R.value, C(1), C.R is C['R'], list(C), list(reversed(C)), len(C), hash(C.R)==hash('R'))
try:
    @unique
    class D(Enum):
        A=1; B=1; C=2; E=2
except ValueError as e: print(e)
try:
    class E(Enum):
        A=1; A=2
except TypeError as e: print(e)
class S(StrEnum):
    A=auto(); B='bee'
print(S.A, repr(S.A), S.B == 'bee')
F = Enum('F', 'a b c'); print(list(F), F.a.value)
print(C.R < C.G if False else '', bool(P(0)))
try: C.R < C.G
except TypeError as e: print(e)
print(isinstance(C.R, C), type(C.R), I.A + 1, I.A == 1, I(2), sorted([I.B, I.A]))
