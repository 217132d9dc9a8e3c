# bytearray mutation
ba = bytearray(b"hello")
ba[0] = ord("J")
print(ba)
ba.append(33)
ba.extend(b" world")
ba.extend([33, 63])
print(ba, len(ba))
ba.insert(0, 62)
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("o"))
print(ba)
ba.reverse()
print(ba)
ba.reverse()
ba[1:3] = b"EL"
print(ba)
ba[0:1] = b"XYZ"
print(ba)
del ba[0:2]
print(ba)
ba[::2] = b"_" * len(ba[::2])
print(ba)
del ba[::3]
print(ba)
ba += b"++"
ba *= 2
print(ba)
copy = ba.copy()
ba.clear()
print(ba, copy, len(copy))
for bad in (256, -1):
    try:
        copy[0] = bad
    except ValueError as e:
        print(type(e).__name__, e)
try:
    copy.remove(200)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytearray().pop()
except IndexError as e:
    print(type(e).__name__, e)
counts = bytearray(5)
for v in [1, 3, 3, 4, 1, 1]:
    counts[v] += 1
print(counts, list(counts))
