use super::*;

fn sl(len: usize, a: Option<i64>, b: Option<i64>, c: Option<i64>) -> Vec<usize> {
    slice_indices(len, a, b, c).unwrap().positions().collect()
}

#[test]
fn slices_match_python() {
    // python3: list(range(5))[::-2], [-100:100:3], [4:1], list(range(6))[5:0:-2]
    assert_eq!(sl(5, None, None, Some(-2)), vec![4, 2, 0]);
    assert_eq!(sl(5, Some(-100), Some(100), Some(3)), vec![0, 3]);
    assert_eq!(sl(5, Some(4), Some(1), None), Vec::<usize>::new());
    assert_eq!(sl(6, Some(5), Some(0), Some(-2)), vec![5, 3, 1]);
    assert_eq!(sl(6, Some(-2), None, None), vec![4, 5]);
    assert_eq!(sl(6, None, Some(-10), Some(-1)), vec![5, 4, 3, 2, 1, 0]);
    assert_eq!(sl(0, None, None, Some(-1)), Vec::<usize>::new());
    assert_eq!(
        sl(3, Some(i64::MIN), Some(i64::MAX), Some(i64::MIN)),
        Vec::<usize>::new()
    );
    let e = slice_indices(3, None, None, Some(0)).unwrap_err();
    assert!(
        matches!(e, PyErr::Lazy(ref l) if l.kind == ExcKind::ValueError && l.message == "slice step cannot be zero")
    );
}

#[test]
fn indices_and_ranges() {
    assert_eq!(normalize_index(-1, 3), Some(2));
    assert_eq!(normalize_index(3, 3), None);
    assert_eq!(normalize_index(-4, 3), None);
    assert_eq!(normalize_index(i64::MIN, 3), None);
    assert_eq!(adjust_range(3, Some(-1), None), (2, 3));
    assert_eq!(adjust_range(3, Some(5), Some(-10)), (5, 0));
    assert_eq!(adjust_range(3, None, Some(100)), (0, 3));
}
