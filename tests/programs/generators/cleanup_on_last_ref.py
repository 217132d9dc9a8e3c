# A suspended generator's finally/GeneratorExit runs when its last reference goes.
def resource(name, log):
    log.append(f"open {name}")
    try:
        while True:
            yield name
    except GeneratorExit:
        log.append(f"exit {name}")
        raise
    finally:
        log.append(f"close {name}")


log = []
g = resource("a", log)
print(next(g))
del g
print(log)

log.clear()
h = resource("b", log)
next(h)
h = resource("c", log)
print("rebound", log)
next(h)
h = None
print(log)

log.clear()
for item in resource("d", log):
    print("loop got", item)
    break
print("after break", log)


def first_of(n, log):
    gen = resource(f"r{n}", log)
    return next(gen)


log.clear()
print(first_of(1, log), log)

log.clear()
never_started = resource("e", log)
del never_started
print("never started", log)

log.clear()
gens = [resource(c, log) for c in "xyz"]
for gx in gens:
    next(gx)
while gens:
    gens.pop()
print(log)
