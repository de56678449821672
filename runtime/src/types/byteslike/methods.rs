//! The method table `bytes` and `bytearray` share.

/// The type-dict table of a byte-string type: the shared read-only methods
/// instantiated for `$kind`, then the type's own `$extra` entries.
#[macro_export]
macro_rules! byteslike_methods {
    ($kind:ty, [$($extra:expr),* $(,)?]) => {{
        use $crate::types::byteslike::{predicates as p, search as s, transform as t};
        use $crate::types::function::NativeFn;
        &[
            ("find", s::find::<$kind> as NativeFn),
            ("rfind", s::rfind::<$kind>),
            ("index", s::index::<$kind>),
            ("rindex", s::rindex::<$kind>),
            ("count", s::count::<$kind>),
            ("startswith", s::startswith::<$kind>),
            ("endswith", s::endswith::<$kind>),
            ("split", s::split::<$kind>),
            ("rsplit", s::rsplit::<$kind>),
            ("splitlines", s::splitlines::<$kind>),
            ("partition", s::partition::<$kind>),
            ("rpartition", s::rpartition::<$kind>),
            ("__contains__", s::contains::<$kind>),
            ("isalnum", p::isalnum::<$kind>),
            ("isalpha", p::isalpha::<$kind>),
            ("isascii", p::isascii::<$kind>),
            ("isdigit", p::isdigit::<$kind>),
            ("isspace", p::isspace::<$kind>),
            ("islower", p::islower::<$kind>),
            ("isupper", p::isupper::<$kind>),
            ("istitle", p::istitle::<$kind>),
            ("upper", t::upper::<$kind>),
            ("lower", t::lower::<$kind>),
            ("swapcase", t::swapcase::<$kind>),
            ("title", t::title::<$kind>),
            ("capitalize", t::capitalize::<$kind>),
            ("strip", t::strip::<$kind>),
            ("lstrip", t::lstrip::<$kind>),
            ("rstrip", t::rstrip::<$kind>),
            ("center", t::center::<$kind>),
            ("ljust", t::ljust::<$kind>),
            ("rjust", t::rjust::<$kind>),
            ("zfill", t::zfill::<$kind>),
            ("expandtabs", t::expandtabs::<$kind>),
            ("replace", t::replace::<$kind>),
            ("removeprefix", t::removeprefix::<$kind>),
            ("removesuffix", t::removesuffix::<$kind>),
            ("translate", t::translate::<$kind>),
            ("maketrans", t::maketrans),
            ("join", t::join::<$kind>),
            ("hex", t::hex::<$kind>),
            ("fromhex", t::fromhex::<$kind>),
            ("decode", t::decode::<$kind>),
            ("__len__", t::len::<$kind>),
            ("__iter__", t::iter::<$kind>),
            $($extra),*
        ]
    }};
}
