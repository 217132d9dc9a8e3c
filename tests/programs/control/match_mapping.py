# Mapping patterns with rest capture and nested patterns
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **mods} if mods:
            return f"key {k} with {sorted(mods)}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": "scroll", "delta": int(d)} if d < 0:
            return f"scroll up {-d}"
        case {"type": "scroll", "delta": d}:
            return f"scroll down {d}"
        case {"type": t}:
            return f"unknown event {t}"
        case {}:
            return "no type"
        case _:
            return "not a mapping"


events = [
    {"type": "click", "pos": (10, 20)},
    {"type": "click", "pos": [1, 2], "extra": True},
    {"type": "key", "key": "a"},
    {"type": "key", "key": "b", "shift": True, "ctrl": False},
    {"type": "key", "key": 5, "alt": True},
    {"type": "scroll", "delta": -3},
    {"type": "scroll", "delta": 4},
    {"type": "resize"},
    {"size": 3},
    {},
    [("type", "click")],
]
for e in events:
    print(handle(e))
config = {"db": {"host": "localhost", "port": 5432}, "debug": True}
match config:
    case {"db": {"host": host, "port": int(port)}, **rest}:
        print(host, port, rest)
