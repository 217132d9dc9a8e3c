# Packing and unpacking a simple binary record format by hand
def pack_record(rec_id, name, score):
    name_bytes = name.encode("utf-8")
    out = bytearray()
    out += rec_id.to_bytes(4, "little")
    out += len(name_bytes).to_bytes(1, "little")
    out += name_bytes
    out += score.to_bytes(2, "big", signed=True)
    return bytes(out)


def unpack_records(buf):
    records = []
    pos = 0
    while pos < len(buf):
        rec_id = int.from_bytes(buf[pos:pos + 4], "little")
        pos += 4
        n = buf[pos]
        pos += 1
        name = buf[pos:pos + n].decode("utf-8")
        pos += n
        score = int.from_bytes(buf[pos:pos + 2], "big", signed=True)
        pos += 2
        records.append((rec_id, name, score))
    return records


people = [(1, "Ann", 95), (258, "Bjørn", -12), (65536, "Zoë", 32767), (7, "", -32768)]
blob = b"".join(pack_record(*p) for p in people)
print(len(blob))
print(blob[:16])
print(blob.hex(" ", 8))
decoded = unpack_records(blob)
for rec in decoded:
    print(rec)
print(decoded == people)
try:
    pack_record(1, "x", 40000)
except OverflowError as e:
    print(type(e).__name__, e)
for bad in [blob + b"\x00", b"\x01\x00\x00\x00\x02\xff\xfe\x00\x00"]:
    try:
        unpack_records(bad)
    except (IndexError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
