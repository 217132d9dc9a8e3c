# Mixing int, bool and float in arithmetic and the result types
exprs = [
    ("1 + 2", 1 + 2),
    ("1 + 2.0", 1 + 2.0),
    ("True + 2", True + 2),
    ("7 / 2", 7 / 2),
    ("8 / 2", 8 / 2),
    ("7 // 2.0", 7 // 2.0),
    ("7 % 2.5", 7 % 2.5),
    ("2 ** 0.5 > 1.41", 2 ** 0.5 > 1.41),
    ("3 * True", 3 * True),
    ("10 ** 2", 10 ** 2),
    ("10 ** -2", 10 ** -2),
    ("-7 // 2", -7 // 2),
    ("int(7 / 2)", int(7 / 2)),
    ("2 ** 100 / 2 ** 99", 2 ** 100 / 2 ** 99),
    ("(2 ** 53 + 1) == float(2 ** 53 + 1)", (2 ** 53 + 1) == float(2 ** 53 + 1)),
]
for text, value in exprs:
    print(f"{text:40} = {value!r:>8} ({type(value).__name__})")
print(1 == 1.0 == True, hash(1) == hash(1.0) == hash(True))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
