# Single inheritance, method overriding and super()
class Animal:
    sound = "..."

    def __init__(self, name, legs=4):
        self.name = name
        self.legs = legs

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{self.name} has {self.legs} legs; {self.speak()}"


class Dog(Animal):
    sound = "woof"

    def fetch(self):
        return f"{self.name} fetches"


class Bird(Animal):
    sound = "tweet"

    def __init__(self, name, can_fly=True):
        super().__init__(name, legs=2)
        self.can_fly = can_fly

    def describe(self):
        base = super().describe()
        return base + ("; it flies" if self.can_fly else "; it walks")


class Penguin(Bird):
    def __init__(self, name):
        super().__init__(name, can_fly=False)

    def speak(self):
        return super().speak().replace("tweet", "squawk")


for a in [Animal("Generic"), Dog("Rex"), Bird("Tweety"), Penguin("Pingu")]:
    print(type(a).__name__, "|", a.describe())
print(Dog("Max").fetch())
print(isinstance(Penguin("p"), Animal), issubclass(Penguin, Dog), Penguin.__bases__[0].__name__)
print([c.__name__ for c in Penguin.__mro__])
try:
    Bird("b").fetch()
except AttributeError as e:
    print(type(e).__name__, e)
