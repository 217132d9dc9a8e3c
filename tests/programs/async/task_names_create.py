# Task names through asyncio.create_task, loop.create_task and
# asyncio.Task: default Task-<n> numbers (named tasks take a number too),
# non-str names, set_name, and the first step order of new tasks.
import asyncio

order = []


async def job(tag):
    order.append(("start", tag, asyncio.current_task().get_name()))
    await asyncio.sleep(0)
    order.append(("end", tag))
    return tag


async def main():
    loop = asyncio.get_running_loop()
    tasks = [
        asyncio.create_task(job("a")),
        asyncio.create_task(job("b"), name="bee"),
        loop.create_task(job("c")),
        loop.create_task(job("d"), name=42),
        asyncio.Task(job("e")),
        asyncio.Task(job("f"), loop=loop, name=None),
        asyncio.ensure_future(job("g")),
    ]
    print([t.get_name() for t in tasks])
    tasks[0].set_name(("tuple", 1))
    print(repr(tasks[0].get_name()), type(tasks[3].get_name()).__name__)
    print(await asyncio.gather(*tasks))
    for entry in order:
        print(entry)
    t = asyncio.create_task(job("h"))
    print(t.get_name(), t.done())
    await t
    print(t.done(), t.result())


asyncio.run(main())
