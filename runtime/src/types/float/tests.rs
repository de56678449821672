use super::*;
use crate::protocol;
use crate::types::int::{self, int_from_i64};
use crate::types::none_bool::true_value;
use crate::types::str::str_value;
use crate::types::tuple::as_tuple;

fn f(x: f64) -> Value {
    float_value(x)
}

fn i(x: i64) -> Value {
    int_from_i64(x)
}

fn show(v: &Value) -> String {
    if let Some(t) = as_tuple(v) {
        return format!("({})", t.iter().map(show).collect::<Vec<_>>().join(", "));
    }
    match as_f64(v) {
        Some(x) => float_repr(x),
        None => int::int_repr(v).unwrap(),
    }
}

fn ok(r: PyResult<Value>) -> String {
    show(&r.unwrap())
}

use crate::test_support::err;

#[test]
fn values_and_repr() {
    let v = f(1.5);
    assert_eq!(v.type_name(), "float");
    assert_eq!(as_f64(&v), Some(1.5));
    assert_eq!(as_f64(&i(1)), None);
    assert_eq!(to_f64(&i(3)).unwrap(), 3.0);
    assert_eq!(to_f64(&true_value()).unwrap(), 1.0);
    assert_eq!(
        err(to_f64(&str_value("x"))),
        (ExcKind::TypeError, "must be real number, not str".into())
    );
    // python3: repr(0.1+0.2), repr(1e16), repr(1e-5), repr(-0.0)
    assert_eq!(float_repr(0.1 + 0.2), "0.30000000000000004");
    assert_eq!(float_repr(1e16), "1e+16");
    assert_eq!(float_repr(1e-5), "1e-05");
    assert_eq!(float_repr(-0.0), "-0.0");
}

#[test]
fn hashes_match_python() {
    // python3: hash(1.5), hash(-0.5), hash(1e300), hash(inf), hash(-inf), hash(2.0**70), hash(-1.0), hash(0.1)
    let h = |x: f64| protocol::hash(&f(x)).unwrap();
    assert_eq!(h(1.5), 1152921504606846977);
    assert_eq!(h(-0.5), -1152921504606846976);
    assert_eq!(h(1e300), 1224995262755759164);
    assert_eq!(h(f64::INFINITY), 314159);
    assert_eq!(h(f64::NEG_INFINITY), -314159);
    assert_eq!(h(2f64.powi(70)), 512);
    assert_eq!(h(-1.0), -2);
    assert_eq!(h(0.1), 230584300921369408);
    assert_eq!(h(1.0), protocol::hash(&i(1)).unwrap());
    let nan = f(f64::NAN);
    assert_eq!(protocol::hash(&nan).unwrap(), protocol::hash(&nan).unwrap());
}

