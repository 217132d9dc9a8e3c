# __repr__ and __str__ and where each is used
class Money:
    def __init__(self, amount, currency="EUR"):
        self.amount = amount
        self.currency = currency

    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"

    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"


class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


class OnlyStr:
    def __str__(self):
        return "only str"

    __repr__ = __str__


m = Money(12.5)
print(m)
print(repr(m), str(m), f"{m}", f"{m!r}", "%s / %r" % (m, m), "{} {!r}".format(m, m))
print([m, Money(3, "USD")])
print({"price": m}, (m,))
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
print(OnlyStr(), [OnlyStr()])


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __str__(self):
        return "\n".join(" ".join(f"{v:3}" for v in row) for row in self.rows)

    def __repr__(self):
        return f"Matrix({self.rows})"


mat = Matrix([[1, 2], [30, 4]])
print(mat)
print(repr(mat))
print(str(Money(0.005)), str(Money(-3)))
