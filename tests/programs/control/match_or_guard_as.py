# Or-patterns, guards and as-patterns
def categorize(cmd):
    match cmd.split():
        case ["quit" | "exit" | "q"]:
            return "bye"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"moving {direction}"
        case ["go", other]:
            return f"cannot go {other}"
        case ["take", item] if item.startswith("gold"):
            return f"rich! took {item}"
        case ["take", item]:
            return f"took {item}"
        case ["drop", *items] if len(items) > 1:
            return f"dropped {len(items)} items"
        case ["drop", item] | ["discard", item]:
            return f"dropped {item}"
        case [("look" | "l")] | ["look", "around"]:
            return "you see a room"
        case [verb, *_] as words:
            return f"unknown verb {verb!r} in {words}"
        case []:
            return "empty command"


for c in ["quit", "q", "go north", "go up", "take gold coin", "take goldbar", "take lamp", "drop a b c",
          "drop key", "discard map", "l", "look around", "dance wildly", ""]:
    print(repr(c), "->", categorize(c))


def bucket(n):
    match n:
        case int(x) if x < 0:
            return "negative"
        case 0 | 1 as small:
            return f"tiny {small}"
        case int(x) if x % 2 == 0:
            return "even"
        case (3 | 5 | 7) as p:
            return f"small odd prime {p}"
        case _:
            return "other odd"


print([bucket(n) for n in [-2, 0, 1, 2, 3, 5, 9, 10]])
