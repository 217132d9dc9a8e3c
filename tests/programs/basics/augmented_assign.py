# Augmented assignment on numbers, strings, lists, attributes and subscripts
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 4; print(n)
n //= 5; print(n)
n %= 4; print(n)
n **= 10; print(n)
n /= 4; print(n)
n = 0b1111
n &= 0b1010; print(n)
n |= 0b0101; print(n)
n ^= 0b0011; print(n)
n <<= 3; print(n)
n >>= 2; print(n)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1, 2]
alias = lst
lst += [3]
lst *= 2
print(lst, alias, lst is alias)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias)
d = {"k": 1}
d["k"] += 10
d["k"] *= 2
print(d)
m = [[0] * 3 for _ in range(2)]
m[1][2] += 7
m[0][0] -= 1
print(m)


class Counter:
    def __init__(self):
        self.value = 0


c = Counter()
for i in range(5):
    c.value += i
print(c.value)
calls = []


def key():
    calls.append("key")
    return "k"


d[key()] += 1
print(d, calls)
total = 0
for i in range(1, 101):
    total += i
print(total)
