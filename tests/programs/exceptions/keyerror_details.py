# KeyError message formatting and missing-key handling strategies
d = {"a": 1, (1, 2): "tuple", 3: "int"}
for key in ["b", (9, 9), 4, "", "it's", None, 2.5]:
    try:
        d[key]
    except KeyError as e:
        print(f"KeyError: {e} | args={e.args} | repr={e!r}")
print(d.get("b", "default"), d.setdefault("b", 2), d["b"])


class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory

    def __missing__(self, key):
        value = self[key] = self.factory()
        return value


groups = DefaultDict(list)
for word in "apple avocado banana blueberry cherry".split():
    groups[word[0]].append(word)
print(dict(groups), "z" in groups, groups["z"], "z" in groups)


class Strict(dict):
    def __missing__(self, key):
        raise KeyError(f"no such setting: {key}")


s = Strict(debug=True)
try:
    s["verbose"]
except KeyError as e:
    print(e, e.args)
print(s.get("verbose"), s["debug"])
