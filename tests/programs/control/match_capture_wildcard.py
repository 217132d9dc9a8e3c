# Capture patterns, wildcards and value patterns (dotted names)
class Color:
    RED = "red"
    GREEN = "green"


def classify(obj):
    match obj:
        case Color.RED:
            return "the red constant"
        case Color.GREEN:
            return "the green constant"
        case [x]:
            return f"singleton list of {x}"
        case (x, _):
            return f"pair starting with {x}"
        case name if isinstance(name, str):
            return f"some string {name!r}"
        case other:
            return f"captured {other!r}"


for v in ["red", "green", "blue", [1], (1, 2), ["a", "b"], 3.5, {1: 2}]:
    print(classify(v))
match 42:
    case n:
        print("always captures", n)
print("n is bound after match:", n)
match (1, 2, 3):
    case (_, _, last):
        print("last is", last)
match {"k": "v"}:
    case _:
        print("wildcard matches anything")
