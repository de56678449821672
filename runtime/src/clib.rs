//! Safe wrappers over the C library functions whose exact results CPython
//! shows: libm's special functions (CPython's `math` calls them, so weft
//! matches it bit for bit) and the C time conversions behind `time`.

use std::ffi::{c_char, c_int, CStr, CString};

mod ffi {
    extern "C" {
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn exp2(x: f64) -> f64;
        pub fn expm1(x: f64) -> f64;
        pub fn log1p(x: f64) -> f64;
        pub fn nextafter(x: f64, y: f64) -> f64;
        pub fn remainder(x: f64, y: f64) -> f64;
        pub fn tzset();
    }
    #[cfg(target_os = "linux")]
    extern "C" {
        pub fn gettid() -> super::c_int;
    }
}

macro_rules! libm1 {
    ($($name:ident),*) => {$(
        /// The C library's function of the same name.
        pub fn $name(x: f64) -> f64 {
            // SAFETY: a pure libm function of a double.
            unsafe { ffi::$name(x) }
        }
    )*};
}
libm1!(erf, erfc, acosh, asinh, atanh, exp2, expm1, log1p);

/// libm's `nextafter`.
pub fn nextafter(x: f64, y: f64) -> f64 {
    // SAFETY: a pure libm function of two doubles.
    unsafe { ffi::nextafter(x, y) }
}

/// The kernel's id of the calling thread (`threading.get_native_id()`);
/// None where the C library has no `gettid`.
pub fn native_thread_id() -> Option<u64> {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: gettid takes no arguments and cannot fail.
        Some(unsafe { ffi::gettid() } as u64)
    }
    #[cfg(not(target_os = "linux"))]
    {
        None
    }
}

/// libm's IEEE `remainder` (exact, so any correct one agrees with CPython's).
pub fn remainder(x: f64, y: f64) -> f64 {
    // SAFETY: a pure libm function of two doubles.
    unsafe { ffi::remainder(x, y) }
}

/// A broken-down time, as C's `struct tm` (years since 1900, months from 0).
#[derive(Clone, Debug, Default)]
pub struct Tm {
    pub year: i64,
    pub mon: i32,
    pub mday: i32,
    pub hour: i32,
    pub min: i32,
    pub sec: i32,
    pub wday: i32,
    pub yday: i32,
    pub isdst: i32,
    pub gmtoff: i64,
    pub zone: String,
}

fn to_c(t: &Tm) -> Option<libc::tm> {
    // SAFETY: `tm` is plain data; all zero is a valid value.
    let mut c: libc::tm = unsafe { std::mem::zeroed() };
    c.tm_year = c_int::try_from(t.year).ok()?;
    c.tm_mon = t.mon;
    c.tm_mday = t.mday;
    c.tm_hour = t.hour;
    c.tm_min = t.min;
    c.tm_sec = t.sec;
    c.tm_wday = t.wday;
    c.tm_yday = t.yday;
    c.tm_isdst = t.isdst;
    c.tm_gmtoff = t.gmtoff as _;
    Some(c)
}

fn from_c(c: &libc::tm) -> Tm {
    let zone = if c.tm_zone.is_null() {
        String::new()
    } else {
        // SAFETY: a non-null tm_zone from the C library points at a
        // NUL-terminated name that lives as long as the time zone data.
        unsafe { CStr::from_ptr(c.tm_zone) }
            .to_string_lossy()
            .into_owned()
    };
    Tm {
        year: i64::from(c.tm_year),
        mon: c.tm_mon,
        mday: c.tm_mday,
        hour: c.tm_hour,
        min: c.tm_min,
        sec: c.tm_sec,
        wday: c.tm_wday,
        yday: c.tm_yday,
        isdst: c.tm_isdst,
        // `c_long`: i64 here, narrower on some platforms.
        #[allow(clippy::unnecessary_cast)]
        gmtoff: c.tm_gmtoff as i64,
        zone,
    }
}

/// Held for writing while the process environment changes, for reading
/// while a C function that reads it (`tzset` reads `TZ`) runs: the C
/// library's `setenv` may move the environment under a concurrent `getenv`.
/// (Rust's own `std::env` calls take std's lock as well.)
static ENV_LOCK: std::sync::RwLock<()> = std::sync::RwLock::new(());

/// Set (`Some`) or remove (`None`) an environment variable of the process
/// (`os.putenv`, `os.unsetenv`), safely against the C time functions here.
/// The caller checks that the name is not empty and holds no `=` or NUL.
pub fn set_env(name: &str, value: Option<&str>) {
    let _writing = ENV_LOCK.write().unwrap_or_else(|e| e.into_inner());
    match value {
        Some(v) => std::env::set_var(name, v),
        None => std::env::remove_var(name),
    }
}

/// `localtime_r` (after `tzset`), or None when the time does not fit.
pub fn localtime(t: i64) -> Option<Tm> {
    let _reading = ENV_LOCK.read().unwrap_or_else(|e| e.into_inner());
    let t = libc::time_t::try_from(t).ok()?;
    // SAFETY: `tm` is plain data; all zero is valid.
    let mut out: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: tzset takes no arguments; localtime_r writes only `out`.
    let ok = unsafe {
        ffi::tzset();
        !libc::localtime_r(&t, &mut out).is_null()
    };
    ok.then(|| from_c(&out))
}

/// `gmtime_r`, or None when the time does not fit.
pub fn gmtime(t: i64) -> Option<Tm> {
    let t = libc::time_t::try_from(t).ok()?;
    // SAFETY: `tm` is plain data; all zero is valid.
    let mut out: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: gmtime_r reads `t` and writes only `out`.
    let ok = unsafe { !libc::gmtime_r(&t, &mut out).is_null() };
    ok.then(|| from_c(&out))
}

/// `mktime`: seconds since the epoch for a local broken-down time, or None
/// (C's -1 with the fields unchanged, CPython's "mktime argument out of range").
pub fn mktime(t: &Tm) -> Option<i64> {
    let _reading = ENV_LOCK.read().unwrap_or_else(|e| e.into_inner());
    let mut c = to_c(t)?;
    // Sentinel as CPython: -1 is also a valid result, told apart by wday.
    c.tm_wday = -1;
    // SAFETY: tzset takes no arguments; mktime reads and normalizes `c`.
    let r = unsafe {
        ffi::tzset();
        libc::mktime(&mut c)
    };
    if r == -1 && c.tm_wday == -1 {
        return None;
    }
    Some(r as i64)
}

/// `strftime` with a buffer grown until the result fits (as CPython does;
/// an empty result for a non-empty format after 256 times the format's
/// length is taken as empty). None if the format holds a NUL.
pub fn strftime(fmt: &str, t: &Tm) -> Option<String> {
    let _reading = ENV_LOCK.read().unwrap_or_else(|e| e.into_inner());
    let cfmt = CString::new(fmt).ok()?;
    let mut c = to_c(t)?;
    let zone = CString::new(t.zone.clone()).unwrap_or_default();
    c.tm_zone = zone.as_ptr();
    let mut size = 1024usize;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: `buf` has `size` writable bytes; the format and zone are
        // NUL-terminated strings that outlive the call.
        let n = unsafe { libc::strftime(buf.as_mut_ptr() as *mut c_char, size, cfmt.as_ptr(), &c) };
        if n > 0 || size >= 256 * fmt.len().max(1) || fmt.is_empty() {
            buf.truncate(n);
            return Some(String::from_utf8_lossy(&buf).into_owned());
        }
        size *= 2;
    }
}
