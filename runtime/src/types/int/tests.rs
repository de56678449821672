use super::*;
use crate::protocol;
use crate::types::float::{as_f64, float_value};
use crate::types::none_bool::{false_value, none, true_value};
use crate::types::str::str_value;
use crate::types::tuple::as_tuple;

fn int(i: i64) -> Value {
    int_from_i64(i)
}

fn big(s: &str) -> Value {
    int_from_bigint(s.parse().unwrap())
}

fn show(v: &Value) -> String {
    if let Some(x) = as_f64(v) {
        return crate::numeric::float_repr::float_repr(x);
    }
    if let Some(t) = as_tuple(v) {
        return format!("({})", t.iter().map(show).collect::<Vec<_>>().join(", "));
    }
    int_repr(v).unwrap()
}

fn ok(r: PyResult<Value>) -> String {
    show(&r.unwrap())
}

use crate::test_support::err;

#[test]
fn representation_is_normalized() {
    let max = int(Value::MAX_SMALL);
    assert!(max.as_small_int().is_some());
    let above = add(&max, &int(1)).unwrap();
    assert!(above.as_small_int().is_none(), "2**62 lives on the heap");
    assert_eq!(above.type_name(), "int");
    assert_eq!(show(&above), "4611686018427387904");
    let back = sub(&above, &int(1)).unwrap();
    assert_eq!(
        back.as_small_int(),
        Some(Value::MAX_SMALL),
        "results fitting inline become inline"
    );
    assert!(int_from_bigint(BigInt::from(5)).as_small_int() == Some(5));
    assert!(int_from_i64(i64::MIN).as_small_int().is_none());
    assert_eq!(show(&int_from_i64(i64::MIN)), "-9223372036854775808");
    assert_eq!(as_bigint(&above).unwrap(), BigInt::from(1i64 << 62));
    assert_eq!(as_bigint(&true_value()).unwrap(), BigInt::from(1));
    assert!(as_bigint(&none()).is_none());
    assert_eq!(int_to_i64(&int_from_i64(i64::MAX)).unwrap(), i64::MAX);
    assert_eq!(
        err(int_to_i64(&big("9223372036854775808"))),
        (
            ExcKind::OverflowError,
            "Python int too large to convert to C long".into()
        )
    );
    assert_eq!(
        err(int_to_i64(&float_value(1.0))),
        (
            ExcKind::TypeError,
            "'float' object cannot be interpreted as an integer".into()
        )
    );
}

