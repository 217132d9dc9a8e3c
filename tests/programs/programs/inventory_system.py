# Inventory system with classes and custom exceptions; ends with an unhandled OutOfStock
class InventoryError(Exception):
    pass


class UnknownProduct(InventoryError, KeyError):
    pass


class OutOfStock(InventoryError):
    def __init__(self, sku, requested, available):
        super().__init__(f"{sku}: requested {requested}, only {available} left")
        self.sku = sku


class Product:
    def __init__(self, sku, name, price, qty=0):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty

    def __repr__(self):
        return f"{self.sku}<{self.name} x{self.qty} @ {self.price:.2f}>"


class Inventory:
    def __init__(self):
        self.products = {}
        self.log = []

    def add(self, product):
        if product.sku in self.products:
            raise InventoryError(f"duplicate sku {product.sku}")
        self.products[product.sku] = product

    def get(self, sku):
        try:
            return self.products[sku]
        except KeyError:
            raise UnknownProduct(sku) from None

    def restock(self, sku, qty):
        self.get(sku).qty += qty
        self.log.append(("restock", sku, qty))

    def sell(self, sku, qty):
        p = self.get(sku)
        if qty > p.qty:
            raise OutOfStock(sku, qty, p.qty)
        p.qty -= qty
        self.log.append(("sell", sku, qty))
        return round(qty * p.price, 2)

    def value(self):
        return round(sum(p.qty * p.price for p in self.products.values()), 2)

    def low_stock(self, threshold=5):
        return sorted((p for p in self.products.values() if p.qty < threshold), key=lambda p: p.qty)


inv = Inventory()
for args in [("A1", "bolt", 0.25, 100), ("B2", "nut", 0.1, 250), ("C3", "hammer", 12.5, 4), ("D4", "saw", 22.0, 1)]:
    inv.add(Product(*args))
try:
    inv.add(Product("A1", "dup", 1))
except InventoryError as e:
    print("error:", e)
print("stock value:", inv.value())
orders = [("A1", 40), ("C3", 2), ("Z9", 1), ("D4", 2), ("B2", 100), ("C3", 2)]
revenue = 0
for sku, qty in orders:
    try:
        amount = inv.sell(sku, qty)
        revenue += amount
        print(f"sold {qty} x {sku} for {amount:.2f}")
    except OutOfStock as e:
        print("out of stock:", e)
    except UnknownProduct as e:
        print("unknown product:", e, "| also a KeyError:", isinstance(e, KeyError))
print("revenue:", round(revenue, 2))
inv.restock("D4", 3)
print("low stock:", inv.low_stock())
print("stock value:", inv.value())
print("log:", inv.log)
print("final big order...")
inv.sell("B2", 1000)
print("unreachable")
