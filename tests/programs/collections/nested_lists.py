# Nested lists: matrices, aliasing pitfalls, deep copy by hand
bad = [[0] * 3] * 3
bad[0][0] = 1
print(bad)
good = [[0] * 3 for _ in range(3)]
good[0][0] = 1
print(good)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed, list(map(list, zip(*matrix))) == transposed)
print([row[::-1] for row in matrix], matrix[::-1], [matrix[i][i] for i in range(3)])
flat = [x for row in matrix for x in row]
print(flat, sum(map(sum, matrix)))


def deep_copy(obj):
    if isinstance(obj, list):
        return [deep_copy(x) for x in obj]
    return obj


tree = [1, [2, [3, [4]]], 5]
clone = deep_copy(tree)
clone[1][1][1].append(99)
print(tree, clone)


def depth(obj):
    if not isinstance(obj, list):
        return 0
    return 1 + max((depth(x) for x in obj), default=0)


def flatten(obj):
    for x in obj:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x


print(depth(tree), depth([]), depth(5), list(flatten(tree)))
rec = [1, 2]
rec.append(rec)
print(rec, rec[2][2][0])
jagged = [[1], [2, 3], [], [4, 5, 6]]
print([len(r) for r in jagged], max(jagged, key=len), sorted(jagged, key=len))
