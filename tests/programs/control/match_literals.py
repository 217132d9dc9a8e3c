# match statements with literal patterns
def describe(value):
    match value:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case "hello":
            return "greeting"
        case True:
            return "true"
        case None:
            return "none"
        case 2.5:
            return "two and a half"
        case b"raw":
            return "bytes"
        case _:
            return f"other: {value!r}"


for v in [0, 1, 3, -1, "hello", True, False, None, 2.5, b"raw", 4, "x", 1.0, 0.0]:
    print(repr(v), "->", describe(v))


def http_status(code):
    match code:
        case 200:
            return "OK"
        case 301 | 302:
            return "Redirect"
        case 404:
            return "Not Found"
        case 500:
            return "Server Error"
    return "Unknown"


print([http_status(c) for c in (200, 302, 404, 418, 500)])
match "no match here":
    case "x":
        print("x")
print("fell through without match")
