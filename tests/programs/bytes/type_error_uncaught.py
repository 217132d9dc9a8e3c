# Building a message from bytes; mixing in a str is an uncaught TypeError
parts = [b"GET", b"/index.html", b"HTTP/1.1"]
request = b" ".join(parts) + b"\r\n"
print(request)
headers = {b"Host": b"example.com", b"Accept": b"*/*"}
for k, v in headers.items():
    request += k + b": " + v + b"\r\n"
print(request)
print(len(request), request.count(b"\r\n"))
request += "\r\n"
print("unreachable")
