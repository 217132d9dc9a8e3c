# json.dumps formatting options and json.loads round trips.
import json

data = {
    "name": "Widget",
    "price": 12.5,
    "tags": ["a", "b"],
    "stock": None,
    "active": True,
    "ratio": 1 / 3,
    "big": 10 ** 20,
    "nested": {"z": 1, "a": [1.0, 2e-07, 1e16, -0.0]},
    "empty": {},
    "none": [],
}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data["nested"], indent="\t"))
print(json.dumps([1, [2, [3, {}]]], indent=0))
print(json.dumps(data["tags"], separators=(",", ":")), json.dumps({"k": 1}, separators=(",", ":")))
print(json.dumps("h\u00e9llo \u2603 \U0001f600 \"q\" \\ \n\t\x01"))
print(json.dumps("h\u00e9llo \u2603 \U0001f600", ensure_ascii=False))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps((1, 2)), json.dumps(float("inf")), json.dumps(float("nan")), json.dumps(-float("inf")))
print(json.dumps(3), json.dumps(3.0), json.dumps("s"), json.dumps(None), json.dumps(False))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps({"p": Point(1, 2)}, default=lambda o: o.__dict__))
for bad, kw in ((Point(1, 2), {}), ({(1, 2): 3}, {}), (float("nan"), {"allow_nan": False})):
    try:
        json.dumps(bad, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError", e)
text = json.dumps(data)
back = json.loads(text)
print(back == data, back["nested"]["a"], type(back["big"]).__name__)
print(json.loads('{"a": [1, 2.5, "x", null, true, false], "b": {"c": -1e3}}'))
print(json.loads('"\\u00e9\\ud83d\\ude00\\n"'), json.loads(" [ ] "), json.loads("NaN") != json.loads("NaN"))
print(json.loads('{"a": 1, "a": 2}'), json.loads('123'), json.loads('-0.5e-2'), json.loads(b'[1]'))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=float))


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({"s": {3, 1, 2}}, cls=SetEncoder), SetEncoder(indent=1).encode([1]))
