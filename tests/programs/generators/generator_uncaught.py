# Calling next() on an exhausted generator outside a loop raises StopIteration
def batches(items, size):
    for i in range(0, len(items), size):
        yield items[i:i + size]


gen = batches(list(range(7)), 3)
print(next(gen))
print(next(gen))
print(next(gen))
print("asking for a fourth batch")
print(next(gen))
