# Complex arithmetic: quadratic roots and rotation
def quadratic(a, b, c):
    disc = b * b - 4 * a * c
    if disc >= 0:
        r = disc ** 0.5
    else:
        r = complex(0, (-disc) ** 0.5)
    return (-b + r) / (2 * a), (-b - r) / (2 * a)


for coeffs in [(1, -3, 2), (1, 2, 5), (1, 0, 1), (2, 4, 2), (1, 1, 1)]:
    print(coeffs, quadratic(*coeffs))
point = 1 + 0j
rot = 1j
path = []
for _ in range(5):
    path.append(point)
    point *= rot
print(path)
v = 3 - 4j
print(v * v.conjugate(), (v * v.conjugate()).real ** 0.5, abs(v))
print((1 + 2j) ** 3, (2 + 0j) ** 10, (1 + 1j) ** -1)
print(sum([1j, 2, 3.5, 1 - 1j]), [1j * k for k in range(3)])
print(complex(3, 4) / complex(0, 1), (1 + 2j) * 1j - 2j)
print(round(abs((1 + 1j) ** 0.5) ** 2, 12))
