use super::*;

#[test]
fn small_ints_round_trip_at_the_edges() {
    for i in [
        0,
        1,
        -1,
        42,
        Value::MIN_SMALL,
        Value::MAX_SMALL,
        -12345678901234,
    ] {
        let v = Value::small_int(i).unwrap();
        assert_eq!(v.as_small_int(), Some(i));
        assert!(v.as_object().is_none());
        assert_eq!(v.type_name(), "int");
    }
    assert!(Value::small_int(Value::MAX_SMALL + 1).is_none());
    assert!(Value::small_int(Value::MIN_SMALL - 1).is_none());
    assert!(Value::small_int(i64::MAX).is_none());
}

#[test]
fn value_is_one_word() {
    assert_eq!(std::mem::size_of::<Value>(), 8);
    assert_eq!(std::mem::size_of::<Option<Value>>(), 8);
}
