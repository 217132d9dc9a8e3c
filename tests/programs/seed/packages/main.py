# Packages, submodules, and relative imports.
import shop.models.cart as cart_mod
from shop.models import Item
from shop import models
import shop
import sys

print(shop.__doc__)
print(shop.VERSION, shop.__name__, shop.__package__)
print(shop.models is models, models.cart is cart_mod)
print(cart_mod.__name__, cart_mod.__package__)
print(shop.models.item.__name__)
print(Item("pen", 250))
c = cart_mod.Cart().add("pen", 250).add("book", 1999)
print(c.items)
print(c.total())
print(shop.util.money.CURRENCY)
print(sorted(k for k in sys.modules if k.startswith("shop")))
print(hasattr(shop, "__path__"), hasattr(cart_mod, "__path__"))
print(shop.__file__.endswith("shop/__init__.py"))
print(type(shop.__path__).__name__, len(shop.__path__))
from shop.util.money import fmt as format_money
print(format_money(5))
