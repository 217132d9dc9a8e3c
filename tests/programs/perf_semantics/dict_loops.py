# for loops over dicts and their keys/values/items views run without
# iterator objects; mutation checks and every other case must be CPython's.
import builtins


def keys(d):
    return [k for k in d], [k for k in d.keys()]


def loop_keys(d):
    out = []
    for k in d:
        out.append(k)
    for k in d.keys():
        out.append(k)
    return out


def loop_values(d):
    out = []
    for v in d.values():
        out.append(v)
    return out


def loop_items(d):
    out = []
    for k, v in d.items():
        out.append((k, v))
    return out


def loop_item_pairs(d):
    out = []
    for pair in d.items():
        out.append(pair)
    return out


def with_deleted():
    d = {i: str(i) for i in range(8)}
    for i in (1, 4, 7):
        del d[i]
    d[100] = "x"
    return loop_keys(d), loop_values(d), loop_items(d)


def grow_in_loop():
    d = {1: 1, 2: 2}
    try:
        for k in d:
            d[k + 10] = 0
    except RuntimeError as e:
        return str(e), len(d)


def shrink_in_loop():
    d = {1: 1, 2: 2, 3: 3}
    try:
        for k, v in d.items():
            del d[k]
    except RuntimeError as e:
        return str(e), d


def same_size_new_keys():
    d = {1: 1, 2: 2, 3: 3}
    seen = []
    try:
        for k in d:
            seen.append(k)
            del d[k]
            d[k + 100] = 0
    except RuntimeError as e:
        return str(e), seen, d
    return "no error", seen, d


def values_changed_in_loop():
    d = dict.fromkeys("abc", 0)
    for k in d:
        d[k] += 1
    for k, v in d.items():
        d[k] = v * 10
    return d


def break_continue_else(d):
    out = []
    for k, v in d.items():
        if v == 2:
            continue
        if v == 4:
            out.append("break")
            break
        out.append(k)
    else:
        out.append("else")
    return out


def nested(d):
    total = 0
    for k, inner in d.items():
        for kk, v in inner.items():
            for x in inner.values():
                total += len(k) * len(kk) * v * x
    return total


def raising(d):
    out = []
    try:
        for k, v in d.items():
            out.append(k // v)
    except ZeroDivisionError as e:
        out.append(str(e))
    return out


class MyDict(dict):
    def items(self):
        return [("sub", "items")]

    def __iter__(self):
        return iter(["sub-iter"])


class Views:
    def keys(self):
        return ["own", "keys"]

    def values(self):
        return (1, 2)

    def items(self):
        return [("a", 1)]


def empty_dict(d):
    n = 0
    for k in d:
        n += 1
    for v in d.values():
        n += 1
    for k, v in d.items():
        n += 1
    return n


def gen(d):
    for k, v in d.items():
        yield k * v


def bad_unpack(d):
    try:
        for a, b in d:
            pass
    except ValueError as e:
        return str(e)


d = {"a": 1, "b": 2, "c": 3}
print(keys(d), loop_keys(d), loop_values(d), loop_items(d), loop_item_pairs(d))
print(with_deleted())
print(grow_in_loop())
print(shrink_in_loop())
print(same_size_new_keys())
print(values_changed_in_loop())
print(break_continue_else({"w": 1, "x": 2, "y": 3, "z": 4, "q": 5}), break_continue_else({"w": 1}))
print(nested({"ab": {"c": 2, "de": 3}, "f": {}}))
print(raising({4: 2, 5: 0, 6: 3}))
m = MyDict(a=1)
print(loop_keys(m), loop_items(m), loop_values(m))
def loop_views(o):
    out = []
    for k in o.keys():
        out.append(k)
    for v in o.values():
        out.append(v)
    for k, v in o.items():
        out.append((k, v))
    return out


print(loop_views(Views()), loop_values(Views()), loop_items(Views()))
print(empty_dict({}))
print(list(gen({"x": 2, "y": 3})))
print(bad_unpack({"ab": 1, "cd": 2}), bad_unpack({"abc": 1}))
print(loop_values({1: None, 2: 0, 3: -1}), loop_keys({(1, 2): 0, None: 1, 2.5: 2}))
total = 0
for k, v in {"p": 3, "q": 4}.items():
    total += v
for v in {"p": 3}.values():
    total += v
print("module level", total)


class Sub(dict):
    pass


print(loop_views(Sub(z=26)), loop_views({"k": "v"}))
