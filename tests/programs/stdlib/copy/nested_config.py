import copy

defaults = {"db": {"host": "localhost", "ports": [5432]}, "debug": False, "tags": ("a", ["b"])}
dev = copy.deepcopy(defaults)
dev["db"]["ports"].append(5433)
dev["tags"][1].append("c")
shallow = copy.copy(defaults)
shallow["debug"] = True
shallow["db"]["host"] = "db.internal"
print(defaults)
print(dev)
print(shallow["debug"], defaults["debug"])


class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []

    def total(self):
        return self.value + sum(c.total() for c in self.children)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
clone = copy.deepcopy(tree)
clone.children[1].children[0].value = 40
print(tree.total(), clone.total(), type(clone).__name__, clone.children[0] is tree.children[0])


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


s = copy.deepcopy(Slotted(1, [2]))
print(s.a, s.b)
grid = [[0] * 3 for _ in range(2)]
g2 = copy.deepcopy(grid)
g2[0][0] = 9
print(grid, g2)
