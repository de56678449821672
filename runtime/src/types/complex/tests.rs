use super::*;
use crate::protocol;
use crate::types::int::int_from_i64;
use crate::types::none_bool::true_value;
use crate::types::str::str_value;

const INF: f64 = f64::INFINITY;
const NAN: f64 = f64::NAN;

fn c(re: f64, im: f64) -> Value {
    complex_value(Complex::new(re, im))
}

fn f(x: f64) -> Value {
    float::float_value(x)
}

fn i(x: i64) -> Value {
    int_from_i64(x)
}

/// The repr of a complex or float result (shortest reprs round-trip, so
/// equal reprs mean equal bits, up to the sign of a NaN).
fn show(v: &Value) -> String {
    match as_complex(v) {
        Some(z) => complex_repr(z),
        None => float::float_repr(float::as_f64(v).expect("a complex or a float")),
    }
}

fn ok(r: PyResult<Value>) -> String {
    show(&r.unwrap())
}

use crate::test_support::err;

#[test]
fn values_and_repr() {
    let v = c(1.0, 2.0);
    assert_eq!(v.type_name(), "complex");
    assert_eq!(as_complex(&v), Some(Complex::new(1.0, 2.0)));
    assert_eq!(as_complex(&f(1.0)), None);
    assert!(is_number(&v) && is_number(&i(1)) && is_number(&f(1.0)) && !is_number(&str_value("1")));
    // python3: repr of each
    let cases: &[(f64, f64, &str)] = &[
        (1.0, 2.0, "(1+2j)"),
        (0.0, 1.0, "1j"),
        (-0.0, -1.0, "(-0-1j)"),
        (NAN, INF, "(nan+infj)"),
        (0.0, -0.0, "-0j"),
        (-0.0, 0.0, "(-0+0j)"),
        (1e16, 1e-5, "(1e+16+1e-05j)"),
        (1.5, -2.25, "(1.5-2.25j)"),
        (123456789012345678.0, 1.0, "(1.2345678901234568e+17+1j)"),
        (0.0, 0.0, "0j"),
        (-INF, -NAN, "(-inf+nanj)"),
        (2.0, 0.0, "(2+0j)"),
    ];
    for &(re, im, want) in cases {
        assert_eq!(complex_repr(Complex::new(re, im)), want);
        assert_eq!(protocol::repr(&c(re, im)).unwrap(), want);
    }
}

#[test]
fn hashes_match_python() {
    // python3: hash(complex(re, im))
    let h = |re: f64, im: f64| protocol::hash(&c(re, im)).unwrap();
    assert_eq!(h(1.0, 0.0), 1);
    assert_eq!(h(1.0, 0.0), protocol::hash(&i(1)).unwrap());
    assert_eq!(h(2.5, 0.0), protocol::hash(&f(2.5)).unwrap());
    assert_eq!(h(0.5, 1.5), 4611686018428387907);
    assert_eq!(h(-1.0, -1.0), -2000008);
    assert_eq!(h(0.0, -1.0), -2000006);
    assert_eq!(h(0.0, 1.0), 1000003);
    assert_eq!(h(1e300, -1e300), -4779043454481354616);
    assert_eq!(h(INF, -INF), -314159628318);
    assert_eq!(h(-1.0, 0.0), -2);
    let nan = c(NAN, 1.0);
    assert_eq!(protocol::hash(&nan).unwrap(), protocol::hash(&nan).unwrap());
}

