# Discrete-event simulation of a bank queue with deterministic pseudo-random numbers
class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (1103515245 * self.state + 12345) % 2 ** 31
        return self.state

    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)


def simulate(num_tellers, num_customers, seed):
    rng = LCG(seed)
    arrivals = []
    t = 0
    for cid in range(num_customers):
        t += rng.randint(1, 4)
        arrivals.append((t, cid, rng.randint(3, 12)))
    tellers_free_at = [0] * num_tellers
    queue = []
    waits = []
    log = []
    idx = 0
    clock = 0
    served = 0
    max_queue = 0
    while served < num_customers:
        while idx < len(arrivals) and arrivals[idx][0] <= clock:
            queue.append(arrivals[idx])
            idx += 1
        max_queue = max(max_queue, len(queue))
        for teller in range(num_tellers):
            if tellers_free_at[teller] <= clock and queue:
                arrive, cid, service = queue.pop(0)
                waits.append(clock - arrive)
                tellers_free_at[teller] = clock + service
                served += 1
                if cid < 5:
                    log.append(f"t={clock:3d} customer {cid} -> teller {teller} (waited {clock - arrive}, service {service})")
        clock += 1
    finish = max(tellers_free_at)
    return waits, log, max_queue, finish


for tellers in (1, 2, 3):
    waits, log, max_q, finish = simulate(tellers, 40, seed=2024)
    print(f"tellers={tellers}: avg wait {sum(waits) / len(waits):.2f}, max wait {max(waits)}, "
          f"max queue {max_q}, finished at t={finish}")
    if tellers == 2:
        print("\n".join(log))
rng = LCG(7)
print([rng.randint(1, 6) for _ in range(12)])
