# Parse an embedded CSV (with quoted fields), aggregate and print a formatted report
DATA = '''date,region,product,units,unit_price
2024-01-03,North,"Widget, Large",12,19.99
2024-01-05,South,Gadget,5,34.50
2024-01-09,North,Gadget,7,34.50
2024-01-15,East,"Widget, Large",3,19.99
2024-02-01,South,Doohickey,20,4.25
2024-02-11,East,Gadget,1,34.50
2024-02-14,North,Doohickey,,4.25
2024-02-20,West,"Thing ""Pro""",2,99.00
2024-03-02,South,"Widget, Large",8,19.99
2024-03-09,North,Gadget,4,not-a-price
'''


def parse_line(line):
    fields, field, quoted, i = [], [], False, 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"' and i + 1 < len(line) and line[i + 1] == '"':
                field.append('"')
                i += 1
            elif ch == '"':
                quoted = False
            else:
                field.append(ch)
        elif ch == '"':
            quoted = True
        elif ch == ",":
            fields.append("".join(field))
            field = []
        else:
            field.append(ch)
        i += 1
    fields.append("".join(field))
    return fields


lines = DATA.strip().splitlines()
header = parse_line(lines[0])
rows, errors = [], []
for lineno, line in enumerate(lines[1:], start=2):
    rec = dict(zip(header, parse_line(line)))
    try:
        rec["units"] = int(rec["units"])
        rec["unit_price"] = float(rec["unit_price"])
    except ValueError as e:
        errors.append(f"line {lineno}: {e}")
        continue
    rec["total"] = round(rec["units"] * rec["unit_price"], 2)
    rows.append(rec)
print(f"parsed {len(rows)} rows, {len(errors)} errors")
for e in errors:
    print("  " + e)
by_region = {}
by_month = {}
by_product = {}
for r in rows:
    by_region[r["region"]] = by_region.get(r["region"], 0) + r["total"]
    month = r["date"][:7]
    by_month[month] = by_month.get(month, 0) + r["total"]
    p = by_product.setdefault(r["product"], {"units": 0, "revenue": 0.0})
    p["units"] += r["units"]
    p["revenue"] += r["total"]
width = max(len(k) for k in by_product) + 2
print(f"{'product':<{width}}{'units':>6}{'revenue':>11}")
print("-" * (width + 17))
for name, agg in sorted(by_product.items(), key=lambda kv: -kv[1]["revenue"]):
    print(f"{name:<{width}}{agg['units']:>6}{agg['revenue']:>11,.2f}")
print("-" * (width + 17))
grand = sum(by_region.values())
print(f"{'TOTAL':<{width}}{sum(a['units'] for a in by_product.values()):>6}{grand:>11,.2f}")
print()
for region, total in sorted(by_region.items()):
    bar = "=" * int(total // 25)
    print(f"{region:<6}{total:>9.2f} {total / grand:6.1%} {bar}")
print({m: round(v, 2) for m, v in sorted(by_month.items())})
