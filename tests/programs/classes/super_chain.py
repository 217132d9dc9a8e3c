# super() through several levels and cooperative multiple inheritance
class Base:
    def __init__(self):
        self.log = ["Base"]

    def hello(self):
        return "Base.hello"


class Middle(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Middle")

    def hello(self):
        return "Middle>" + super().hello()


class Leaf(Middle):
    def __init__(self):
        super().__init__()
        self.log.append("Leaf")

    def hello(self):
        return "Leaf>" + super().hello()


leaf = Leaf()
print(leaf.log, leaf.hello())


class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


print(D().who(), [k.__name__ for k in D.__mro__])


class LoggedList(list):
    def append(self, item):
        print("appending", item)
        super().append(item)


ll = LoggedList([1])
ll.append(2)
print(ll, len(ll), isinstance(ll, list))


class Temperature(float):
    def __str__(self):
        return f"{super().__str__()} degrees"


t = Temperature(21.5)
print(str(t), t + 1, repr(t))
