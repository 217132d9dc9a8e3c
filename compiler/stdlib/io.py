"""In-memory streams: StringIO and BytesIO, the io base classes and
constants (cranepy's own implementation); `open` and the file classes come
from the native `_io` module."""

__all__ = ["StringIO", "BytesIO", "IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "open", "TextIOWrapper", "BufferedReader",
           "BufferedWriter", "BufferedRandom", "FileIO"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


from _io import (open, UnsupportedOperation, TextIOWrapper, BufferedReader,
                 BufferedWriter, BufferedRandom, FileIO)


class IOBase:
    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _check_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def isatty(self):
        self._check_closed()
        return False

    def flush(self):
        self._check_closed()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


def _check_size(size):
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
    return size


class StringIO(TextIOBase):
    def __init__(self, initial_value="", newline="\n"):
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not "
                            f"{type(initial_value).__name__}")
        if newline is not None and newline not in ("", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline}")
        self._newline = newline
        self._buf = self._translate(initial_value or "")
        self._pending = []
        self._pos = 0
        self.closed = False

    def _check_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _translate(self, s):
        if self._newline is None:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        if self._newline in ("\r", "\r\n"):
            return s.replace("\n", self._newline)
        return s

    def _flush_pending(self):
        if self._pending:
            self._buf = self._buf + "".join(self._pending)
            self._pending = []

    def getvalue(self):
        self._check_closed()
        self._flush_pending()
        return self._buf

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        s = self._translate(s)
        if not s:
            return n
        length = len(self._buf) + sum(len(p) for p in self._pending) if self._pending \
            else len(self._buf)
        if self._pos == length:
            self._pending.append(s)
            self._pos += len(s)
            return n
        self._flush_pending()
        buf = self._buf
        if self._pos > len(buf):
            buf = buf + "\0" * (self._pos - len(buf))
        self._buf = buf[:self._pos] + s + buf[self._pos + len(s):]
        self._pos += len(s)
        return n

    def read(self, size=-1):
        self._check_closed()
        size = _check_size(size)
        self._flush_pending()
        buf = self._buf
        if self._pos >= len(buf):
            return ""
        if size < 0:
            result = buf[self._pos:]
        else:
            result = buf[self._pos:self._pos + size]
        self._pos += len(result)
        return result

    def readline(self, size=-1):
        self._check_closed()
        size = _check_size(size)
        self._flush_pending()
        buf = self._buf
        if self._pos >= len(buf):
            return ""
        if self._newline == "":
            end = len(buf)
            for i in range(self._pos, len(buf)):
                c = buf[i]
                if c == "\n":
                    end = i + 1
                    break
                if c == "\r":
                    end = i + 2 if buf[i + 1:i + 2] == "\n" else i + 1
                    break
        else:
            sep = "\n" if self._newline in (None, "\n") else self._newline
            idx = buf.find(sep, self._pos)
            end = len(buf) if idx < 0 else idx + len(sep)
        if 0 <= size < end - self._pos:
            end = self._pos + size
        result = buf[self._pos:end]
        self._pos = end
        return result

    def seek(self, pos, whence=0):
        self._check_closed()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        self._flush_pending()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._buf)
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        self._flush_pending()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        self._buf = self._buf[:size]
        return size

    def close(self):
        self.closed = True

    def detach(self):
        raise UnsupportedOperation("detach")

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    encoding = None
    errors = None


class BytesIO(BufferedIOBase):
    def __init__(self, initial_bytes=b""):
        self._buf = bytearray(initial_bytes if initial_bytes is not None else b"")
        self._pos = 0
        self.closed = False

    def getvalue(self):
        self._check_closed()
        return bytes(self._buf)

    def getbuffer(self):
        self._check_closed()
        return memoryview(self._buf)

    def write(self, b):
        self._check_closed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        try:
            data = bytes(b)
        except TypeError:
            raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'") \
                from None
        n = len(data)
        if n == 0:
            return 0
        pos = self._pos
        if pos > len(self._buf):
            self._buf.extend(b"\0" * (pos - len(self._buf)))
        if pos == len(self._buf):
            self._buf.extend(data)
        else:
            self._buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check_closed()
        size = _check_size(size)
        if self._pos >= len(self._buf):
            return b""
        if size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        result = bytes(self._buf[self._pos:end])
        self._pos = end
        return result

    read1 = read

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_closed()
        size = _check_size(size)
        if self._pos >= len(self._buf):
            return b""
        idx = self._buf.find(b"\n", self._pos)
        end = len(self._buf) if idx < 0 else idx + 1
        if 0 <= size < end - self._pos:
            end = self._pos + size
        result = bytes(self._buf[self._pos:end])
        self._pos = end
        return result

    def seek(self, pos, whence=0):
        self._check_closed()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"negative size value {size}")
        del self._buf[size:]
        return size

    def close(self):
        self.closed = True
