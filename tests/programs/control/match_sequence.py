# Sequence patterns: fixed length, starred, nested
def analyze(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one item: {x}"
        case [x, y]:
            return f"two items: {x}, {y}"
        case [first, *middle, last] if not middle:
            return "unreachable"
        case [0, *rest]:
            return f"starts with zero, rest {rest}"
        case [first, *_, last]:
            return f"first {first}, last {last}, len {len(seq)}"


for s in [[], [1], [1, 2], (3, 4), [0, 1, 2, 3], [5, 6, 7], range(4), "ab"]:
    print(repr(s), "->", analyze(s))


def point_kind(p):
    match p:
        case (0, 0):
            return "origin"
        case (0, y):
            return f"on y axis at {y}"
        case (x, 0):
            return f"on x axis at {x}"
        case [(x1, y1), (x2, y2)]:
            return f"segment of length {((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5}"
        case (x, y, *others):
            return f"point {x},{y} plus {len(others)} extra"
        case _:
            return "not a point"


for p in [(0, 0), (0, 5), (3, 0), [(0, 0), (3, 4)], (1, 2), (1, 2, 3, 4), 7, "xy", {"x": 1}]:
    print(p, "->", point_kind(p))
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print("deep", a + b + c + d)