#[test]
fn division_and_modulo_signs() {
    // python3: 5.0 % -3, -5.0 % 3, 5.0 // -3, divmod(5.0, -3), divmod(-7.5, 2), 7.5 // 0.5,
    // 0.1 % 0.01, divmod(0.1, 0.01), 3 % 0.7, divmod(3, 0.7), -0.0 % 5, 0.0 % -5, divmod(-0.0, 5)
    assert_eq!(ok(int::modulo(&f(5.0), &i(-3))), "-1.0");
    assert_eq!(ok(int::modulo(&f(-5.0), &i(3))), "1.0");
    assert_eq!(ok(int::floordiv(&f(5.0), &i(-3))), "-2.0");
    assert_eq!(ok(int::divmod(&f(5.0), &i(-3))), "(-2.0, -1.0)");
    assert_eq!(ok(int::divmod(&f(-7.5), &i(2))), "(-4.0, 0.5)");
    assert_eq!(ok(int::floordiv(&f(7.5), &f(0.5))), "15.0");
    assert_eq!(ok(int::modulo(&f(0.1), &f(0.01))), "3.469446951953614e-18");
    assert_eq!(
        ok(int::divmod(&f(0.1), &f(0.01))),
        "(10.0, 3.469446951953614e-18)"
    );
    assert_eq!(ok(int::modulo(&i(3), &f(0.7))), "0.20000000000000018");
    assert_eq!(
        ok(int::divmod(&i(3), &f(0.7))),
        "(4.0, 0.20000000000000018)"
    );
    assert_eq!(ok(int::modulo(&f(-0.0), &i(5))), "0.0");
    assert_eq!(ok(int::modulo(&f(0.0), &i(-5))), "-0.0");
    assert_eq!(ok(int::divmod(&f(-0.0), &i(5))), "(-0.0, 0.0)");
    assert_eq!(ok(int::floordiv(&f(5.5), &i(2))), "2.0");
    assert_eq!(ok(int::floordiv(&f(-5.5), &i(2))), "-3.0");
    assert_eq!(ok(int::modulo(&f(-5.5), &i(2))), "0.5");
    assert_eq!(ok(int::modulo(&f(5.5), &i(-2))), "-0.5");
    assert_eq!(ok(int::modulo(&i(5), &f(2.5))), "0.0");
}

#[test]
fn mixed_arithmetic() {
    // python3: 7 // 2.0, 2.5 + 1, 1 - 2.5, 3 * 0.5, 1 / 4.0, 5 / 2, 1e300 * 1e300
    assert_eq!(ok(int::floordiv(&i(7), &f(2.0))), "3.0");
    assert_eq!(ok(int::add(&f(2.5), &i(1))), "3.5");
    assert_eq!(ok(int::sub(&i(1), &f(2.5))), "-1.5");
    assert_eq!(ok(int::mul(&i(3), &f(0.5))), "1.5");
    assert_eq!(ok(int::truediv(&i(1), &f(4.0))), "0.25");
    assert_eq!(ok(int::truediv(&i(5), &i(2))), "2.5");
    assert_eq!(ok(int::mul(&f(1e300), &f(1e300))), "inf");
    assert_eq!(ok(int::add(&true_value(), &f(0.5))), "1.5");
    assert_eq!(ok(int::neg(&f(1.5))), "-1.5");
    assert_eq!(ok(int::abs(&f(-2.5))), "2.5");
    assert_eq!(ok(int::pos(&f(-2.5))), "-2.5");
    let huge = int::pow(&i(10), &i(400), None).unwrap();
    assert_eq!(
        err(int::add(&huge, &f(0.5))),
        (
            ExcKind::OverflowError,
            "int too large to convert to float".into()
        )
    );
    assert_eq!(
        err(int::mul(&huge, &f(1.0))),
        (
            ExcKind::OverflowError,
            "int too large to convert to float".into()
        )
    );
    assert_eq!(
        err(int::floordiv(&huge, &f(2.0))),
        (
            ExcKind::OverflowError,
            "int too large to convert to float".into()
        )
    );
    assert_eq!(
        err(int::and(&f(1.5), &i(1))),
        (
            ExcKind::TypeError,
            "unsupported operand type(s) for &: 'float' and 'int'".into()
        )
    );
    assert_eq!(
        err(int::add(&f(1.5), &str_value("a"))),
        (
            ExcKind::TypeError,
            "unsupported operand type(s) for +: 'float' and 'str'".into()
        )
    );
    assert_eq!(
        err(int::lt(&f(2.5), &str_value("a"))),
        (
            ExcKind::TypeError,
            "'<' not supported between instances of 'float' and 'str'".into()
        )
    );
}

