x = 42

def global_func():
    return x


class MyClass:
    class_var = "class-level"

    def __init__(self, name):
        self.name = name

    def func1(self):
        return f"{self.name} - func1"

    def func2(self):
        return f"{self.name} - func2"

    async def async_func(self):
        return f"{self.name} - async_func"
