# list slicing with steps and negative indices
xs = list(range(10))
print(xs[2:7], xs[:4], xs[6:], xs[-3:], xs[:-7], xs[-5:-1])
print(xs[::3], xs[1::2], xs[::-1], xs[7:2:-2], xs[-1:-10:-3], xs[2:7:-1])
print(xs[100:], xs[-100:2], xs[5:5], xs[::100])
copy = xs[:]
copy[0] = 99
print(xs[0], copy[0])
m = [[1, 2], [3, 4]]
shallow = m[:]
shallow[0].append(5)
shallow[1] = "replaced"
print(m, shallow)
s = slice(1, 8, 3)
print(xs[s], s.start, s.stop, s.step, s.indices(5))
print(slice(None, None, -1).indices(4), slice(-3, None).indices(10))
words = "zero one two three four five".split()
print(words[1:-1], words[::-2], words[len(words) // 2:])
chunks = [xs[i:i + 4] for i in range(0, len(xs), 4)]
print(chunks)
print(list(zip(xs[::2], xs[1::2])))
try:
    xs[::0]
except ValueError as e:
    print(type(e).__name__, e)
