# Two modules that need each other: imports inside functions break the cycle.
import orders
import customers

c = customers.make("ada", 10, 20)
print(c.name, c.spend())
o = orders.Order(50)
cust = o.customer()
print(type(cust).__name__, cust.name, cust.spend())
print([x.total for x in orders.orders_for(["a", "bb"])])
print(orders.Order.customer.__annotations__)
print(orders.total_with_tax.__annotations__)
print(sorted(k for k in vars(customers) if not k.startswith("__")))
