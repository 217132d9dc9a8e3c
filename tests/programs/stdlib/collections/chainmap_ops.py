# ChainMap: layered configuration lookups.
from collections import ChainMap

defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
config = ChainMap(cli, env, defaults)
print(config["color"], config["user"], config["debug"])
print(len(config), sorted(config), list(config))
print(config)
print("user" in config, "nope" in config, config.get("nope", 0))
config["color"] = "blue"
print(cli, config.maps[0] is cli)
child = config.new_child({"user": "root"})
print(child["user"], child.parents["user"], len(child.maps))
del child["user"]
print(child["user"])
try:
    del child["color"]
except KeyError as e:
    print("KeyError", e)
try:
    config["missing"]
except KeyError as e:
    print("KeyError", e)
print(dict(config), sorted(config.items()), sorted(config.keys()))
print(ChainMap(), ChainMap({"a": 1}) | {"b": 2})
c2 = config.copy()
c2["x"] = 1
print("x" in config, "x" in c2, c2.pop("x"))
