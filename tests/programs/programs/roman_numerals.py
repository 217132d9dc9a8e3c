# Roman numeral conversion in both directions with validation
VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
SYMBOLS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range (1-3999)")
    out = []
    for value, sym in VALUES:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def from_roman(s):
    if not s:
        raise ValueError("empty numeral")
    total = 0
    for i, ch in enumerate(s):
        if ch not in SYMBOLS:
            raise ValueError(f"invalid character {ch!r} in {s!r}")
        v = SYMBOLS[ch]
        if i + 1 < len(s) and SYMBOLS.get(s[i + 1], 0) > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral {s!r} (did you mean {to_roman(total)!r}?)")
    return total


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666]:
    r = to_roman(n)
    print(f"{n:>5} -> {r:<14} -> {from_roman(r)}")
for bad in [0, 4000, -5, 2.5, True]:
    try:
        to_roman(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in ["IIII", "VX", "MMMM", "ABC", "", "IC", "XIIII"]:
    try:
        print(bad, from_roman(bad))
    except ValueError as e:
        print(type(e).__name__, e)
all_ok = all(from_roman(to_roman(n)) == n for n in range(1, 4000))
print("round trip 1..3999:", all_ok)
longest = max(range(1, 4000), key=lambda n: len(to_roman(n)))
print("longest numeral:", longest, to_roman(longest), len(to_roman(longest)))
print("sum of MCMXC and XLII:", to_roman(from_roman("MCMXC") + from_roman("XLII")))
