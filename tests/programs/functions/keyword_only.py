# Keyword-only parameters
def connect(host, port=80, *, timeout=10, retries=3):
    return f"{host}:{port} timeout={timeout} retries={retries}"


print(connect("example.com"))
print(connect("example.com", 443, timeout=5))
print(connect("h", retries=0, port=8080))
try:
    connect("h", 1, 2)
except TypeError as e:
    print(type(e).__name__, e)


def required_kw(*, name, value):
    return f"{name}={value}"


print(required_kw(value=1, name="x"))
try:
    required_kw(name="x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    required_kw("x", 1)
except TypeError as e:
    print(type(e).__name__, e)


def log(*messages, sep=" ", level="INFO"):
    return f"[{level}] " + sep.join(str(m) for m in messages)


print(log("a", "b", 3))
print(log("disk", "full", level="WARN", sep="-"))
print(log())
print(connect.__kwdefaults__, required_kw.__kwdefaults__)
try:
    connect("h", timeout=1, verbose=True)
except TypeError as e:
    print(type(e).__name__, e)