#[test]
fn zero_division_messages() {
    let z = || f(0.0);
    assert_eq!(
        err(int::floordiv(&f(1.0), &z())),
        (
            ExcKind::ZeroDivisionError,
            "float floor division by zero".into()
        )
    );
    assert_eq!(
        err(int::modulo(&f(1.0), &z())),
        (ExcKind::ZeroDivisionError, "float modulo".into())
    );
    assert_eq!(
        err(int::divmod(&f(1.0), &z())),
        (ExcKind::ZeroDivisionError, "float divmod()".into())
    );
    assert_eq!(
        err(int::truediv(&f(1.0), &i(0))),
        (ExcKind::ZeroDivisionError, "float division by zero".into())
    );
    assert_eq!(
        err(int::truediv(&i(1), &z())),
        (ExcKind::ZeroDivisionError, "float division by zero".into())
    );
    assert_eq!(
        err(int::pow(&z(), &i(-1), None)),
        (
            ExcKind::ZeroDivisionError,
            "0.0 cannot be raised to a negative power".into()
        )
    );
}

#[test]
fn powers_match_python() {
    // python3: 2.0**0.5, 2**0.5, 10**-2.0, (-2.0)**3, (-2.0)**2, (-2.0)**-1, 0.0**0.0,
    // (-0.0)**3, (-0.0)**2, inf**-3, (-inf)**3, (-inf)**2, (-inf)**-3, 0.5**inf,
    // 2.0**-inf, (-1.0)**inf, nan**0, 1.0**nan, 3 ** 2.0
    let p = |a: &Value, b: &Value| ok(int::pow(a, b, None));
    assert_eq!(p(&f(2.0), &f(0.5)), "1.4142135623730951");
    assert_eq!(p(&i(2), &f(0.5)), "1.4142135623730951");
    assert_eq!(p(&i(10), &f(-2.0)), "0.01");
    assert_eq!(p(&f(-2.0), &i(3)), "-8.0");
    assert_eq!(p(&f(-2.0), &i(2)), "4.0");
    assert_eq!(p(&f(-2.0), &i(-1)), "-0.5");
    assert_eq!(p(&f(0.0), &f(0.0)), "1.0");
    assert_eq!(p(&f(-0.0), &i(3)), "-0.0");
    assert_eq!(p(&f(-0.0), &i(2)), "0.0");
    let inf = f64::INFINITY;
    assert_eq!(p(&f(inf), &i(-3)), "0.0");
    assert_eq!(p(&f(-inf), &i(3)), "-inf");
    assert_eq!(p(&f(-inf), &i(2)), "inf");
    assert_eq!(p(&f(-inf), &i(-3)), "-0.0");
    assert_eq!(p(&f(0.5), &f(inf)), "0.0");
    assert_eq!(p(&f(2.0), &f(-inf)), "0.0");
    assert_eq!(p(&f(-1.0), &f(inf)), "1.0");
    assert_eq!(p(&f(f64::NAN), &i(0)), "1.0");
    assert_eq!(p(&f(1.0), &f(f64::NAN)), "1.0");
    assert_eq!(p(&i(3), &f(2.0)), "9.0");
    assert_eq!(p(&f(1e-300), &i(2)), "0.0");
    let overflow = (
        ExcKind::OverflowError,
        "(34, 'Numerical result out of range')".to_string(),
    );
    assert_eq!(err(int::pow(&f(10.0), &i(400), None)), overflow);
    assert_eq!(err(int::pow(&i(10), &f(400.0), None)), overflow);
    // python3: (-8.0) ** (1/3) is complex.
    let root = int::pow(&f(-8.0), &f(1.0 / 3.0), None).unwrap();
    let want = crate::types::complex::Complex::new(1.0000000000000002, 1.7320508075688772);
    assert_eq!(crate::types::complex::as_complex(&root), Some(want));
    assert_eq!(
        ok(int::pow(
            &f(2.0),
            &i(3),
            Some(&crate::types::none_bool::none())
        )),
        "8.0"
    );
}

