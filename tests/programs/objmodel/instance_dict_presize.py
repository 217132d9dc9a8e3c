# Instance dicts start presized for the largest dict freed for their class:
# attribute order, vars(), deletion and re-adding must not depend on it.


class Rec:
    def __init__(self, n):
        for i in range(n):
            setattr(self, 'a' + str(i), i)


big = Rec(40)
print(len(vars(big)), list(vars(big))[:3], list(vars(big))[-2:])
del big

small = Rec(3)
print(vars(small))
small.z = 'z'
del small.a0
small.a0 = 'again'
print(vars(small))
print(list(small.__dict__.items()))

many = [Rec(i % 5) for i in range(20)]
print([len(vars(r)) for r in many])
many = None

late = Rec(2)
late.__dict__['x'] = 1
print(late.__dict__, late.x)
late.__dict__ = {'only': 1}
print(vars(late))


class Empty:
    pass


e = Empty()
print(vars(e))
e.q = 1
print(vars(e))
del e
e2 = Empty()
print(vars(e2), hasattr(e2, 'q'))
try:
    e2.q
except AttributeError as err:
    print(err)
