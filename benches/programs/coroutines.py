# Coroutines without asyncio: async def / await chains driven by a small
# hand-written round-robin scheduler that steps each coroutine with
# coro.send(None). A custom awaitable (a class with __await__) suspends to
# the scheduler; channels pass values between producer and consumer tasks.


class Suspend:
    """Awaiting this yields control back to the scheduler once."""

    def __await__(self):
        yield self


SUSPEND = Suspend()


class Channel:
    def __init__(self):
        self.items = []
        self.closed = False

    async def put(self, item):
        self.items.append(item)
        await SUSPEND

    async def get(self):
        while not self.items:
            if self.closed:
                return None
            await SUSPEND
        return self.items.pop(0)


class Scheduler:
    def __init__(self):
        self.ready = []
        self.switches = 0
        self.results = []

    def spawn(self, coro):
        self.ready.append(coro)

    def run(self):
        while self.ready:
            queue = self.ready
            self.ready = []
            for coro in queue:
                self.switches += 1
                try:
                    coro.send(None)
                except StopIteration as stop:
                    self.results.append(stop.value)
                else:
                    self.ready.append(coro)


async def leaf(x):
    if x % 3 == 0:
        await SUSPEND
    return x * 2 + 1


async def middle(x):
    a = await leaf(x)
    b = await leaf(x + 1)
    return a + b


async def top(n):
    total = 0
    for i in range(n):
        total += await middle(i)
    return total


async def producer(chan, start, count):
    for i in range(start, start + count):
        await chan.put(i * i % 1009)
    return count


async def consumer(chan, done):
    total = 0
    count = 0
    while True:
        item = await chan.get()
        if item is None:
            break
        total += item
        count += 1
    done.append(count)
    return total


async def closer(chan, producers):
    # wait until every producer has finished, then close the channel
    while producers[0] > 0:
        await SUSPEND
    chan.closed = True
    return 0


async def counted(chan, start, count, producers):
    n = await producer(chan, start, count)
    producers[0] -= 1
    return n


def fan_in(n_producers, per_producer, n_consumers):
    sched = Scheduler()
    chan = Channel()
    done = []
    producers = [n_producers]
    for p in range(n_producers):
        sched.spawn(counted(chan, p * per_producer, per_producer, producers))
    for _ in range(n_consumers):
        sched.spawn(consumer(chan, done))
    sched.spawn(closer(chan, producers))
    sched.run()
    return sum(sched.results), sum(done), sched.switches


def chains(tasks, depth):
    sched = Scheduler()
    for t in range(tasks):
        sched.spawn(top(depth + t % 7))
    sched.run()
    return sum(sched.results), sched.switches


def main():
    for tasks, depth in ((10, 100), (200, 300), (1000, 150), (3000, 400)):
        print("chains", tasks, depth, chains(tasks, depth))
    for shape in ((4, 5000, 2), (50, 600, 10), (200, 100, 50)):
        print("fan in", shape, fan_in(*shape))
    c = top(5)
    steps = 0
    try:
        while True:
            c.send(None)
            steps += 1
    except StopIteration as e:
        print("manual", steps, e.value)


main()