#[test]
fn arithmetic_matches_python() {
    // Expected values printed by python3.11.
    let m = int(Value::MAX_SMALL);
    assert_eq!(ok(mul(&m, &m)), "21267647932558653957237540927630737409");
    assert_eq!(
        ok(sub(&int(Value::MIN_SMALL), &int(1))),
        "-4611686018427387905"
    );
    assert_eq!(ok(neg(&int(Value::MIN_SMALL))), "4611686018427387904");
    let p100 = pow(&int(2), &int(100), None).unwrap();
    assert_eq!(
        ok(floordiv(&p100, &int(7))),
        "181092942889747057356671886482"
    );
    assert_eq!(ok(modulo(&p100, &int(-7))), "-5");
    let np100 = neg(&p100).unwrap();
    assert_eq!(
        ok(floordiv(&np100, &int(7))),
        "-181092942889747057356671886483"
    );
    assert_eq!(
        ok(divmod(&np100, &int(7))),
        "(-181092942889747057356671886483, 5)"
    );
    assert_eq!(ok(add(&sub(&p100, &p100).unwrap(), &int(5))), "5");
    assert_eq!(ok(pow(&int(3), &int(50), None)), "717897987691852588770249");
    assert_eq!(ok(pow(&int(2), &int(-2), None)), "0.25");
    assert_eq!(ok(pow(&int(-2), &int(-3), None)), "-0.125");
    assert_eq!(ok(pow(&int(3), &int(200), Some(&int(1000)))), "1");
    assert_eq!(ok(pow(&int(3), &int(-1), Some(&int(7)))), "5");
    assert_eq!(
        ok(pow(
            &neg(&pow(&int(2), &int(70), None).unwrap()).unwrap(),
            &int(3),
            Some(&int(-1000))
        )),
        "-24"
    );
    assert_eq!(ok(pow(&int(2), &int(3), Some(&none()))), "8");
    assert_eq!(ok(lshift(&int(1), &int(70))), "1180591620717411303424");
    assert_eq!(ok(lshift(&int(-1), &int(70))), "-1180591620717411303424");
    let p70 = pow(&int(2), &int(70), None).unwrap();
    assert_eq!(ok(rshift(&p70, &int(68))), "4");
    assert_eq!(ok(rshift(&neg(&p70).unwrap(), &int(200))), "-1");
    assert_eq!(ok(rshift(&int(5), &int(100))), "0");
    assert_eq!(ok(rshift(&int(-5), &int(100))), "-1");
    assert_eq!(
        ok(truediv(&p70, &pow(&int(2), &int(69), None).unwrap())),
        "2.0"
    );
    assert_eq!(
        ok(truediv(&pow(&int(10), &int(30), None).unwrap(), &int(3))),
        "3.333333333333333e+29"
    );
    assert_eq!(ok(truediv(&int(7), &int(2))), "3.5");
    assert_eq!(ok(floordiv(&int(-7), &int(2))), "-4");
    assert_eq!(ok(modulo(&int(-7), &int(2))), "1");
    assert_eq!(ok(divmod(&int(7), &int(-2))), "(-4, -1)");
    assert_eq!(ok(and(&np100, &int(0xFFFF))), "0");
    assert_eq!(ok(or(&p100, &int(-1))), "-1");
    assert_eq!(ok(xor(&add(&p100, &int(5)).unwrap(), &p100)), "5");
    // python3: (-5) & (2**70 + 3), (-5) | (2**70 + 3), (-5) ^ -(2**70 + 3)
    let p70_3 = add(&p70, &int(3)).unwrap();
    assert_eq!(ok(and(&int(-5), &p70_3)), "1180591620717411303427");
    assert_eq!(ok(or(&int(-5), &p70_3)), "-5");
    assert_eq!(
        ok(xor(&int(-5), &neg(&p70_3).unwrap())),
        "1180591620717411303430"
    );
    assert_eq!(ok(invert(&p100)), "-1267650600228229401496703205377");
    assert_eq!(ok(invert(&int(5))), "-6");
    assert_eq!(ok(abs(&np100)), "1267650600228229401496703205376");
    assert_eq!(ok(pos(&p100)), "1267650600228229401496703205376");
}

