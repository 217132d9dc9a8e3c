# A small ray tracer: Vector objects with operator overloading, spheres and
# a checkered plane, diffuse and specular lighting, shadows and recursive
# reflections. Exercises object allocation, method calls, __add__/__mul__
# dispatch, float math and recursion. The image is reduced to a checksum and
# a coarse ASCII preview.


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def length(self):
        return self.dot(self) ** 0.5

    def normalized(self):
        return self * (1.0 / self.length())

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, centre, radius, colour, shine):
        self.centre = centre
        self.radius = radius
        self.colour = colour
        self.shine = shine

    def intersect(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = disc ** 0.5
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        if t > 1e-6:
            return t
        return None

    def normal_at(self, p):
        return (p - self.centre).normalized()

    def colour_at(self, p):
        return self.colour


class Plane:
    def __init__(self, point, normal, shine):
        self.point = point
        self.normal = normal.normalized()
        self.shine = shine

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < 1e-9:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        if t > 1e-6:
            return t
        return None

    def normal_at(self, p):
        return self.normal

    def colour_at(self, p):
        if (int(p.x + 1000.0) + int(p.z + 1000.0)) % 2 == 0:
            return Vector(0.9, 0.9, 0.9)
        return Vector(0.2, 0.2, 0.25)


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vector(0.0, 1.0, 5.0), 1.0, Vector(0.9, 0.2, 0.2), 0.3),
            Sphere(Vector(-2.0, 0.7, 6.5), 0.7, Vector(0.2, 0.8, 0.3), 0.5),
            Sphere(Vector(2.2, 1.4, 7.0), 1.4, Vector(0.3, 0.4, 0.9), 0.6),
            Sphere(Vector(0.8, 0.3, 3.6), 0.3, Vector(0.9, 0.9, 0.2), 0.1),
            Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0), 0.2),
        ]
        self.light = Vector(-4.0, 8.0, -2.0)
        self.ambient = 0.12

    def nearest(self, ray):
        best = None
        best_t = 1e30
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < best_t:
                best = obj
                best_t = t
        return best, best_t

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return Vector(0.6, 0.7, 0.9) * k + Vector(1.0, 1.0, 1.0) * (0.3 * (1.0 - k))
        hit = ray.at(t)
        normal = obj.normal_at(hit)
        base = obj.colour_at(hit)
        to_light = (self.light - hit).normalized()
        shadow_obj, shadow_t = self.nearest(Ray(hit, to_light))
        light_dist = (self.light - hit).length()
        lit = shadow_obj is None or shadow_t > light_dist
        intensity = self.ambient
        specular = 0.0
        if lit:
            diffuse = normal.dot(to_light)
            if diffuse > 0.0:
                intensity += diffuse * 0.85
            half = (to_light - ray.direction).normalized()
            s = normal.dot(half)
            if s > 0.0:
                specular = s ** 40
        colour = base * intensity + Vector(1.0, 1.0, 1.0) * (specular * 0.6)
        if depth > 0 and obj.shine > 0.0:
            reflected = Ray(hit, ray.direction.reflect(normal))
            colour = colour * (1.0 - obj.shine) + self.trace(reflected, depth - 1) * obj.shine
        return colour


def render(scene, width, height):
    eye = Vector(0.0, 1.6, -1.5)
    checksum = 0
    preview = []
    for j in range(height):
        row = []
        for i in range(width):
            x = (i + 0.5) / width * 2.0 - 1.0
            y = 1.0 - (j + 0.5) / height * 1.5
            c = scene.trace(Ray(eye, Vector(x, y, 1.5)), 3)
            r = min(255, int(c.x * 255.0))
            g = min(255, int(c.y * 255.0))
            b = min(255, int(c.z * 255.0))
            checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
            if j % 16 == 8 and i % 4 == 2:
                row.append(" .:-=+*#%@"[min(9, (r + g + b) * 10 // 766)])
        if row:
            preview.append("".join(row))
    return checksum, preview


def main():
    scene = Scene()
    checksum, preview = render(scene, 300, 208)
    for line in preview:
        print(line)
    print("checksum", checksum)


main()
