"""PEP 563: annotations become their source text, never evaluated."""
from __future__ import annotations
import sys

x: List[int] = [1]
y: undefined_name
z: "quoted" = 3

class C:
    a: int
    b: Optional[C] = None
    c: dict[str, list[tuple[int, ...]]]

    def m(self, other: C, *args: int, key: str = "k", **kw: Any) -> C | None:
        return None

def g(a: f(1, b=2), b: x.y.z, /, c: {1: 2}, d: [1, 2], e: 1 + 2j, f_: 3.5e-7, g_: f"{a!r:>{w}} {b=}", h: -1e309) -> 'str':
    pass

def h(a: lambda x, /, y=2, *, z: x, b: (x for x in y), c: a[1:2], d: a[:, 1], e: b'\x00\xff', f: r'\d') -> await_:
    pass

async def k(a: [x async for x in y]) -> Awaitable[None]:
    pass

def f3(a: -(a + b), b: (-1) ** 2, c: 2 ** -1, d: not (a and b), e: a if (b if c else d) else e, g: ((a, b) if c else d),
      h: x[a:b, c], i: f(*[1]), j: f(a)[b].c, k: {**a, 'b': 1}, l: 1.0.real, m: (1).real, n: True.real, o: [], p: {},
      q: set(), r: "".join, s: 1_000, t: 0o17, u: 0b101, v: 1E5, w: 1e22, x: .5, y: 1.7976931348623157e308, z: "a" "b",
      aa: f"{x['k']}", bb: f'{x["k"]}' , cc: "both'\"", dd: "\t\n\\", ee: "日本", ff: x[-1], gg: x[a, b:c], hh: a < (b < c),
      ii: (a, *b), jj: [x for x in y for z in w if a if b], kk: f(x=(a, b)), ll: a.b.c[d], mm: -x.y, nn: (-x).y, oo: (a + b).c,
      pp: (lambda: 1) if a else (lambda: 2), qq: lambda: (yield_), rr: f"{'{'}", ss: f"{{}} {x:{y}}", tt: not -a, uu: -(not a),
      vv: a or (not b), ww: (a, b)[1:], xx: (x for x in y)[0], yy: f(a, b=1)(c), zz: ~-~a, a1: a // b % c, a2: a % (b // c),
      a3: a - -b, a4: a ** -b ** c, a5: [a, (b, c)], a6: {(a, b): c}, a7: x[a if b else c], a8: x[lambda: 1], a9: 10 ** 20,
      b1: 1e-4, b2: 1e-5, b3: 123456789.123456789, b4: 1e15, b5: 1e16, b6: 0.0, b7: -0.0, b8: 5e-324, b9: (1, 2)[0]):
    pass
def g3(*args: *Ts): pass
for name, text in f3.__annotations__.items():
    print(name, repr(text))
print(g3.__annotations__)
print(__annotations__)
print(C.__annotations__)
print(C.m.__annotations__)
print(g.__annotations__)
print(h.__annotations__)
print(k.__annotations__)
print(hex(g.__code__.co_flags & 0x1000000))
print(sys.modules[__name__].__annotations__ is __annotations__)
