# Multiple inheritance and the C3 method resolution order.
class O:
    def who(self):
        return ["O"]


class A(O):
    def who(self):
        return ["A"] + super().who()


class B(O):
    def who(self):
        return ["B"] + super().who()


class C(O):
    def who(self):
        return ["C"] + super().who()


class D(A, B):
    def who(self):
        return ["D"] + super().who()


class E(B, C):
    def who(self):
        return ["E"] + super().who()


class F(D, E):
    def who(self):
        return ["F"] + super().who()


def names(cls):
    return [k.__name__ for k in cls.__mro__]


print(names(F))
print(F().who())
print(names(E))
print(F.mro() == list(F.__mro__))
print(F.__bases__)
print(D.__base__)
try:
    class X(A, B):
        pass

    class Y(B, A):
        pass

    class Z(X, Y):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)
print(issubclass(F, O), issubclass(F, C), issubclass(C, F))
print(object.__mro__)
print([c.__name__ for c in O.__subclasses__()])
