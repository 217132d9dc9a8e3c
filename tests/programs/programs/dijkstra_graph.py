# Weighted graph algorithms: Dijkstra (with a hand-written binary heap), topological sort, components
class MinHeap:
    def __init__(self):
        self.data = []

    def push(self, item):
        self.data.append(item)
        i = len(self.data) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.data[i] < self.data[parent]:
                self.data[i], self.data[parent] = self.data[parent], self.data[i]
                i = parent
            else:
                break

    def pop(self):
        top = self.data[0]
        last = self.data.pop()
        if self.data:
            self.data[0] = last
            i = 0
            while True:
                smallest = i
                for child in (2 * i + 1, 2 * i + 2):
                    if child < len(self.data) and self.data[child] < self.data[smallest]:
                        smallest = child
                if smallest == i:
                    break
                self.data[i], self.data[smallest] = self.data[smallest], self.data[i]
                i = smallest
        return top

    def __len__(self):
        return len(self.data)


EDGES = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4),
         ("D", "F", 11), ("E", "F", 20), ("G", "H", 1)]
graph = {}
for u, v, w in EDGES:
    graph.setdefault(u, []).append((v, w))
    graph.setdefault(v, []).append((u, w))


def dijkstra(source):
    dist = {source: 0}
    prev = {}
    heap = MinHeap()
    heap.push((0, source))
    while heap:
        d, u = heap.pop()
        if d > dist[u]:
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heap.push((nd, v))
    return dist, prev


def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]


dist, prev = dijkstra("A")
for node in sorted(graph):
    if node in dist:
        print(f"{node}: {dist[node]:>3} via {'->'.join(path_to(prev, node))}")
    else:
        print(f"{node}: unreachable")
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "fmt"], "core": [], "fmt": [], "tests": ["app"]}
order, state = [], {}


def visit(n):
    if state.get(n) == "done":
        return
    if state.get(n) == "active":
        raise ValueError(f"cycle at {n}")
    state[n] = "active"
    for d in deps[n]:
        visit(d)
    state[n] = "done"
    order.append(n)


for n in sorted(deps):
    visit(n)
print("build order:", order)
h = MinHeap()
for x in [5, 3, 9, 1, 7, 2, 8]:
    h.push(x)
print("heap sort:", [h.pop() for _ in range(len(h))])
