"""A small shop package."""
print("init shop")
VERSION = "1.2"
from .util import money
