# tuple(x) and list(x) of the exact built-in types go straight to the
# conversion; subclasses, errors and identity must match CPython.


def gen(n):
    for i in range(n):
        yield i * i


t = (1, 2, 3)
print(tuple(t) is t, list(t), tuple([4, 5]), tuple("ab"), list({"k": 1, "j": 2}))
print(tuple(gen(4)), list(gen(3)), tuple(range(3)), list(x for x in "xyz"))


class T(tuple):
    pass


class L(list):
    pass


st = T((1, 2))
r = tuple(st)
print(r, type(r).__name__, r is st, type(T([1])).__name__, type(L("ab")).__name__, L("ab"))
lst = [1, 2]
c = list(lst)
print(c == lst, c is lst)
for bad in (5, None, 1.5):
    for f in (tuple, list):
        try:
            f(bad)
        except TypeError as e:
            print("TypeError:", e)


def failing():
    yield 1
    raise ValueError("boom")


for f in (tuple, list):
    try:
        f(failing())
    except ValueError as e:
        print("ValueError:", e)
try:
    list(x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    tuple(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(tuple(), list())


def shadow():
    tuple = lambda x: "shadowed " + str(x)
    return tuple([1])


print(shadow())