#[test]
fn errors_match_python() {
    assert_eq!(
        err(floordiv(&int(1), &int(0))),
        (
            ExcKind::ZeroDivisionError,
            "integer division or modulo by zero".into()
        )
    );
    assert_eq!(
        err(modulo(&int(1), &int(0))),
        (ExcKind::ZeroDivisionError, "integer modulo by zero".into())
    );
    assert_eq!(
        err(divmod(&int(1), &int(0))),
        (
            ExcKind::ZeroDivisionError,
            "integer division or modulo by zero".into()
        )
    );
    assert_eq!(
        err(truediv(&int(1), &int(0))),
        (ExcKind::ZeroDivisionError, "division by zero".into())
    );
    assert_eq!(
        err(pow(&int(0), &int(-1), None)),
        (
            ExcKind::ZeroDivisionError,
            "0.0 cannot be raised to a negative power".into()
        )
    );
    assert_eq!(
        err(pow(&int(2), &int(10), Some(&int(0)))),
        (ExcKind::ValueError, "pow() 3rd argument cannot be 0".into())
    );
    assert_eq!(
        err(pow(&float_value(2.0), &int(10), Some(&int(3)))),
        (
            ExcKind::TypeError,
            "pow() 3rd argument not allowed unless all arguments are integers".into()
        )
    );
    assert_eq!(
        err(pow(&int(2), &int(3), Some(&str_value("a")))),
        (
            ExcKind::TypeError,
            "unsupported operand type(s) for ** or pow(): 'int', 'int', 'str'".into()
        )
    );
    assert_eq!(
        err(pow(&int(2), &str_value("a"), None)),
        (
            ExcKind::TypeError,
            "unsupported operand type(s) for ** or pow(): 'int' and 'str'".into()
        )
    );
    assert_eq!(
        err(lshift(&int(1), &int(-1))),
        (ExcKind::ValueError, "negative shift count".into())
    );
    assert_eq!(
        err(add(&int(1), &str_value("a"))),
        (
            ExcKind::TypeError,
            "unsupported operand type(s) for +: 'int' and 'str'".into()
        )
    );
    assert_eq!(
        err(divmod(&int(1), &str_value("a"))),
        (
            ExcKind::TypeError,
            "unsupported operand type(s) for divmod(): 'int' and 'str'".into()
        )
    );
    assert_eq!(
        err(neg(&str_value("a"))),
        (
            ExcKind::TypeError,
            "bad operand type for unary -: 'str'".into()
        )
    );
    assert_eq!(
        err(pos(&str_value("a"))),
        (
            ExcKind::TypeError,
            "bad operand type for unary +: 'str'".into()
        )
    );
    assert_eq!(
        err(abs(&str_value("a"))),
        (
            ExcKind::TypeError,
            "bad operand type for abs(): 'str'".into()
        )
    );
    assert_eq!(
        err(invert(&float_value(1.5))),
        (
            ExcKind::TypeError,
            "bad operand type for unary ~: 'float'".into()
        )
    );
    // The float check comes before converting the huge int.
    let huge = pow(&int(10), &int(400), None).unwrap();
    assert_eq!(
        err(and(&huge, &float_value(1.5))),
        (
            ExcKind::TypeError,
            "unsupported operand type(s) for &: 'int' and 'float'".into()
        )
    );
    assert_eq!(
        err(lt(&int(1), &str_value("a"))),
        (
            ExcKind::TypeError,
            "'<' not supported between instances of 'int' and 'str'".into()
        )
    );
    assert_eq!(
        err(lt(&int(1), &none())),
        (
            ExcKind::TypeError,
            "'<' not supported between instances of 'int' and 'NoneType'".into()
        )
    );
    assert!(matches!(
        err(lshift(&int(1), &pow(&int(2), &int(40), None).unwrap())).0,
        ExcKind::MemoryError
    ));
}

#[test]
fn text_conversion() {
    assert_eq!(int_parse(" 12_3 ", 10).unwrap().as_small_int(), Some(123));
    assert_eq!(int_parse("-0x1F", 0).unwrap().as_small_int(), Some(-31));
    assert_eq!(
        err(int_parse("12a", 10)),
        (
            ExcKind::ValueError,
            "invalid literal for int() with base 10: '12a'".into()
        )
    );
    assert_eq!(
        err(int_parse("x", 99)),
        (
            ExcKind::ValueError,
            "int() base must be >= 2 and <= 36, or 0".into()
        )
    );
    let big5000 = pow(&int(10), &int(5000), None).unwrap();
    assert_eq!(
        err(int_repr(&big5000)),
        (
            ExcKind::ValueError,
            "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
                .into()
        )
    );
    assert_eq!(int_repr(&true_value()).unwrap(), "1");
    assert_eq!(int_repr(&int(-42)).unwrap(), "-42");
    assert!(int_repr(&none()).is_err());
}

#[test]
fn hashes_match_python() {
    // python3: hash(2**62), hash(-2**62), hash(2**100), hash(-(2**100)), hash(10**30)
    let h = |v: &Value| protocol::hash(v).unwrap();
    assert_eq!(h(&big("4611686018427387904")), 2);
    assert_eq!(h(&big("-4611686018427387904")), -2);
    assert_eq!(h(&pow(&int(2), &int(100), None).unwrap()), 549755813888);
    assert_eq!(
        h(&neg(&pow(&int(2), &int(100), None).unwrap()).unwrap()),
        -549755813888
    );
    assert_eq!(
        h(&pow(&int(10), &int(30), None).unwrap()),
        465258685558744706
    );
    assert_eq!(h(&int(-1)), -2);
}

