import heapq

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h[0], len(h))
print([heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 2, 6]
heapq.heapify(data)
print(data[0], sorted(data) == [1, 2, 2, 4, 6, 7, 8, 9])
print(heapq.heapreplace(data, 5), heapq.heappushpop(data, 0), heapq.heappushpop(data, 10))
out = []
while data:
    out.append(heapq.heappop(data))
print(out)
tasks = []
heapq.heappush(tasks, (2, "write code"))
heapq.heappush(tasks, (1, "design"))
heapq.heappush(tasks, (3, "test"))
heapq.heappush(tasks, (1, "coffee"))
while tasks:
    print(heapq.heappop(tasks))
nums = [15, 3, 42, 8, 23, 4, 16]
print(heapq.nlargest(3, nums), heapq.nsmallest(2, nums), heapq.nsmallest(0, nums), heapq.nlargest(10, [1, 2]))
people = [("ann", 31), ("bob", 25), ("cy", 40), ("di", 25)]
print(heapq.nsmallest(2, people, key=lambda p: p[1]), heapq.nlargest(1, people, key=lambda p: p[1]))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 5])))
print(list(heapq.merge(["b", "d"], ["a", "c"], key=str.upper)), list(heapq.merge([5, 3], [4, 1], reverse=True)))
rng = [((i * 7919) % 101) for i in range(60)]
hh = []
for v in rng:
    heapq.heappush(hh, v)
print([heapq.heappop(hh) for _ in range(60)] == sorted(rng))
for bad in [lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapreplace([], 1)]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
