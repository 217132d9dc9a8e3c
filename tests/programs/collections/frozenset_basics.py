# frozenset: immutable, hashable sets
fs = frozenset([3, 1, 2, 3])
print(fs, len(fs), 2 in fs, frozenset(), type(fs).__name__)
print(fs | {4}, fs & {1, 9}, fs - {1}, type(fs | {4}).__name__, type({4} | fs).__name__)
print(fs == {1, 2, 3}, fs.issubset({1, 2, 3, 4}), hash(fs) == hash(frozenset({1, 2, 3})))
try:
    fs.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
groups = {frozenset({1, 2}): "a", frozenset({2, 1}): "b", frozenset({3}): "c"}
print(len(groups), groups[frozenset([1, 2])])
nested = {frozenset({1}), frozenset({1, 2}), frozenset({1})}
print(len(nested), sorted(len(x) for x in nested))
edges = [(1, 2), (2, 1), (2, 3), (3, 2), (1, 3)]
undirected = {frozenset(e) for e in edges}
print(len(undirected), sorted(tuple(sorted(e)) for e in undirected))


def powerset(items):
    result = [frozenset()]
    for x in items:
        result += [s | {x} for s in result]
    return result


ps = powerset([1, 2, 3])
print(len(ps), sorted(sorted(s) for s in ps))
print(frozenset(range(3)).union([5]), frozenset("aab") == frozenset("ba"))
