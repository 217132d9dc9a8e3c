# Calling a function with a missing argument is an uncaught TypeError
def area(width, height):
    return width * height


def describe(shape, width, height):
    return f"{shape} {width}x{height} has area {area(width, height)}"


print(describe("rect", 3, 4))
print(describe("square", 5, 5))
sizes = [(2, 8), (6,)]
for size in sizes:
    print(area(*size))