#[test]
fn comparisons() {
    assert!(int::lt(&f(1.5), &f(2.5)).unwrap());
    assert!(int::eq(&f(2.0), &i(2)).unwrap());
    assert!(!int::eq(&f(f64::NAN), &f(f64::NAN)).unwrap());
    assert!(int::ne(&f(f64::NAN), &f(f64::NAN)).unwrap());
    // protocol::eq is the container rule: identity first.
    let nan = f(f64::NAN);
    assert!(protocol::eq(&nan, &nan).unwrap());
    assert!(!protocol::eq(&nan, &f(f64::NAN)).unwrap());
    assert!(protocol::eq(&f(-0.0), &f(0.0)).unwrap());
    assert_eq!(protocol::hash(&f(-0.0)).unwrap(), 0);
}

#[test]
fn dead_floats_memory_is_reused_unless_a_cache_may_hold_it() {
    use crate::object::header::{GC_KEEP_MEMORY, GC_PUBLISHED};
    let _ts = crate::ThreadState::new(&crate::Interpreter::new());
    let a = float_value(1.5);
    let word = a.word();
    drop(a);
    // The next float takes the block the last one left, whole and new.
    let b = float_value(2.5);
    assert_eq!(b.word(), word);
    assert_eq!(as_f64(&b), Some(2.5));
    assert!(!crate::object::refcount::value_is_immortal(&b));
    // A float stored where lock-free readers look is published; its block
    // is still reused (readers re-check the slot they loaded it from), and
    // stays marked published, so it is never freed while one may hold it.
    let l = crate::types::list::List::new(vec![b]);
    let b = crate::types::list::List::cast(&l)
        .expect("a list")
        .pop(0)
        .expect("an item");
    drop(l);
    let published = b.word();
    drop(b);
    let c = float_value(3.5);
    assert_eq!(c.word(), published);
    assert_eq!(as_f64(&c), Some(3.5));
    let bits = |v: &Value| {
        // SAFETY: `v` holds a reference, so the object is alive.
        unsafe { v.as_object().expect("an object").as_ref() }
            .gc_bits()
            .load(std::sync::atomic::Ordering::Relaxed)
    };
    assert_ne!(bits(&c) & GC_PUBLISHED, 0, "a reused block stays published");
    // A float a value cache may hand out is never reused: caches do not
    // re-check.
    let cache = crate::object::value_cache::ValueCache::new();
    cache.put(1, 2, Some(&c));
    assert_ne!(bits(&c) & GC_KEEP_MEMORY, 0);
    let cached = c.word();
    drop(c);
    let d = float_value(4.5);
    assert_ne!(d.word(), cached);
    assert_eq!(as_f64(&d), Some(4.5));
}

#[test]
fn a_float_only_one_value_refers_to_can_take_a_new_value_in_place() {
    let _ts = crate::ThreadState::new(&crate::Interpreter::new());
    // Made here and held once: changed in place.
    let a = float_value(1.5);
    let word = a.word();
    assert!(set_if_sole(&a, 2.5));
    assert_eq!((a.word(), as_f64(&a)), (word, Some(2.5)));
    // A second reference sees the float: it must not change.
    let b = a.clone();
    assert!(!set_if_sole(&a, 9.0));
    assert_eq!(as_f64(&b), Some(2.5));
    drop(b);
    // Once stored where lock-free readers look, a stale reader may still
    // load it: never changed in place, even when it is ours alone again.
    let l = crate::types::list::List::new(vec![a]);
    let a = crate::types::list::List::cast(&l)
        .expect("a list")
        .pop(0)
        .expect("an item");
    drop(l);
    assert!(!set_if_sole(&a, 9.0));
    assert_eq!(as_f64(&a), Some(2.5));
    // Not floats: immortal constants, ints.
    let constant = float_value(0.5);
    assert!(crate::object::refcount::immortalize_fresh(&constant));
    assert!(!set_if_sole(&constant, 9.0));
    assert_eq!(as_f64(&constant), Some(0.5));
    assert!(!set_if_sole(&Value::small_int(3).expect("small"), 9.0));
}
