# Random add/remove/discard/pop/membership churn on sets of mixed keys,
# compared op by op with a list-based model; iteration order (which
# depends on where dummies and re-added keys sit) is printed as CPython's.

x = 2024


def rand(n):
    global x
    x = (x * 1103515245 + 12345) % 2147483648
    return (x >> 8) % n


POOL = (
    list(range(-40, 80))
    + [2**40 + i for i in range(0, 320, 32)]
    + [-(2**61), 2**61 - 1, 2**64, -1, -2]
    + ["k%d" % i for i in range(30)]
    + [0.5, 1.5, -2.5, 1e100, (1, 2), (3,), frozenset({1}), True, False, 3.0]
)


def run(rounds, size):
    s = set()
    model = []
    checks = 0
    for step in range(rounds):
        op = rand(10)
        k = POOL[rand(size)]
        if op < 4:
            s.add(k)
            if k not in model:
                model.append(k)
        elif op < 6:
            s.discard(k)
            if k in model:
                model.remove(k)
        elif op == 6:
            try:
                s.remove(k)
                model.remove(k)
            except KeyError as e:
                assert k not in model, e
        elif op == 7 and s and rand(4) == 0:
            model.remove(s.pop())
        else:
            checks += 1
            assert (k in s) == (k in model), (step, k)
        if step % 500 == 0:
            assert len(s) == len(model)
            print(step, len(s), list(s)[:12])
    hits = [k for k in POOL if k in s]
    print("end", len(s), len(hits), checks, list(s))


run(6000, 40)
run(6000, 120)
run(8000, len(POOL))
