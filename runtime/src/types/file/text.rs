//! Text I/O over a file's bytes (`TextIOWrapper`): decoding with the file's
//! codec and error handler, CPython's newline handling (universal newlines
//! on read when `newline` is None, line ends `\n`/`\r`/`\r\n` returned as
//! they are for `''`, one fixed line end otherwise) and encoding on write.
//! Line boundaries are found in the bytes, which is exact for the
//! ASCII-compatible codecs (UTF-8, ASCII, latin-1).

use super::{FileState, Newline};
use crate::errors::PyResult;
use crate::types::str::codecs::{self, Codec};

/// Bytes in the UTF-8 sequence that starts with `lead`.
fn utf8_len(lead: u8) -> usize {
    match lead {
        0xf0..=0xff => 4,
        0xe0..=0xef => 3,
        0xc0..=0xdf => 2,
        _ => 1,
    }
}

impl FileState {
    fn decode(&self, data: &[u8]) -> PyResult<String> {
        let s = match self.codec {
            Codec::Utf8 => codecs::decode_utf8(data, &self.errors)?,
            c => codecs::decode(data, c.name(), &self.errors)?,
        };
        Ok(if self.newline == Newline::Universal && s.contains('\r') {
            s.replace("\r\n", "\n").replace('\r', "\n")
        } else {
            s
        })
    }

    /// Makes at least `n` unread bytes available if the file has them.
    fn want(&mut self, n: usize) -> PyResult<bool> {
        while self.pending().len() < n {
            if !self.fill()? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `read(n)`: at most `n` characters (all of the rest for None).
    pub(crate) fn read_text(&mut self, n: Option<usize>) -> PyResult<String> {
        let Some(n) = n else {
            let data = self.read_to_end()?;
            return self.decode(&data);
        };
        self.prepare_read()?;
        let universal = matches!(self.newline, Newline::Universal);
        let mut out = Vec::new();
        let mut chars = 0;
        while chars < n {
            if !self.want(1)? {
                break;
            }
            let lead = self.pending()[0];
            let mut len = if self.codec == Codec::Utf8 {
                utf8_len(lead)
            } else {
                1
            };
            if universal && lead == b'\r' && self.want(2)? && self.pending()[1] == b'\n' {
                len = 2;
            }
            self.want(len)?;
            let len = len.min(self.pending().len());
            out.extend_from_slice(&self.pending()[..len]);
            self.rpos += len;
            chars += 1;
        }
        self.decode(&out)
    }

    /// The length of the next line in the unread bytes (including its end),
    /// reading more as needed; 0 at end of file.
    fn next_line_len(&mut self) -> PyResult<usize> {
        let mut scanned = 0;
        loop {
            let p = self.pending();
            let plen = p.len();
            let found = match &self.newline {
                Newline::Universal | Newline::Untranslated => p[scanned..]
                    .iter()
                    .position(|&b| b == b'\n' || b == b'\r')
                    .map(|i| scanned + i),
                Newline::Fixed(end) => {
                    let end = end.as_bytes();
                    p[scanned..]
                        .windows(end.len())
                        .position(|w| w == end)
                        .map(|i| scanned + i)
                }
            };
            if let Some(i) = found {
                let lone_cr = p[i] == b'\r';
                let end_len = match &self.newline {
                    Newline::Fixed(e) => e.len(),
                    _ if !lone_cr => 1,
                    _ => {
                        // A '\r' may be the first half of "\r\n".
                        if i + 1 >= plen && self.fill()? {
                            scanned = i;
                            continue;
                        }
                        if self.pending().get(i + 1) == Some(&b'\n') {
                            2
                        } else {
                            1
                        }
                    }
                };
                return Ok(i + end_len);
            }
            scanned = plen.saturating_sub(1);
            if !self.fill()? {
                return Ok(self.pending().len());
            }
        }
    }

    /// `readline(limit)`: the next line with its line end (translated for
    /// universal newlines), at most `limit` characters; '' at end of file.
    pub(crate) fn read_text_line(&mut self, limit: Option<usize>) -> PyResult<String> {
        self.prepare_read()?;
        let len = self.next_line_len()?;
        let start = self.rpos;
        self.rpos += len;
        let line = self.decode(&self.rbuf[start..start + len])?;
        let Some(limit) = limit else {
            return Ok(line);
        };
        match line.char_indices().nth(limit) {
            None => Ok(line),
            Some((cut, _)) => {
                let head = &line[..cut];
                let head_bytes = match self.codec {
                    Codec::Utf8 => head.len(),
                    _ => head.chars().count(),
                };
                self.rpos = start + head_bytes;
                Ok(head.to_string())
            }
        }
    }

    /// `write(s)`: translates `\n` to the file's line end and encodes.
    pub(crate) fn write_text(&mut self, s: &str) -> PyResult<()> {
        let translated;
        let s = match &self.newline {
            Newline::Fixed(end) if *end != "\n" && s.contains('\n') => {
                translated = s.replace('\n', end);
                &translated
            }
            _ => s,
        };
        let data = match self.codec {
            Codec::Utf8 if self.errors == "strict" => std::borrow::Cow::Borrowed(s.as_bytes()),
            c => std::borrow::Cow::Owned(codecs::encode(s, c.name(), &self.errors)?),
        };
        self.write_bytes(&data)
    }
}
