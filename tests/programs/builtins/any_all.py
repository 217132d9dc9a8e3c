# any and all, including short-circuit behaviour
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any([0, 0, 1]), all([1, 0, 1]))
print(any("abc"), all(""), any(x > 3 for x in range(5)), all(x < 5 for x in range(5)))
print(all([[], [1]]), any([[], [1]]), all({1: 0}), any({0: 1}))
checked = []


def check(x):
    checked.append(x)
    return x > 2


print(any(check(x) for x in [1, 2, 3, 4, 5]), checked)
checked.clear()
print(all(check(x) for x in [3, 4, 1, 5]), checked)
checked.clear()
print(any(map(check, [5, 6])), checked)
words = ["Apple", "banana", "Cherry"]
print(all(w[0].isupper() for w in words), any(w[0].isupper() for w in words))
grid = [[1, 2], [3, 0], [5, 6]]
print(all(all(row) for row in grid), any(0 in row for row in grid), all(len(r) == 2 for r in grid))
password = "Secr3t!x"
rules = [len(password) >= 8, any(c.isdigit() for c in password), any(c.isupper() for c in password),
         any(not c.isalnum() for c in password)]
print(rules, all(rules))
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
