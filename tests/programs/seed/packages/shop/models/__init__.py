print("init shop.models")
from .item import Item
from . import cart
