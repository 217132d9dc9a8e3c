# Throwing exceptions into generators
def worker():
    results = []
    while True:
        try:
            job = yield results
            results = results + [job * 2]
        except ValueError as e:
            print("  worker recovered from", repr(e))
            results = results + ["error"]


w = worker()
next(w)
print(w.send(1))
print(w.throw(ValueError("bad job")))
print(w.send(5))
try:
    w.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated:", repr(e))
print(next(w, "generator is finished"))


def counter():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except IndexError:
            n = 0


c = counter()
print([next(c) for _ in range(4)], c.throw(IndexError), next(c), next(c))


def fresh():
    yield 1


f = fresh()
try:
    f.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("unstarted generator raises immediately:", e)
print(next(f, "exhausted"))
