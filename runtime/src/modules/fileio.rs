//! The `_io` module: `open` and the file classes of `types::file`
//! (`TextIOWrapper`, `BufferedReader`, …) plus `UnsupportedOperation`, for
//! the Python-source `io` module to re-export.

use crate::errors::PyResult;
use crate::object::Obj;
use crate::types::file::Kind;
use crate::types::file::methods::file_type;
use crate::types::function::BuiltinImpl;

pub fn create() -> PyResult<Obj> {
    let m = super::new_module(
        "_io",
        Some("The io module provides the Python interfaces to stream handling."),
    );
    // `io.open is open`: the same function object as the builtin.
    let open = crate::types::dict::get_str(&crate::eval::state::builtins_dict(), "open");
    match open {
        Some(f) => super::add(&m, "open", f),
        None => super::add_functions(
            &m,
            "_io",
            &[("open", BuiltinImpl::Kw(crate::types::file::open::open))],
        ),
    }
    for kind in [
        Kind::Text,
        Kind::BufferedReader,
        Kind::BufferedWriter,
        Kind::BufferedRandom,
        Kind::FileIo,
    ] {
        super::add(&m, kind.class_name(), file_type(kind));
    }
    super::add(
        &m,
        "UnsupportedOperation",
        crate::types::file::unsupported_operation_type(),
    );
    super::add(
        &m,
        "DEFAULT_BUFFER_SIZE",
        crate::types::int::new_int(crate::types::file::BUFFER_SIZE as i64),
    );
    Ok(m)
}
