# Finalizers run by an in-place global store (the old value's __del__)
# see the new value, and may delete the name or clear the globals.
class D:
    def __del__(self):
        global g
        del g
g = D()
for i in range(3):
    try:
        g = i
        print("stored", g)
    except NameError as e:
        print("NE", e)
    try:
        print(g)
    except NameError as e:
        print("NE2", e)
class E:
    def __del__(self):
        globals().clear()
        print("cleared in del")
h = E()
try:
    h = 1
    print(h)
except NameError as e:
    print("NE3", e)
