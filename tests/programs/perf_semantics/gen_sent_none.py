# `next()` and `for` loops resume a generator with None passed as 0 (no
# reference): the code after each yield must see None wherever the
# yield's value is used (assigned, passed on, tested, delegated), and a
# yield statement drops it. Sends of other values, throws and closes at
# the same yields are unchanged.
def stmt(n):
    for i in range(n):
        yield i


def expr():
    got = []
    x = yield 1
    got.append(x)
    got.append((yield 2))
    print("args", (yield 3), (yield 4))
    if (yield 5):
        got.append("true")
    else:
        got.append("false")
    while (yield 6) is None:
        got.append("none")
        break
    a = [(yield 7), (yield 8)]
    got.append(a)
    try:
        y = (yield 9) + 1
    except TypeError as e:
        got.append(str(e))
    return got


def drive_next(g):
    out = []
    try:
        while True:
            out.append(next(g))
    except StopIteration as e:
        return out, e.value


print(list(stmt(4)), sum(stmt(5)), [x for x in stmt(3)])
print(drive_next(expr()))
g = expr()
print(g.__next__(), g.send("a"), g.send("b"), next(g), g.send(0), g.send(""))
print(next(g), g.send(None), next(g))
try:
    g.send(41)
except StopIteration as e:
    print("returned", e.value)


# Delegation: the delegate receives None from next() and values from send.
def inner():
    seen = []
    for _ in range(3):
        seen.append((yield len(seen)))
    return seen


def outer():
    r = yield from inner()
    print("inner saw", r)
    r = yield from (x for x in "ab")
    print("genexpr gave", r)
    r = yield from Sender()
    print("sender gave", r)
    return "done"


class Sender:
    def __init__(self):
        self.log = []

    def __iter__(self):
        return self

    def __next__(self):
        self.log.append("next")
        if len(self.log) > 2:
            raise StopIteration(self.log)
        return "n%d" % len(self.log)

    def send(self, v):
        self.log.append(("send", v))
        if len(self.log) > 2:
            raise StopIteration(self.log)
        return "s%d" % len(self.log)


print(list(outer()))
g = outer()
print(next(g), g.send("x"), g.send("y"), next(g), next(g), next(g), g.send(7))
try:
    g.send(8)
except StopIteration as e:
    print("returned", e.value)


# Throws and closes at yields resumed with next().
def guarded():
    while True:
        try:
            v = yield "ready"
            print("got", v)
        except ValueError as e:
            print("caught", e)
        except GeneratorExit:
            print("closing")
            raise


g = guarded()
print(next(g), next(g), g.throw(ValueError("boom")), g.send(3))
g.close()
print(next(guarded()))


# A generator whose frame is in an except block when it suspends.
def in_except():
    try:
        raise KeyError("k")
    except KeyError:
        x = yield "in handler"
        print("sent", x)
        yield repr(x)
    yield "after"


print(list(in_except()))


# Coroutines driven by send(None) and delegating yields (`await`).
class Suspend:
    def __await__(self):
        v = yield "suspend"
        return v


async def co():
    a = await Suspend()
    b = await Suspend()
    return a, b


c = co()
print(c.send(None), c.send(None))
try:
    c.send("last")
except StopIteration as e:
    print("co returned", e.value)


# Async generators: asend(None) and `async for`.
async def agen():
    x = yield 1
    print("agen got", x)
    yield 2


async def consume():
    out = []
    async for v in agen():
        out.append(v)
    return out


c = consume()
try:
    c.send(None)
except StopIteration as e:
    print("async for", e.value)


# `yield from` plain iterators: None goes to __next__, other values to a
# `send` they do not have.
def over_list():
    r = yield from [10, 20]
    print("list gave", r)
    yield from iter((30,))


print(list(over_list()))
g = over_list()
print(next(g))
try:
    g.send(5)
except AttributeError as e:
    print("AttributeError:", e)
