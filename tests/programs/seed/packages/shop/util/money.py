print("init shop.util.money")
CURRENCY = "EUR"


def fmt(cents):
    return f"{cents // 100}.{cents % 100:02d} {CURRENCY}"
