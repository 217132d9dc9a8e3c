# Complex numbers: literals, repr, attributes, arithmetic
z = 3 + 4j
w = complex(1, -2)
print(z, w, repr(z), str(w))
print(z.real, z.imag, w.real, w.imag, type(z.real).__name__)
print(abs(z), abs(w) ** 2, z.conjugate(), w.conjugate())
print(z + w, z - w, z * w, z / w)
print(z * 2, z + 1, 2.5 * w, z ** 2, 1j ** 2, 1j * 1j == -1)
print(1j, -1j, 0j, complex(0, 0), complex(2), complex(-0.0, -0.0), complex(1.5, 0))
print(complex("1+2j"), complex("-3.5j"), complex(" 7 "), complex("1e3-1e-3j"))
print(z == complex(3, 4), z != w, z == 3 + 4.0j, (1 + 0j) == 1)
print(hash(1 + 0j) == hash(1), (2 + 0j) in [2])
roots = [complex(0.5, 0.8660254037844386) ** k for k in range(6)]
for r in roots:
    print(round(r.real, 6), round(r.imag, 6))
try:
    z < w
except TypeError as e:
    print(type(e).__name__, e)
try:
    z / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    int(z)
except TypeError as e:
    print(type(e).__name__, e)
print(bool(0j), bool(1j), -z, +z, z.real + z.imag)
print(complex(float("inf"), 1), complex(1, float("nan")))
