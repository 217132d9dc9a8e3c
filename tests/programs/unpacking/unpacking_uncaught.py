# Parsing "key=value" records; one malformed record is not handled
records = ["host=example.org", "port=8080", "user=admin", "mode=a=b"]
config = {}
for rec in records[:3]:
    key, value = rec.split("=")
    config[key] = value
    print("parsed", key, value)
print(config)
for rec in records[3:]:
    print("parsing", rec)
    key, value = rec.split("=")
    config[key] = value
print("unreachable")
