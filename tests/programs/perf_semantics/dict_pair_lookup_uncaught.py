# A missing pair key raised by the fused `d[a, b]` lookup: the KeyError
# holds the tuple and the traceback points at the subscript.


def lookup(d, i):
    return d[i, 1]


print(lookup({(1, 1): "one"}, 1))
print(lookup({(1, 2): 3}, 7))