#[test]
fn equality() {
    assert!(protocol::eq(&c(1.0, 0.0), &i(1)).unwrap());
    assert!(protocol::eq(&i(1), &c(1.0, 0.0)).unwrap());
    assert!(protocol::eq(&c(1.0, 0.0), &true_value()).unwrap());
    assert!(protocol::eq(&f(2.5), &c(2.5, 0.0)).unwrap());
    assert!(!protocol::eq(&c(2.5, 1.0), &f(2.5)).unwrap());
    assert!(protocol::eq(&c(-0.0, 0.0), &c(0.0, -0.0)).unwrap());
    assert!(!protocol::eq(&c(NAN, 0.0), &c(NAN, 0.0)).unwrap());
    assert!(!protocol::eq(&c(1.0, 2.0), &str_value("x")).unwrap());
    // Exact against ints: complex(2**53 + 1) rounds its real part.
    let big = int_from_i64((1 << 53) + 1);
    let rounded = c(((1i64 << 53) + 1) as f64, 0.0);
    assert!(!protocol::eq(&rounded, &big).unwrap());
    assert_eq!(complex_eq(&c(1.0, 2.0), &str_value("x")).unwrap(), None);
}

#[test]
fn nan_parts_are_unequal_even_to_themselves() {
    use crate::types::compare::{richcompare, CompareOp};
    let z = c(NAN, 0.0);
    assert!(!richcompare(&z, &z, CompareOp::Eq).unwrap());
    assert!(richcompare(&z, &z, CompareOp::Ne).unwrap());
    assert!(richcompare(&i(1), &c(1.0, 0.0), CompareOp::Eq).unwrap());
    assert!(richcompare(&c(1.0, 1.0), &f(1.0), CompareOp::Ne).unwrap());
}

#[test]
fn orderings_are_type_errors() {
    assert_eq!(
        err(crate::types::compare::richcompare(
            &c(1.0, 0.0),
            &i(2),
            crate::types::compare::CompareOp::Lt
        )),
        (
            ExcKind::TypeError,
            "'<' not supported between instances of 'complex' and 'int'".into()
        )
    );
}

#[test]
fn arithmetic_matches_python() {
    let b = |op: BinOp, x: &Value, y: &Value| ok(int::binary_op(op, x, y));
    // python3: (1+2j) op (3+4j)
    let (p, q) = (c(1.0, 2.0), c(3.0, 4.0));
    assert_eq!(b(BinOp::Add, &p, &q), "(4+6j)");
    assert_eq!(b(BinOp::Sub, &p, &q), "(-2-2j)");
    assert_eq!(b(BinOp::Mul, &p, &q), "(-5+10j)");
    assert_eq!(b(BinOp::TrueDiv, &p, &q), "(0.44+0.08j)");
    // Smith's division keeps large operands finite.
    assert_eq!(
        b(BinOp::TrueDiv, &c(1e300, 1e300), &c(1e-300, 1e300)),
        "(1-1j)"
    );
    assert_eq!(
        b(BinOp::Mul, &c(1e300, 1e300), &c(1e-300, 1e300)),
        "(-inf+infj)"
    );
    assert_eq!(
        b(BinOp::TrueDiv, &c(-2.5, 0.5), &c(0.0, -3.0)),
        "(-0.16666666666666666-0.8333333333333334j)"
    );
    // Reals become complex(x, 0.0) first, infinities and all (3.11).
    assert_eq!(b(BinOp::Mul, &f(2.0), &c(INF, 0.0)), "(inf+nanj)");
    assert_eq!(b(BinOp::TrueDiv, &c(INF, 0.0), &i(2)), "(inf+nanj)");
    assert_eq!(b(BinOp::Mul, &i(3), &p), "(3+6j)");
    assert_eq!(b(BinOp::Sub, &i(1), &p), "-2j");
    assert_eq!(b(BinOp::Add, &true_value(), &c(0.0, 1.0)), "(1+1j)");
    assert_eq!(b(BinOp::TrueDiv, &i(1), &c(1.0, 1.0)), "(0.5-0.5j)");
    assert_eq!(b(BinOp::Mul, &c(1.0, 1.0), &c(NAN, 0.0)), "(nan+nanj)");
}

