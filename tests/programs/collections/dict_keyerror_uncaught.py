# Looking up prices; a missing key raises an uncaught KeyError
prices = {"apple": 0.5, "bread": 2.25, "milk": 1.1}
order = [("apple", 4), ("milk", 2), ("bread", 1), ("caviar", 1)]
total = 0.0
for item, qty in order:
    print("adding", item)
    cost = prices[item] * qty
    total += cost
    print(f"  {qty} x {item} = {cost:.2f} (running {total:.2f})")
print("total", total)
