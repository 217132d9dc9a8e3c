# Functions that rebind globals inside loops: the value is replaced in
# place while the other globals' sites stay valid; adding, deleting and
# clearing globals, shadowing builtins and finalizers still take effect.
import builtins

count = 0
scale = 3


def work(n):
    global count
    for i in range(n):
        count += scale
    return count


print(work(1000), count)


def store_other_types():
    global count
    for i in range(4):
        count = str(count) if i % 2 == 0 else len(count)
    return count


print(store_other_types())


def reads_len():
    r = []
    for i in range(5):
        r.append(len("abcd"))
        if i == 1:
            globals()["len"] = lambda s: "shadowed"
        if i == 3:
            del globals()["len"]
    return r


print(reads_len())


def global_then_del():
    global tmp
    out = []
    for i in range(4):
        tmp = i
        out.append(tmp)
        if i == 2:
            del tmp
            try:
                out.append(tmp)
            except NameError as e:
                out.append(str(e))
    return out


print(global_then_del())


class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        global slot, events
        events.append(self.n)
        if self.n == 1:
            slot = "from del"


events = []


def churn():
    global slot
    slot = Noisy(0)
    slot = Noisy(1)
    first = slot
    slot = Noisy(2)
    del first
    return slot if isinstance(slot, str) else slot.n


print(churn(), events)


def adder():
    global fresh_name
    for i in range(3):
        try:
            fresh_name += 1
        except NameError as e:
            print("NameError", e)
            fresh_name = 100
    return fresh_name


print(adder())


def monkey():
    r = []
    saved = builtins.max
    for i in range(4):
        r.append(max(1, 2))
        if i == 1:
            builtins.max = min
    builtins.max = saved
    r.append(max(1, 2))
    return r


print(monkey())


def clear_and_restore():
    g = globals()
    saved = dict(g)
    g.clear()
    try:
        return work(1)
    except NameError as e:
        return "NameError: " + str(e)
    finally:
        g.update(saved)


print(clear_and_restore())
print(work(2))


def many_globals():
    g = globals()
    total = 0
    for i in range(50):
        g["gen%d" % i] = i
        total += count
    return total


print(many_globals() == 50 * count, gen49)
