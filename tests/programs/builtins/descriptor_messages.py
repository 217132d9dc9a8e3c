# Calling a built-in type's method on the wrong type: slot wrappers and
# method descriptors word the error differently, as in CPython.
def attempt(f, *args):
    try:
        f(*args)
    except TypeError as e:
        print(type(e).__name__, e)

attempt(float.__repr__, 1)
attempt(int.__add__, 1.5, 2)
attempt(str.__len__, [])
attempt(list.__init__, ())
attempt(tuple.__getitem__, [1], 0)
attempt(list.__getitem__, (1,), 0)
attempt(dict.__contains__, [], 1)
attempt(set.__contains__, frozenset(), 1)
attempt(str.upper, 3)
attempt(list.append, (), 1)
attempt(int.__format__, "x", "")
print(float.__repr__, int.__add__, list.__init__, tuple.__getitem__)
print(list.__getitem__, dict.__getitem__, dict.__contains__, set.__contains__)
print(frozenset.__contains__, str.upper, list.__len__)
