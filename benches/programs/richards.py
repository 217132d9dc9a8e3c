# A small cooperative operating-system simulation in the spirit of the
# classic "Richards" benchmark (written from scratch for cranepy): tasks are
# objects of several subclasses, messages are objects passed between inboxes,
# and a priority scheduler repeatedly picks the highest-priority runnable
# task. Exercises classes, inheritance, method dispatch, attribute access,
# list-based queues and small-integer arithmetic.

TICK = 0
WORK = 1
DEVICE = 2


class Message:
    def __init__(self, owner, kind):
        self.owner = owner
        self.kind = kind
        self.target = None
        self.payload = [0, 0, 0, 0, 0, 0]
        self.cursor = 0
        self.value = 0


class Task:
    def __init__(self, name, priority):
        self.name = name
        self.priority = priority
        self.inbox = []
        self.waiting = True
        self.held = False
        self.runs = 0

    def runnable(self):
        if self.held:
            return False
        return len(self.inbox) > 0 or not self.waiting

    def take(self):
        if self.inbox:
            return self.inbox.pop(0)
        return None

    def run(self, sched, msg):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, name, priority, count, worker):
        Task.__init__(self, name, priority)
        self.count = count
        self.worker = worker
        self.waiting = False
        self.seed = 77

    def run(self, sched, msg):
        self.runs += 1
        self.count -= 1
        if self.count <= 0:
            self.held = True
            return
        self.seed = (self.seed * 69069 + 1) & 0xFFFF
        tick = Message(self, TICK)
        tick.value = self.seed
        sched.send(tick, self.worker)


class WorkerTask(Task):
    def __init__(self, name, priority, handlers, packets):
        Task.__init__(self, name, priority)
        self.handlers = handlers
        self.turn = 0
        self.letter = 0
        self.pool = [Message(self, WORK) for _ in range(packets)]

    def run(self, sched, msg):
        self.runs += 1
        if msg.kind == WORK:
            self.pool.append(msg)
            return
        if not self.pool:
            return
        packet = self.pool.pop()
        packet.cursor = 0
        payload = packet.payload
        for i in range(len(payload)):
            self.letter = (self.letter + msg.value + i) % 26
            payload[i] = 65 + self.letter
        target = self.handlers[self.turn]
        self.turn = 1 - self.turn
        sched.send(packet, target)


class HandlerTask(Task):
    def __init__(self, name, priority, device, packets):
        Task.__init__(self, name, priority)
        self.device = device
        self.jobs = []
        self.free = [Message(self, DEVICE) for _ in range(packets)]

    def run(self, sched, msg):
        self.runs += 1
        if msg.kind == WORK:
            self.jobs.append(msg)
        else:
            self.free.append(msg)
        while self.jobs and self.free:
            job = self.jobs[0]
            if job.cursor >= len(job.payload):
                self.jobs.pop(0)
                sched.send(job, job.owner)
                continue
            dev = self.free.pop()
            dev.value = job.payload[job.cursor]
            job.cursor += 1
            sched.send(dev, self.device)


class DeviceTask(Task):
    def __init__(self, name, priority):
        Task.__init__(self, name, priority)
        self.handler = None
        self.total = 0

    def run(self, sched, msg):
        self.runs += 1
        self.total = (self.total * 33 + msg.value) % 1000000007
        sched.send(msg, msg.owner)


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.switches = 0
        self.sent = 0

    def add(self, task):
        self.tasks.append(task)
        self.tasks.sort(key=lambda t: -t.priority)

    def send(self, msg, target):
        msg.target = target
        target.inbox.append(msg)
        self.sent += 1

    def pick(self):
        for t in self.tasks:
            if t.runnable():
                return t
        return None

    def run(self):
        while True:
            task = self.pick()
            if task is None:
                return
            task.run(self, task.take())
            self.switches += 1


def simulate(ticks):
    sched = Scheduler()
    dev_a = DeviceTask("devA", 50)
    dev_b = DeviceTask("devB", 51)
    hand_a = HandlerTask("handA", 40, dev_a, 3)
    hand_b = HandlerTask("handB", 41, dev_b, 2)
    worker = WorkerTask("worker", 30, [hand_a, hand_b], 4)
    idle = IdleTask("idle", 0, ticks, worker)
    for t in (idle, worker, hand_a, hand_b, dev_a, dev_b):
        sched.add(t)
    sched.run()
    return sched, [idle, worker, hand_a, hand_b, dev_a, dev_b]


def main():
    sched, tasks = simulate(85000)
    for t in tasks:
        print(t.name, t.runs)
    print("switches", sched.switches, "messages", sched.sent)
    print("device totals", tasks[4].total, tasks[5].total)


main()
