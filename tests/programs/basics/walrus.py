# Assignment expressions (walrus operator)
data = [5, 12, 7, 30, 2, 18]
if (n := len(data)) > 3:
    print("long list of", n)
print([y for x in data if (y := x * 2) > 20])
print(y)
chunks = iter(["alpha", "beta", "", "gamma"])
while (chunk := next(chunks)):
    print("chunk", chunk)
values = [1, 2, 3, 4]
total = 0
partial = [total := total + v for v in values]
print(partial, total)


def find_first(items, pred):
    for item in items:
        if (r := pred(item)) is not None:
            return item, r
    return None


print(find_first(data, lambda v: v // 10 if v > 10 else None))
print((a := 3) + (b := 4), a, b)
stats = {"count": (c := len(data)), "mean": sum(data) / c}
print(stats)
line_source = ["a=1", "b=2", "skip", "c=3"]
pairs = {}
for line in line_source:
    if (eq := line.find("=")) != -1:
        pairs[line[:eq]] = int(line[eq + 1:])
print(pairs)
print(any((hit := v) > 10 for v in data), hit)
