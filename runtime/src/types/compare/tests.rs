use super::*;
use crate::types::bytes::bytes_from_slice;
use crate::types::float::float_value;
use crate::types::int::int_from_i64;
use crate::types::none_bool::none;
use crate::types::str::str_value;
use crate::types::tuple::tuple_new;

use crate::test_support::err;

#[test]
fn holds_for_every_operator() {
    use Ordering::*;
    let table = [
        (CompareOp::Lt, [true, false, false]),
        (CompareOp::Le, [true, true, false]),
        (CompareOp::Eq, [false, true, false]),
        (CompareOp::Ne, [true, false, true]),
        (CompareOp::Gt, [false, false, true]),
        (CompareOp::Ge, [false, true, true]),
    ];
    for (op, expect) in table {
        assert_eq!(
            [
                op.holds(Some(Less)),
                op.holds(Some(Equal)),
                op.holds(Some(Greater))
            ],
            expect,
            "{op:?}"
        );
        assert_eq!(op.holds(None), op == CompareOp::Ne);
    }
}

#[test]
fn built_in_values() {
    // python3: 'abc' < 'abd', 'é' > 'z', b'ab' < b'b', (1, 'a') < (1, 'b'), 2 < 2.5
    assert!(richcompare(&str_value("abc"), &str_value("abd"), CompareOp::Lt).unwrap());
    assert!(richcompare(&str_value("é"), &str_value("z"), CompareOp::Gt).unwrap());
    assert!(richcompare(
        &bytes_from_slice(b"ab"),
        &bytes_from_slice(b"b"),
        CompareOp::Lt
    )
    .unwrap());
    let a = tuple_new(vec![int_from_i64(1), str_value("a")]);
    let b = tuple_new(vec![int_from_i64(1), str_value("b")]);
    assert!(richcompare(&a, &b, CompareOp::Lt).unwrap());
    assert!(richcompare(&int_from_i64(2), &float_value(2.5), CompareOp::Lt).unwrap());
    assert!(richcompare(&str_value("a"), &int_from_i64(1), CompareOp::Ne).unwrap());
    assert!(!richcompare(&str_value("a"), &bytes_from_slice(b"a"), CompareOp::Eq).unwrap());
    // python3: 'a' < 1, None < None
    assert_eq!(
        err(richcompare(
            &str_value("a"),
            &int_from_i64(1),
            CompareOp::Lt
        )),
        (
            ExcKind::TypeError,
            "'<' not supported between instances of 'str' and 'int'".into()
        )
    );
    assert_eq!(
        err(richcompare(&none(), &none(), CompareOp::Lt)),
        (
            ExcKind::TypeError,
            "'<' not supported between instances of 'NoneType' and 'NoneType'".into()
        )
    );
    assert!(richcompare(&none(), &none(), CompareOp::Eq).unwrap());
    let nan = float_value(f64::NAN);
    assert!(
        !richcompare(&nan, &nan, CompareOp::Eq).unwrap(),
        "x == x is False for a NaN"
    );
}
