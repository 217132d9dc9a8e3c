# inf, nan and negative zero semantics
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, -nan if False else nan)
print(inf + 1, inf * 2, inf - inf, inf * 0, 1 / inf, -1 / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, inf == float("infinity"))
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
x = nan
print(x == x, [x] == [x], x in [x])
print(0.0 == -0.0, str(-0.0), repr(0.0 * -1), -0.0 + 0.0, -0.0 - 0.0)
print(abs(-0.0), abs(-inf), -(0.0))
print(max(inf, 1), min(-inf, 1), sorted([3.0, inf, -inf, 0.0]))
print(float("INF"), float("-Infinity"), float("NaN"), float(" nan "))
print(inf / inf, nan + 1, nan * 0)
print(round(-0.4), round(-0.5), round(0.5), round(-0.0, 2))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(inf.is_integer(), (5.0).is_integer(), nan.is_integer())
print(hash(inf), hash(-inf), hash(0.0) == hash(-0.0))
for label, val in [("inf", inf), ("nan", nan)]:
    try:
        int(val)
    except (OverflowError, ValueError) as e:
        print(label, type(e).__name__, e)
