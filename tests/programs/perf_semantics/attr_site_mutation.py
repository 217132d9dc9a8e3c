# Attribute-site caches must keep descriptors alive while a getter or an
# instance-dict key's __eq__ changes the class.
class C:
    @property
    def p(self):
        del C.p
        return "got p"
    def m(self):
        return "m"
c = C()
for i in range(3):
    try:
        print(c.p)
    except AttributeError as e:
        print("AE", e)
class K(str):
    def __eq__(self, other):
        if other == "m":
            try:
                del D.m
            except AttributeError:
                pass
        return str.__eq__(self, other)
    __hash__ = str.__hash__
class D:
    def m(self):
        return "D.m"
d = D()
d.__dict__[K("x")] = 1
for i in range(2):
    try:
        print(d.m())
    except AttributeError as e:
        print("AE", e)
