# OverflowError sources and related limits
cases = [
    ("float(10**400)", lambda: float(10 ** 400)),
    ("10**400 / 1", lambda: 10 ** 400 / 1),
    ("2.0 ** 5000", lambda: 2.0 ** 5000),
    ("int(inf)", lambda: int(float("inf"))),
    ("round(inf)", lambda: round(float("-inf"))),
    ("to_bytes", lambda: (1000).to_bytes(1, "big")),
    ("neg to_bytes", lambda: (-1).to_bytes(1, "big")),
    ("float * float", lambda: 1e308 * 10),
    ("math via pow", lambda: pow(10.0, 400)),
    ("int * huge", lambda: len(range(10 ** 20))),
    ("list repeat", lambda: [0] * (2 ** 70)),
    ("str repeat", lambda: "x" * (2 ** 80)),
]
for label, fn in cases:
    try:
        result = fn()
        print(f"{label:14} ok: {result}")
    except (OverflowError, MemoryError) as e:
        print(f"{label:14} {type(e).__name__}: {e}")
print(issubclass(OverflowError, ArithmeticError), 2 ** 1000 > 10 ** 300, float(2 ** 1000) > 1e300)
