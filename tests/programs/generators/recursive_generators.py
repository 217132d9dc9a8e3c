# Recursive generators: permutations, combinations, subsets, tree traversal
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest


def combinations(items, k):
    if k == 0:
        yield []
        return
    for i in range(len(items) - k + 1):
        for tail in combinations(items[i + 1:], k - 1):
            yield [items[i]] + tail


def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s


def partitions(n, max_part=None):
    max_part = n if max_part is None else max_part
    if n == 0:
        yield []
        return
    for p in range(min(n, max_part), 0, -1):
        for rest in partitions(n - p, p):
            yield [p] + rest


class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def depth_first(self):
        yield self.value
        for c in self.children:
            yield from c.depth_first()

    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()


print(["".join(p) for p in permutations("abc")])
print(sum(1 for _ in permutations(list(range(6)))))
print(list(combinations([1, 2, 3, 4], 2)))
print(sorted(sorted(s) for s in subsets([1, 2, 3])))
print(list(partitions(5)), sum(1 for _ in partitions(15)))
t = Node(1, Node(2, Node(4), Node(5)), Node(3, Node(6, Node(7))))
print(list(t.depth_first()), list(t.leaves()))
