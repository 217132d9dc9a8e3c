# N-body gravitational simulation: float arithmetic, attribute-free list
# indexing, tuple unpacking, ** and division. Bodies are generated from a
# deterministic formula (a star plus planets on roughly circular orbits).


def make_bodies(count):
    bodies = []
    # central star: [x, y, z, vx, vy, vz, mass]
    bodies.append([0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 40.0])
    for k in range(1, count):
        r = 1.5 * k + 0.25 * (k % 3)
        angle = 0.7 * k
        # crude sin/cos from a short Taylor series keeps this import-free
        c = 1.0 - angle ** 2 / 2.0 + angle ** 4 / 24.0 - angle ** 6 / 720.0
        s = angle - angle ** 3 / 6.0 + angle ** 5 / 120.0 - angle ** 7 / 5040.0
        norm = (c * c + s * s) ** 0.5
        c /= norm
        s /= norm
        speed = (40.0 / r) ** 0.5
        mass = 0.01 + 0.003 * k
        bodies.append([r * c, r * s, 0.05 * k, -speed * s, speed * c, 0.0, mass])
    # remove net momentum so the system's centre stays put
    px = py = pz = 0.0
    for b in bodies:
        px += b[3] * b[6]
        py += b[4] * b[6]
        pz += b[5] * b[6]
    star = bodies[0]
    star[3] = -px / star[6]
    star[4] = -py / star[6]
    star[5] = -pz / star[6]
    return bodies


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        x1, y1, z1, vx, vy, vz, m1 = bodies[i]
        e += 0.5 * m1 * (vx * vx + vy * vy + vz * vz)
        for j in range(i + 1, n):
            b = bodies[j]
            dx = x1 - b[0]
            dy = y1 - b[1]
            dz = z1 - b[2]
            e -= m1 * b[6] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def advance(bodies, dt, steps):
    n = len(bodies)
    pairs = []
    for i in range(n):
        for j in range(i + 1, n):
            pairs.append((bodies[i], bodies[j]))
    for _ in range(steps):
        for b1, b2 in pairs:
            dx = b1[0] - b2[0]
            dy = b1[1] - b2[1]
            dz = b1[2] - b2[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            m1 = b1[6] * mag
            m2 = b2[6] * mag
            b1[3] -= dx * m2
            b1[4] -= dy * m2
            b1[5] -= dz * m2
            b2[3] += dx * m1
            b2[4] += dy * m1
            b2[5] += dz * m1
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


def main():
    bodies = make_bodies(5)
    e0 = energy(bodies)
    advance(bodies, 0.001, 250000)
    e1 = energy(bodies)
    print("energy before %.9f" % e0)
    print("energy after  %.9f" % e1)
    print("star x %.6f" % bodies[0][0])


main()
