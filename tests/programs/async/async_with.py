# async with: __aenter__/__aexit__ awaited, exceptions, suppression, early exits.
import asyncio


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0)
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return self.suppress


async def find(items, target):
    for item in items:
        async with Resource(item) as r:
            if item == target:
                return r
    return None


async def main():
    async with Resource("a") as a:
        print("body", a)
    async with Resource("b", suppress=True):
        raise ValueError("swallowed")
    print("after suppressed")
    try:
        async with Resource("c"):
            raise KeyError("escapes")
    except KeyError as e:
        print("caught", e)
    async with Resource("outer") as o, Resource("inner") as i:
        print("nested", o, i)
    print(await find(["x", "y", "z"], "y"))
    lock = asyncio.Lock()
    async with lock:
        print("locked", lock.locked())
    print("unlocked", lock.locked())
    try:
        async with 5:
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
