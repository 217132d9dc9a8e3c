print("init shop.util")
