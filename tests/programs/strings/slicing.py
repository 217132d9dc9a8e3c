# String slicing with steps, negative indices and out-of-range bounds
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[2:8:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], repr(s[10:]))
print(s[0:10:3], s[-1:-11:-1], s[-1::-4])
n = len(s)
for i in range(0, n, 3):
    print(i, s[i:i + 3])
print([s[i:j] for i, j in [(0, 0), (0, 1), (9, 10), (4, 6)]])
print(s[slice(1, 4)], s[slice(None, None, -3)], s[slice(5)])
text = "The quick brown fox"
print(text[4:9], text[text.index("b"):], text[:text.rfind(" ")])
print(text[::-1].split()[0][::-1])
print("racecar"[::-1] == "racecar", "python"[::-1] == "python")
rot = lambda t, k: t[k:] + t[:k]
print([rot("rotate", k) for k in range(6)])
