# Nested unpacking patterns
(a, b), (c, d) = [(1, 2), (3, 4)]
print(a, b, c, d)
name, (x, y) = "origin", (0, 0)
print(name, x, y)
[(k1, v1), (k2, v2)] = {"a": 1, "b": 2}.items()
print(k1, v1, k2, v2)
((a, b), c), d = ((1, 2), 3), 4
print(a, b, c, d)
first, (second, *others), last = 1, "xyz", 9
print(first, second, others, last)
matrix = [[1, 2], [3, 4]]
[[m00, m01], [m10, m11]] = matrix
print(m00 * m11 - m01 * m10)
people = [("Ann", (1990, 5, 17)), ("Bob", (1985, 11, 2))]
for who, (year, month, day) in people:
    print(f"{who}: {day:02d}/{month:02d}/{year}")
segments = [((0, 0), (3, 4)), ((1, 1), (4, 5)), ((-1, 2), (2, -2))]
for (x1, y1), (x2, y2) in segments:
    print(((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5)
tree = (1, (2, (3, (4, None))))
values = []
node = tree
while node is not None:
    value, node = node
    values.append(value)
print(values)
try:
    (a, b), c = [1, 2], 3, 4
except ValueError as e:
    print(type(e).__name__, e)
try:
    (a, b), c = 1, 2
except TypeError as e:
    print(type(e).__name__, e)
