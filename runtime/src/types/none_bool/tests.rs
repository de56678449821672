use super::*;
use crate::protocol;
use crate::types::float::float_value;
use crate::types::int;

#[test]
fn singletons_are_immortal_and_unique() {
    assert!(none().is(&none()));
    assert!(bool_value(true).is(&true_value()));
    assert!(bool_value(false).is(&false_value()));
    assert!(!true_value().is(&false_value()));
    assert_eq!(none().type_name(), "NoneType");
    assert_eq!(true_value().type_name(), "bool");
    // Cloning and dropping an immortal object never touches its count.
    let n = none();
    let obj = n.as_object().unwrap();
    for _ in 0..1000 {
        drop(n.clone());
    }
    // SAFETY: None is alive (immortal).
    assert!(unsafe { crate::object::refcount::is_immortal(obj.as_ptr()) });
}

#[test]
fn predicates() {
    assert!(is_none(&none()));
    assert!(!is_none(&false_value()));
    assert!(!is_none(&Value::small_int(0).unwrap()));
    assert_eq!(as_bool(&true_value()), Some(true));
    assert_eq!(as_bool(&false_value()), Some(false));
    assert_eq!(as_bool(&none()), None);
    assert_eq!(as_bool(&Value::small_int(1).unwrap()), None);
    assert_eq!(bool_repr(true), "True");
    assert_eq!(bool_repr(false), "False");
}

#[test]
fn bool_hashes_and_compares_as_int() {
    // python3: hash(True), hash(False), True == 1, True == 1.0, False == 0.0
    assert_eq!(protocol::hash(&true_value()).unwrap(), 1);
    assert_eq!(protocol::hash(&false_value()).unwrap(), 0);
    let one = Value::small_int(1).unwrap();
    assert!(protocol::eq(&true_value(), &one).unwrap());
    assert!(protocol::eq(&one, &true_value()).unwrap());
    assert!(protocol::eq(&true_value(), &float_value(1.0)).unwrap());
    assert!(protocol::eq(&false_value(), &float_value(0.0)).unwrap());
    assert!(!protocol::eq(&true_value(), &false_value()).unwrap());
    assert!(!protocol::eq(&true_value(), &none()).unwrap());
    assert_eq!(
        protocol::hash(&float_value(1.0)).unwrap(),
        protocol::hash(&true_value()).unwrap()
    );
}

#[test]
fn bool_arithmetic() {
    // python3: True+True, True&False (bool), True|False, True^True, ~True, -True, +True (int), True & 1 (int)
    let (t, f) = (true_value(), false_value());
    assert_eq!(int::add(&t, &t).unwrap().as_small_int(), Some(2));
    assert!(int::and(&t, &f).unwrap().is(&f));
    assert!(int::or(&t, &f).unwrap().is(&t));
    assert!(int::xor(&t, &t).unwrap().is(&f));
    assert_eq!(int::invert(&t).unwrap().as_small_int(), Some(-2));
    assert_eq!(int::neg(&t).unwrap().as_small_int(), Some(-1));
    assert_eq!(int::pos(&t).unwrap().as_small_int(), Some(1));
    assert_eq!(int::abs(&t).unwrap().as_small_int(), Some(1));
    assert_eq!(
        int::and(&t, &Value::small_int(1).unwrap())
            .unwrap()
            .as_small_int(),
        Some(1)
    );
}

#[test]
fn none_hash_is_stable() {
    assert_eq!(
        protocol::hash(&none()).unwrap(),
        protocol::hash(&none()).unwrap()
    );
    assert!(protocol::eq(&none(), &none()).unwrap());
}
