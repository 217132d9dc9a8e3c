# Chained and multi-target assignment
a = b = c = 0
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
p = q = 5
p += 1
print(p, q)
m, n = o = (1, 2)
print(m, n, o)
lst = [0, 0, 0]
i = 0
i = lst[i] = 2
print(i, lst)
d = {}
d["a"] = d["b"] = "same"
print(d)
first = second = third = "word".upper()
print(first, second, third)
row1 = row2 = [0] * 2
row1[0] = 9
print(row1, row2)
e, f = g = h = "ab"
print(e, f, g, h)


class Node:
    pass


node = Node()
node.left = node.right = None
print(node.left, node.right)
counter = total = 0
for v in [3, 4, 5]:
    counter += 1
    total += v
print(counter, total, total / counter)
