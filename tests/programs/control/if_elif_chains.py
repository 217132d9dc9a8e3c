# if/elif/else chains and truthiness in conditions
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"


print([grade(s) for s in [100, 90, 89.9, 75, 60, 59, 0]])


def leap(year):
    if year % 400 == 0:
        return True
    if year % 100 == 0:
        return False
    return year % 4 == 0


print([y for y in range(1896, 1920) if leap(y)], leap(2000), leap(1900), leap(2024))
for value in [0, 1, "", "0", [], [[]], None, 0.0, {}, {0: 0}]:
    if value:
        kind = "truthy"
    elif value is None:
        kind = "None"
    elif value == 0:
        kind = "zero-like"
    else:
        kind = "empty"
    print(repr(value), kind)


def classify_triangle(a, b, c):
    a, b, c = sorted((a, b, c))
    if a <= 0 or a + b <= c:
        return "invalid"
    elif a == c:
        return "equilateral"
    elif a == b or b == c:
        return "isosceles"
    elif a * a + b * b == c * c:
        return "right"
    return "scalene"


for sides in [(3, 3, 3), (3, 4, 5), (2, 2, 3), (1, 2, 3), (4, 5, 6), (0, 1, 1)]:
    print(sides, classify_triangle(*sides))
x = 7
if x > 5:
    if x > 10:
        print("big")
    else:
        print("medium")