#[test]
fn arithmetic_errors() {
    let zero_div = (
        ExcKind::ZeroDivisionError,
        "complex division by zero".to_string(),
    );
    assert_eq!(err(int::truediv(&c(0.0, 1.0), &i(0))), zero_div);
    assert_eq!(err(int::truediv(&i(1), &c(0.0, 0.0))), zero_div);
    assert_eq!(
        err(int::floordiv(&c(0.0, 1.0), &i(2))),
        (
            ExcKind::TypeError,
            "unsupported operand type(s) for //: 'complex' and 'int'".into()
        )
    );
    assert_eq!(
        err(int::modulo(&i(2), &c(0.0, 1.0))),
        (
            ExcKind::TypeError,
            "unsupported operand type(s) for %: 'int' and 'complex'".into()
        )
    );
    assert_eq!(
        err(int::and(&c(0.0, 1.0), &i(1))),
        (
            ExcKind::TypeError,
            "unsupported operand type(s) for &: 'complex' and 'int'".into()
        )
    );
    assert_eq!(
        err(int::add(&c(0.0, 1.0), &str_value("a"))),
        (
            ExcKind::TypeError,
            "unsupported operand type(s) for +: 'complex' and 'str'".into()
        )
    );
    let huge = int::pow(&i(10), &i(400), None).unwrap();
    assert_eq!(
        err(int::add(&huge, &c(0.0, 1.0))),
        (
            ExcKind::OverflowError,
            "int too large to convert to float".into()
        )
    );
    // An unsupported operator is reported before the int is converted.
    assert_eq!(
        err(int::floordiv(&c(0.0, 1.0), &huge)).0,
        ExcKind::TypeError
    );
    assert_eq!(
        err(int::divmod(&c(0.0, 1.0), &i(2))),
        (
            ExcKind::TypeError,
            "unsupported operand type(s) for divmod(): 'complex' and 'int'".into()
        )
    );
    assert_eq!(
        err(complex_abs(Complex::new(1.5e308, 1.5e308))),
        (ExcKind::OverflowError, "absolute value too large".into())
    );
}

#[test]
fn powers_match_python() {
    let p = |x: &Value, y: &Value| ok(int::pow(x, y, None));
    // python3: each power
    assert_eq!(
        p(&c(1.0, 1.0), &i(101)),
        "(-1125899906842634.5-1125899906842629.5j)"
    );
    assert_eq!(
        p(&c(0.0, 1.0), &f(0.5)),
        "(0.7071067811865476+0.7071067811865475j)"
    );
    assert_eq!(
        p(&c(1.0, 2.0), &c(3.0, 4.0)),
        "(0.129009594074467+0.03392409290517014j)"
    );
    assert_eq!(p(&c(2.0, 0.0), &i(-3)), "(0.125+0j)");
    assert_eq!(p(&c(INF, 0.0), &i(2)), "(nan+nanj)");
    assert_eq!(p(&c(0.0, 0.0), &f(2.5)), "0j");
    assert_eq!(p(&c(0.0, 1.0), &i(200)), "(1+1.964386723728472e-15j)");
    assert_eq!(p(&c(0.0, 0.0), &i(0)), "(1+0j)");
    assert_eq!(
        p(&i(2), &c(0.0, 1.0)),
        "(0.7692389013639721+0.6389612763136348j)"
    );
    // A negative real base to a fractional power is complex, as in CPython.
    assert_eq!(
        p(&i(-8), &f(1.0 / 3.0)),
        "(1.0000000000000002+1.7320508075688772j)"
    );
    assert_eq!(
        p(&f(-2.0), &f(0.5)),
        "(8.659560562354934e-17+1.4142135623730951j)"
    );
    assert_eq!(
        p(&f(-2.0), &f(-2.5)),
        "(5.412225351471834e-17-0.1767766952966369j)"
    );
    // ...but the real special cases stay real.
    assert_eq!(p(&f(-0.0), &f(0.5)), "0.0");
    assert_eq!(p(&f(-INF), &f(0.5)), "inf");
    let zero = (
        ExcKind::ZeroDivisionError,
        "0.0 to a negative or complex power".to_string(),
    );
    assert_eq!(err(int::pow(&c(0.0, 0.0), &i(-1), None)), zero);
    assert_eq!(err(int::pow(&c(0.0, 0.0), &c(0.0, 1.0), None)), zero);
    // The denominator of a negative power underflows to zero.
    assert_eq!(err(int::pow(&c(1e-200, 0.0), &i(-2), None)), zero);
    let overflow = (ExcKind::OverflowError, "complex exponentiation".to_string());
    assert_eq!(err(int::pow(&c(1e200, 1e200), &f(2.5), None)), overflow);
    assert_eq!(err(int::pow(&f(-1e300), &f(1.5), None)), overflow);
    let modulo = (ExcKind::ValueError, "complex modulo".to_string());
    assert_eq!(err(int::pow(&c(0.0, 1.0), &i(2), Some(&i(3)))), modulo);
    assert_eq!(err(int::pow(&i(1), &i(2), Some(&c(0.0, 3.0)))), modulo);
    assert_eq!(err(int::pow(&f(2.0), &c(0.0, 1.0), Some(&i(3)))), modulo);
    assert_eq!(
        err(int::pow(&f(1.0), &i(2), Some(&c(0.0, 3.0)))).0,
        ExcKind::TypeError
    );
}

