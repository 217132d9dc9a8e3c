# Basic tuple and list unpacking
a, b = 1, 2
print(a, b)
(c, d) = [3, 4]
[e, f] = (5, 6)
print(c, d, e, f)
g, = [7]
(h,) = "x"
print(g, h)
x, y, z = "xyz"
print(x, y, z)
k1, k2 = {"first": 1, "second": 2}
print(k1, k2)
v1, v2 = {"first": 1, "second": 2}.values()
print(v1, v2)
(p, q), r = (1, 2), 3
print(p, q, r)
i, j = j, i = 10, 20
print(i, j)
n1, n2, n3 = range(3)
print(n1, n2, n3)
first, second = map(int, "12 34".split())
print(first + second)
point = (3, 4)
px, py = point
print((px ** 2 + py ** 2) ** 0.5)
row = ["ann", "30", "paris"]
name, age, city = row
print(f"{name} ({int(age)}) from {city}")
lst = [0, 0, 0]
lst[0], lst[2] = "a", "c"
print(lst)


class Obj:
    pass


o = Obj()
o.x, o.y = 5, 6
print(o.x, o.y)
d = {}
d["a"], d["b"] = d.get("a", 1), 2
print(d)
