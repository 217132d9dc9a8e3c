# Class decorators and __init_subclass__ for plugin registries
PLUGINS = {}


def plugin(name):
    def register(cls):
        PLUGINS[name] = cls
        cls.plugin_name = name
        return cls
    return register


@plugin("upper")
class Upper:
    def run(self, text):
        return text.upper()


@plugin("reverse")
class Reverse:
    def run(self, text):
        return text[::-1]


@plugin("count")
class Count:
    def run(self, text):
        return str(len(text))


for name in ["upper", "reverse", "count"]:
    p = PLUGINS[name]()
    print(name, p.run("Hello"), type(p).plugin_name)


class Command:
    registry = []

    def __init_subclass__(cls, verb=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.verb = verb or cls.__name__.lower()
        Command.registry.append(cls)


class Start(Command, verb="go"):
    pass


class Stop(Command):
    pass


class ForceStop(Stop, verb="kill"):
    pass


print([(c.__name__, c.verb) for c in Command.registry])
pipeline = [PLUGINS[n]() for n in ("reverse", "upper")]
text = "pipeline"
for step in pipeline:
    text = step.run(text)
print(text)
