# os-level file descriptors: open/read/write/lseek/close, access, flags.
import os

NAME = "os_fds_tmp.bin"
fd = os.open(NAME, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, fd > 2)
print(os.write(fd, b"hello "), os.write(fd, bytearray(b"world")))
os.close(fd)
fd = os.open(NAME, os.O_RDONLY)
print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, -5, os.SEEK_END), os.read(fd, 2))
os.close(fd)
with open(NAME, "rb") as f:
    print(f.read())
print(os.access(NAME, os.F_OK), os.access(NAME, os.R_OK), os.access("no_such", os.F_OK))
try:
    os.open("no_such_file", os.O_RDONLY)
except FileNotFoundError as e:
    print(e)
try:
    os.open(NAME, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
except FileExistsError as e:
    print(e)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e)
try:
    os.read(fd, 1)
except OSError as e:
    print(type(e).__name__, e)
print(type(os.getuid()).__name__, type(os.getgid()).__name__)
os.remove(NAME)
