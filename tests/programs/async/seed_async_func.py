# The seed article's example: running a method coroutine with asyncio.run.
import asyncio


class MyClass:
    def __init__(self, name):
        self.name = name

    def func1(self):
        return f"{self.name} - func1"

    async def async_func(self):
        return f"{self.name} - async_func"


obj1 = MyClass("Alice")
print(obj1.func1())
print(asyncio.run(obj1.async_func()))


async def main():
    obj2 = MyClass("Bob")
    r = await obj2.async_func()
    print(r)
    results = await asyncio.gather(obj1.async_func(), obj2.async_func())
    print(results)
    return len(results)


print("main returned", asyncio.run(main()))
