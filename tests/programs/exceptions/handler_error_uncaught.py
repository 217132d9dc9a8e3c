# An exception raised while handling another one is not caught
def load(cache, key):
    try:
        return cache[key]
    except KeyError:
        print("cache miss for", key)
        return compute(key)


def compute(key):
    return 100 // len(key)


cache = {"a": 1}
print(load(cache, "a"))
print(load(cache, "abcd"))
print(load(cache, ""))
