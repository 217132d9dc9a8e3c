class BackgroundTasks:
    def __init__(self):
        self.items = []

    def add(self, fn, *args):
        self.items.append((fn, args))

    def run(self) -> "list[str]":
        return [fn(*args) for fn, args in self.items]
