# Every flavour of ZeroDivisionError message
ops = [
    ("int / int", lambda: 1 / 0),
    ("int // int", lambda: 1 // 0),
    ("int % int", lambda: 1 % 0),
    ("divmod int", lambda: divmod(1, 0)),
    ("float / float", lambda: 1.0 / 0.0),
    ("float / int", lambda: 1.5 / 0),
    ("int / float", lambda: 1 / 0.0),
    ("float // float", lambda: 1.0 // 0.0),
    ("float % float", lambda: 1.0 % 0.0),
    ("divmod float", lambda: divmod(1.0, 0)),
    ("complex /", lambda: (1 + 2j) / 0),
    ("pow 0 neg int", lambda: pow(0, -1)),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("big int /", lambda: 10 ** 30 / 0),
    ("big int %", lambda: 10 ** 30 % 0),
    ("bool / False", lambda: True / False),
    ("augmented", lambda: exec_aug()),
]


def exec_aug():
    x = 10
    x //= 0
    return x


for label, fn in ops:
    try:
        fn()
        print(label, "no error")
    except ZeroDivisionError as e:
        print(f"{label:15} -> {e}")
print(issubclass(ZeroDivisionError, ArithmeticError), 0 / 5, 0 // 5, 0 % 5, -0.0 / 1)
