use super::StaticObject;
use crate::object::refcount::value_is_immortal;
use crate::types::none_bool::{self, BOOL_TYPE};

static ANSWER: StaticObject<bool> = StaticObject::new(&BOOL_TYPE, true);

#[test]
fn a_static_object_is_immortal_and_keeps_its_address() {
    let a = ANSWER.value();
    let b = ANSWER.value();
    assert!(a.is(&b));
    assert_eq!(a.word(), ANSWER.word());
    assert!(value_is_immortal(&a));
    // Dropping copies changes nothing: the count is never touched.
    drop(a);
    drop(b);
    assert!(value_is_immortal(&ANSWER.value()));
}

#[test]
fn none_and_the_bools_are_static_singletons() {
    let n = none_bool::none();
    assert!(none_bool::is_none(&n));
    assert!(!none_bool::is_none(&none_bool::false_value()));
    assert_eq!(none_bool::as_bool(&none_bool::true_value()), Some(true));
    assert_eq!(none_bool::as_bool(&none_bool::false_value()), Some(false));
    assert_eq!(none_bool::as_bool(&n), None);
    assert_eq!(n.type_name(), "NoneType");
    assert_eq!(none_bool::true_value().type_name(), "bool");
    // Another object of the bool type is not one of the two.
    assert_eq!(none_bool::as_bool(&ANSWER.value()), None);
}
