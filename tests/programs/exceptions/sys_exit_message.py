# sys.exit with a string message prints it to stderr and exits with status 1
import sys

config = {"name": "demo", "version": "1.0"}
required = ["name", "version", "output"]
for key in required:
    if key in config:
        print("found", key, "=", config[key])
    else:
        print("missing", key)
        sys.exit(f"fatal: required setting {key!r} is missing")
print("unreachable")
