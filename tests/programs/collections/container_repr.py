# repr/str of containers, nested and self-referential
print([1, "a", 2.5, None, True, [], {}, ()])
print((1,), (), ((1, 2), [3]), ("x",))
print({"k": [1, {"n": (2,)}]}, {1: {2: {3: {}}}})
print({1, 2, 3}, set(), frozenset(), frozenset({5}))
print([[["deep"]]], str([1, "two"]), repr(["it's"]), [b"bytes", bytearray(b"ba")])
a = [1]
a.append(a)
print(a)
d = {"self": None}
d["self"] = d
print(d)
b = [a, a]
print(b)
t = ([],)
t[0].append(t)
print(t)
print([range(3), range(1, 2)], [1.0, -0.0, 1e100, float("inf")])
print(str({"a": "b"}), repr({"a": "b"}), f"{[1, 2]}", "%s" % [1], "{}".format({1: 2}))
print([1, 2, 3].__repr__(), len(repr(list(range(100)))))
print({True: "t", None: [None]}, [["\n", "\t"], "é", "日本"])
