# array: construction, sequence operations, methods, bytes, reprs.
from array import array, typecodes

print(typecodes)
for tc in "bBhHiIlLqQfd":
    a = array(tc, [1, 2, 3])
    print(tc, a.itemsize, a.typecode, a, len(a), a.tolist(), a.tobytes())
print(array("u", "héllo"), array("u").itemsize, array("u", "ab").tounicode())
print(array("i"), array("d"), array("u"))
print(array("f", [0.1, 1.5]), array("d", [1, 2]), array("d", [0.1]))
print(array("b", b"\x01\xff"), array("H", b"\x01\x00\x02\x00"))
print(array("i", array("b", [1, 2])), array("i", range(4)), array("q", (x * x for x in range(3))))

a = array("i", [5, 1, 4])
a.append(7)
a.extend([8, 9])
a.extend(array("i", [10]))
a.insert(0, -1)
print(a, a[0], a[-1], a[1:3], a[::-1], a[::2])
a[0] = 100
a[1:3] = array("i", [0, 0, 0])
del a[-1]
print(a, a.pop(), a.pop(0), a)
a.remove(0)
print(a, a.index(4), a.count(0), 4 in a, 99 in a)
a.reverse()
print(a, list(a), [x * 2 for x in a])
a.fromlist([1, 2])
a.frombytes(array("i", [3]).tobytes())
print(a)
b = array("h", [1, 256, -2])
b.byteswap()
print(b)
print(a + array("i", [0]), array("b", [1, 2]) * 2, 2 * array("b", [3]))
c = array("i", [1])
c += array("i", [2])
c *= 3
print(c)
print(array("i", [1, 2]) == array("d", [1.0, 2.0]), array("i", [1]) != array("i", [1]),
      array("i", [1, 2]) < array("i", [1, 3]), array("i", [1]) == [1])
import copy
d = copy.copy(c)
d[0] = 9
print(c[0], d[0], type(d).__name__, type(d).__module__)
