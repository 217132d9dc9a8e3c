//! Standard library modules written in Python, shipped inside the compiler
//! (so an installed `cranepy` needs no files beside it) and compiled like
//! the user's own modules when a program imports them. Modules that are
//! faster or simpler in Rust live in the runtime instead (`abi::NATIVE_MODULE_NAMES`).
//!
//! To add one: put `compiler/stdlib/<name>.py` (or `<pkg>/__init__.py`) and
//! add an entry to `MODULES`.

/// A Python-source standard library module.
pub struct StdModule {
    pub name: &'static str,
    pub is_package: bool,
    pub source: &'static str,
}

/// The modules, by dotted name.
pub const MODULES: &[StdModule] = &[
    StdModule {
        name: "textwrap",
        is_package: false,
        source: include_str!("../stdlib/textwrap.py"),
    },
    StdModule {
        name: "io",
        is_package: false,
        source: include_str!("../stdlib/io.py"),
    },
    StdModule {
        name: "json",
        is_package: true,
        source: include_str!("../stdlib/json/__init__.py"),
    },
    StdModule {
        name: "contextlib",
        is_package: false,
        source: include_str!("../stdlib/contextlib.py"),
    },
    StdModule {
        name: "typing",
        is_package: false,
        source: include_str!("../stdlib/typing.py"),
    },
    StdModule {
        name: "dataclasses",
        is_package: false,
        source: include_str!("../stdlib/dataclasses.py"),
    },
    StdModule {
        name: "enum",
        is_package: false,
        source: include_str!("../stdlib/enum.py"),
    },
    StdModule {
        name: "random",
        is_package: false,
        source: include_str!("../stdlib/random.py"),
    },
    StdModule {
        name: "abc",
        is_package: false,
        source: include_str!("../stdlib/abc.py"),
    },
    StdModule {
        name: "collections",
        is_package: true,
        source: include_str!("../stdlib/collections/__init__.py"),
    },
    StdModule {
        name: "collections.abc",
        is_package: false,
        source: include_str!("../stdlib/collections/abc.py"),
    },
    StdModule {
        name: "copy",
        is_package: false,
        source: include_str!("../stdlib/copy.py"),
    },
    StdModule {
        name: "string",
        is_package: false,
        source: include_str!("../stdlib/string.py"),
    },
    StdModule {
        name: "bisect",
        is_package: false,
        source: include_str!("../stdlib/bisect.py"),
    },
    StdModule {
        name: "heapq",
        is_package: false,
        source: include_str!("../stdlib/heapq.py"),
    },
    StdModule {
        name: "functools",
        is_package: false,
        source: include_str!("../stdlib/functools.py"),
    },
    StdModule {
        name: "itertools",
        is_package: false,
        source: include_str!("../stdlib/itertools.py"),
    },
    StdModule {
        name: "operator",
        is_package: false,
        source: include_str!("../stdlib/operator.py"),
    },
    StdModule {
        name: "__future__",
        is_package: false,
        source: include_str!("../stdlib/__future__.py"),
    },
    StdModule {
        name: "asyncio",
        is_package: false,
        source: include_str!("../stdlib/asyncio.py"),
    },
    StdModule {
        name: "types",
        is_package: false,
        source: include_str!("../stdlib/types.py"),
    },
    StdModule {
        name: "fractions",
        is_package: false,
        source: include_str!("../stdlib/fractions.py"),
    },
    StdModule {
        name: "argparse",
        is_package: false,
        source: include_str!("../stdlib/argparse.py"),
    },
    StdModule {
        name: "traceback",
        is_package: false,
        source: include_str!("../stdlib/traceback.py"),
    },
    StdModule {
        name: "warnings",
        is_package: false,
        source: include_str!("../stdlib/warnings.py"),
    },
    StdModule {
        name: "cmath",
        is_package: false,
        source: include_str!("../stdlib/cmath.py"),
    },
    StdModule {
        name: "decimal",
        is_package: false,
        source: include_str!("../stdlib/decimal.py"),
    },
    StdModule {
        name: "numbers",
        is_package: false,
        source: include_str!("../stdlib/numbers.py"),
    },
    StdModule {
        name: "os",
        is_package: false,
        source: include_str!("../stdlib/os.py"),
    },
    StdModule {
        name: "struct",
        is_package: false,
        source: include_str!("../stdlib/struct.py"),
    },
    StdModule {
        name: "hashlib",
        is_package: false,
        source: include_str!("../stdlib/hashlib.py"),
    },
    StdModule {
        name: "array",
        is_package: false,
        source: include_str!("../stdlib/array.py"),
    },
    StdModule {
        name: "posixpath",
        is_package: false,
        source: include_str!("../stdlib/posixpath.py"),
    },
    StdModule {
        // `import os` installs posixpath as `os.path`; this only makes the
        // dotted name resolvable at compile time.
        name: "os.path",
        is_package: false,
        source: "import os\nimport sys\nsys.modules[__name__] = os.path\n",
    },
    StdModule {
        name: "re",
        is_package: false,
        source: include_str!("../stdlib/re.py"),
    },
];

/// Where tracebacks say an embedded module lives.
const PREFIX: &str = "<cranepy>/lib/";

pub fn find(name: &str) -> Option<&'static StdModule> {
    MODULES.iter().find(|m| m.name == name)
}

/// The path shown as `__file__` and in tracebacks for an embedded module.
pub fn virtual_path(m: &StdModule) -> String {
    let rel = m.name.replace('.', "/");
    if m.is_package {
        format!("{PREFIX}{rel}/__init__.py")
    } else {
        format!("{PREFIX}{rel}.py")
    }
}

/// The embedded source behind a virtual path, if it is one.
pub fn source_for_path(path: &std::path::Path) -> Option<&'static str> {
    let p = path.to_str()?;
    p.strip_prefix(PREFIX)?;
    MODULES
        .iter()
        .find(|m| virtual_path(m) == p)
        .map(|m| m.source)
}
