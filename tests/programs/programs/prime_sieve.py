# Sieve of Eratosthenes, prime factorization and related number theory
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if is_prime[i]:
            for j in range(i * i, limit + 1, i):
                is_prime[j] = False
    return [i for i, p in enumerate(is_prime) if p]


def factorize(n, primes):
    factors = {}
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            factors[p] = factors.get(p, 0) + 1
            n //= p
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def format_factors(f):
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items()))


def totient(n, primes):
    result = n
    for p in factorize(n, primes):
        result = result // p * (p - 1)
    return result


primes = sieve(10000)
print("primes below 100:", primes[:25])
print("count below 10000:", len(primes), "largest:", primes[-1])
twins = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
print("twin primes below 200:", [t for t in twins if t[1] < 200])
gaps = [q - p for p, q in zip(primes, primes[1:])]
max_gap = max(gaps)
i = gaps.index(max_gap)
print("largest gap below 10000:", max_gap, "between", primes[i], "and", primes[i + 1])
for n in [360, 97, 1001, 65536, 999999, 123456789]:
    print(f"{n} = {format_factors(factorize(n, primes))}")
print("totients:", [totient(n, primes) for n in range(1, 21)])
goldbach = {}
prime_set = set(primes)
for even in range(4, 60, 2):
    for p in primes:
        if even - p in prime_set:
            goldbach[even] = (p, even - p)
            break
print("goldbach:", [f"{k}={a}+{b}" for k, (a, b) in list(goldbach.items())[:10]])
print("sum of primes below 10000:", sum(primes))
print("digit-sum primes:", [p for p in primes[:40] if sum(map(int, str(p))) in prime_set])
