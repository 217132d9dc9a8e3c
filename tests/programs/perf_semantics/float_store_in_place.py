# Float results stored into list items and instance attributes may reuse
# the old float's box only when nothing else can see the old float.


class V:
    def __init__(self, x):
        self.x = x
        self.y = 2.0


def lists():
    b = [1.0, 2.0, 3.0, 4.0]
    alias = b[1]
    for _ in range(3):
        b[0] -= 0.5 * 2.0
        b[1] += b[0] * 0.25
        b[-1] *= 1.5
    print(b, alias)
    shared = [0.5]
    other = [shared[0]]
    shared[0] += 1.0
    print(shared, other)
    ints = [1, 2, 10**20]
    ints[0] += 0.5
    ints[2] *= 1.0
    print(ints)

    class F(float):
        pass

    fs = [F(1.5)]
    fs[0] += 1.0
    print(fs, type(fs[0]).__name__)
    d = {"k": 1.0}
    d["k"] += 2.0 * 1.5
    print(d)
    try:
        b[10] += 1.0
    except IndexError as e:
        print("IndexError:", e)
    try:
        b[0] /= 0.0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e, b[0])
    a = [1.0, 2.0, 3.0]
    i, j = 0, 2
    a[i], a[j] = a[j] * 2.0, a[i] * 3.0
    print(a)
    keep = []
    for k in range(3):
        a[1] = a[1] * 2.0 + k
        keep.append(a[1])
    print(keep)


def attrs():
    v = V(1.0)
    old = v.x
    for _ in range(4):
        v.x += v.y * 0.5
        v.y = v.y * 1.25 - 0.5
    print(v.x, v.y, old)
    seen = v.x
    v.x -= 1.0
    print(seen, v.x)
    w = V(3)
    w.x += 0.5
    print(w.x)
    d = V(1.0).__dict__
    u = V(2.0)
    u.__dict__
    u.x *= 3.0
    print(u.x, u.__dict__, d)

    class P:
        def __init__(self):
            self._x = 1.0

        @property
        def x(self):
            return self._x

        @x.setter
        def x(self, value):
            print("setter", value)
            self._x = value

    p = P()
    p.x += 2.0
    print(p.x)

    class Watch:
        def __init__(self):
            self.x = 1.0

        def __setattr__(self, name, value):
            print("setattr", name, value)
            object.__setattr__(self, name, value)

    ws = Watch()
    ws.x *= 4.0
    print(ws.x)


lists()
attrs()
