//! Parsing with the ruff parser, targeting Python 3.11: syntax errors and
//! syntax newer than 3.11 become diagnostics.

use crate::diagnostics::{CResult, Diagnostic, Severity};
use ruff_python_ast::{ModModule, PythonVersion};
use ruff_python_parser::{Mode, ParseOptions, parse};
use ruff_text_size::Ranged;

/// Parses a module's source.
pub fn parse_module(file: &str, source: &str) -> CResult<ModModule> {
    let options = ParseOptions::from(Mode::Module).with_target_version(PythonVersion::PY311);
    let parsed = match parse(source, options) {
        Ok(p) => p,
        Err(e) => {
            let r = e.location;
            return Err(Diagnostic::at(
                Severity::Error,
                file,
                source,
                r.start().to_usize(),
                r.end().to_usize(),
                format!("SyntaxError: {}", e.error),
            ));
        }
    };
    if let Some(e) = parsed.unsupported_syntax_errors().first() {
        let r = e.range();
        return Err(Diagnostic::at(
            Severity::Error,
            file,
            source,
            r.start().to_usize(),
            r.end().to_usize(),
            format!("SyntaxError: {e}"),
        )
        .with_note("cranepy compiles Python 3.11"));
    }
    match parsed.into_syntax() {
        ruff_python_ast::Mod::Module(m) => Ok(m),
        ruff_python_ast::Mod::Expression(_) => Err(Diagnostic::plain("expected a module")),
    }
}
