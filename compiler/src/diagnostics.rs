//! Compile-time diagnostics: errors and warnings with a source location,
//! rendered as `file:line:col: error: message` followed by a code frame.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// A diagnostic about a source file. Lines are 1-based, columns 1-based in
/// characters (as editors show them).
#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub severity: Severity,
    pub file: String,
    pub line: usize,
    pub col: usize,
    /// Length of the underlined span in characters (at least 1).
    pub len: usize,
    pub message: String,
    /// The source line the span is on (for the code frame).
    pub source_line: Option<String>,
    pub notes: Vec<String>,
}

impl Diagnostic {
    /// An error at a byte range of `source`.
    pub fn at(
        severity: Severity,
        file: &str,
        source: &str,
        start: usize,
        end: usize,
        message: impl Into<String>,
    ) -> Diagnostic {
        let start = start.min(source.len());
        let line_start = source[..start].rfind('\n').map(|i| i + 1).unwrap_or(0);
        let line_end = source[start..]
            .find('\n')
            .map(|i| start + i)
            .unwrap_or(source.len());
        let line = source[..start].matches('\n').count() + 1;
        let col = source[line_start..start].chars().count() + 1;
        let end = end.clamp(start, line_end);
        let len = source[start..end].chars().count().max(1);
        Diagnostic {
            severity,
            file: file.to_string(),
            line,
            col,
            len,
            message: message.into(),
            source_line: Some(source[line_start..line_end].to_string()),
            notes: Vec::new(),
        }
    }

    /// An error not tied to a source location.
    pub fn plain(message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            file: String::new(),
            line: 0,
            col: 0,
            len: 0,
            message: message.into(),
            source_line: None,
            notes: Vec::new(),
        }
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        if self.file.is_empty() {
            writeln!(f, "{kind}: {}", self.message)?;
        } else {
            writeln!(
                f,
                "{}:{}:{}: {kind}: {}",
                self.file, self.line, self.col, self.message
            )?;
        }
        if let Some(src) = &self.source_line {
            let gutter = self.line.to_string();
            writeln!(f, "{} |", " ".repeat(gutter.len()))?;
            writeln!(f, "{gutter} | {src}")?;
            let pad: String = src
                .chars()
                .take(self.col.saturating_sub(1))
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            writeln!(
                f,
                "{} | {pad}{}",
                " ".repeat(gutter.len()),
                "^".repeat(self.len)
            )?;
        }
        for n in &self.notes {
            writeln!(f, "  = note: {n}")?;
        }
        Ok(())
    }
}

/// Result type of compiler stages: a failure carries its diagnostics.
pub type CResult<T> = Result<T, Diagnostic>;
