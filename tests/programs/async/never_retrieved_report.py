# "Task exception was never retrieved": the report names the task (with its
# coroutine's definition site) and carries the traceback from inside the
# coroutine. stderr is captured to compare the whole report on stdout.
import asyncio
import io
import sys


async def boom(n):
    await asyncio.sleep(0)
    raise ValueError("bad value " + str(n))


async def quiet():
    return 7


async def main():
    t = asyncio.create_task(boom(1))
    done = asyncio.create_task(quiet())
    await asyncio.sleep(0.01)
    print(repr(done))
    print(t.done(), done.result())
    del t
    print("after del")
    retrieved = asyncio.create_task(boom(2))
    await asyncio.sleep(0.01)
    print(type(retrieved.exception()).__name__)
    del retrieved
    print("retrieved one is silent")


captured = io.StringIO()
real = sys.stderr
sys.stderr = captured
asyncio.run(main())
sys.stderr = real
print("--- stderr ---")
print(captured.getvalue(), end="")
