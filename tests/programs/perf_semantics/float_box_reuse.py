# Inline float arithmetic reuses the box of an operand whose last reference
# the operation consumes; values still referenced elsewhere must not change.

a = 1.5
b = a + 0.0
c = a * 2.0
print(a, b, c, a is b)

x = 0.25
keep = [x]
y = (x + 1.0) * 3.0 - x / 2.0
print(x, keep, y)


def chain(v):
    return ((v + 1.0) * (v - 1.0) + v) / 2.0


print(chain(3.0), chain(-0.5))

t = (2.0, 3.0)
s = t[0] * t[1] + t[0]
print(t, s)

total = 0.0
vals = []
for i in range(5):
    f = float(i)
    total += f * 1.5
    vals.append(total)
    vals.append(f + 0.5)
print(total, vals)

# The same object on both sides, and a shared intermediate.
z = 2.5
print(z + z, z * z, z - z, z / z, z)
w = (z + 1.0)
u = w * w
print(w, u)

d = {"k": 1.25}
e = d["k"] * 4.0 + d["k"]
print(d, e)


class F(float):
    pass


g = F(1.5)
h = g + 1.0
print(type(h).__name__, h, type(g).__name__, g)
print(1e308 * 10.0, -1e308 * 10.0, (1e308 * 10.0) - (1e308 * 10.0))
try:
    print((1.0 + 2.0) / (3.0 - 3.0))
except ZeroDivisionError as err:
    print("ZeroDivisionError", err)

# Identity of results is never shared with live values.
p = 1.0
q = p + 1.0
r = q * 1.0
print(p, q, r, q is r, id(q) == id(r))