#[test]
fn abs_and_truth() {
    assert_eq!(ok(complex_abs(Complex::new(3.0, -4.0))), "5.0");
    assert_eq!(ok(complex_abs(Complex::new(NAN, INF))), "inf");
    assert_eq!(ok(complex_abs(Complex::new(NAN, 1.0))), "nan");
    assert!(!complex_is_true(Complex::new(0.0, -0.0)));
    assert!(complex_is_true(Complex::new(0.0, 1e-300)));
    assert!(!protocol::truthy(&c(-0.0, 0.0)).unwrap());
    assert_eq!(show(&complex_neg(Complex::new(0.0, 0.0))), "(-0-0j)");
}

#[test]
fn parsing_matches_python() {
    // python3: complex(s)
    let cases: &[(&str, &str)] = &[
        ("1+2j", "(1+2j)"),
        (" ( 1+2j ) ", "(1+2j)"),
        ("j", "1j"),
        ("-j", "-1j"),
        ("+J", "1j"),
        ("1+j", "(1+1j)"),
        ("1-J", "(1-1j)"),
        ("inf-nanj", "(inf+nanj)"),
        ("-nanj", "nanj"),
        ("+infinityJ", "infj"),
        ("1e3", "(1000+0j)"),
        ("1_0j", "10j"),
        ("1e5_0j", "1e+50j"),
        ("1e500j", "infj"),
        ("(1)", "(1+0j)"),
        ("(j)", "1j"),
        ("  ( -1.5e-3-2.5E+2j )  ", "(-0.0015-250j)"),
        ("1.j", "1j"),
        (".5j", "0.5j"),
        ("1+nanj", "(1+nanj)"),
        ("-0", "(-0+0j)"),
        ("-0-0j", "(-0-0j)"),
        ("١+٢j", "(1+2j)"),
        ("\u{3000}3j\u{2028}", "3j"),
    ];
    for &(s, want) in cases {
        let got = complex_parse(s).unwrap_or_else(|e| panic!("{s:?}: {e:?}"));
        assert_eq!(complex_repr(got), want, "{s:?}");
    }
    let malformed = (
        ExcKind::ValueError,
        "complex() arg is a malformed string".to_string(),
    );
    for s in [
        "", "1 + 2j", "1+2jj", "(1+2j", "1+2j)", "()", ".j", "1+2", "infj+1", "1 +2j", "1e+j",
        "1+2j\0", "x", "1..2", "j1", "--1", "1+-2j", "nan(1)", "1é",
    ] {
        assert_eq!(err(complex_parse(s)), malformed, "{s:?}");
    }
    for s in ["1__0", "_1", "1_j", "1_", "1_0\0"] {
        assert_eq!(
            err(complex_parse(s)),
            (
                ExcKind::ValueError,
                format!(
                    "could not convert string to complex: {}",
                    crate::numeric::text_repr::str_repr(s)
                )
            ),
            "{s:?}"
        );
    }
}