#[test]
fn equality_across_int_bool_float() {
    let e = |a: &Value, b: &Value| protocol::eq(a, b).unwrap();
    assert!(e(&int(1), &true_value()));
    assert!(e(&int(0), &false_value()));
    assert!(e(&int(3), &float_value(3.0)));
    assert!(!e(&int(3), &float_value(3.5)));
    assert!(e(&float_value(3.0), &int(3)));
    let p1000 = pow(&int(2), &int(1000), None).unwrap();
    assert!(e(&p1000, &float_value(2f64.powi(1000))));
    assert!(!e(
        &add(&p1000, &int(1)).unwrap(),
        &float_value(2f64.powi(1000))
    ));
    assert!(!e(&int(1), &str_value("1")));
    // An inline int never equals a heap int.
    assert!(!e(&int(5), &p1000));
}

#[test]
fn exact_int_float_ordering() {
    // python3: 2**53+1 == float(2**53) -> False, 2**53+1 > float(2**53) -> True,
    // 2**1000+1 > 2.0**1000 -> True, -(2**1000) < -2.0**1000 -> False,
    // 2**1000 < 0.5 -> False, 3 < 3.5, -3 < -3.5 -> False, 10**400 > 1e308,
    // 10**400 < inf
    let p53_1 = int((1 << 53) + 1);
    let f53 = float_value((1u64 << 53) as f64);
    assert!(!eq(&p53_1, &f53).unwrap());
    assert!(gt(&p53_1, &f53).unwrap());
    assert!(lt(&f53, &p53_1).unwrap());
    let p1000 = pow(&int(2), &int(1000), None).unwrap();
    let f1000 = float_value(2f64.powi(1000));
    assert!(gt(&add(&p1000, &int(1)).unwrap(), &f1000).unwrap());
    assert!(!lt(&neg(&p1000).unwrap(), &float_value(-(2f64.powi(1000)))).unwrap());
    assert!(le(&neg(&p1000).unwrap(), &float_value(-(2f64.powi(1000)))).unwrap());
    assert!(!lt(&p1000, &float_value(0.5)).unwrap());
    assert!(lt(&int(3), &float_value(3.5)).unwrap());
    assert!(!lt(&int(-3), &float_value(-3.5)).unwrap());
    assert!(gt(&int((1 << 60) + 1), &float_value((1u64 << 60) as f64)).unwrap());
    assert!(lt(&int(-(1 << 60) - 1), &float_value(-((1u64 << 60) as f64))).unwrap());
    let huge = pow(&int(10), &int(400), None).unwrap();
    assert!(gt(&huge, &float_value(1e308)).unwrap());
    assert!(lt(&huge, &float_value(f64::INFINITY)).unwrap());
    assert!(gt(&huge, &float_value(f64::NEG_INFINITY)).unwrap());
    let nan = float_value(f64::NAN);
    for op in [
        CompareOp::Lt,
        CompareOp::Le,
        CompareOp::Eq,
        CompareOp::Gt,
        CompareOp::Ge,
    ] {
        assert!(!compare(&int(1), &nan, op).unwrap());
        assert!(!compare(&huge, &nan, op).unwrap());
    }
    assert!(ne(&int(1), &nan).unwrap());
    assert!(eq(&int(1), &true_value()).unwrap());
    assert!(!eq(&int(1), &str_value("a")).unwrap());
    assert!(ne(&int(1), &str_value("a")).unwrap());
    assert!(ge(&int(2), &int(2)).unwrap());
    assert!(lt(&neg(&p1000).unwrap(), &int(0)).unwrap());
}

#[test]
fn heap_ints_are_freed() {
    let _ts = crate::ThreadState::new(&crate::Interpreter::new());
    for i in 0..1000 {
        let v = add(&int(Value::MAX_SMALL), &int(i)).unwrap();
        let w = v.clone();
        assert!(eq(&v, &w).unwrap());
    }
}
