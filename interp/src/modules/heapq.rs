//! `_heapq`: the binary min-heap operations on a list that `heapq`
//! (`interp/lib/heapq.py`) exports: `heappush`, `heappop`, `heapify`,
//! `heapreplace`, `heappushpop`. They move items with the same sift
//! steps as CPython, so a heap's order matches CPython's item for item.
//!
//! Items are compared with `<`, which may run Python code that changes
//! the list: each comparison is followed by a size check, as in CPython
//! ("list changed size during iteration").

use weft_runtime::types::compare::CompareOp;
use weft_runtime::types::function::NativeFn;
use weft_runtime::types::list::{List, ListRef};
use weft_runtime::types::{none_bool, typeobj};
use weft_runtime::{Args, PyResult, Value};

use crate::vm::errors::{error, type_error};
use crate::vm::objects::module_with_functions;
use crate::vm::ops;

/// The list argument, or CPython's TypeError naming what was given.
fn heap_arg<'a>(
    args: &'a Args<'_>,
    func: &str,
    count: usize,
) -> PyResult<(ListRef<'a>, &'a [Value])> {
    if !args.keywords.is_empty() {
        return Err(type_error(format!(
            "_heapq.{func}() takes no keyword arguments"
        )));
    }
    if args.positional.len() != count {
        return Err(type_error(if count == 1 {
            format!(
                "_heapq.{func}() takes exactly one argument ({} given)",
                args.positional.len()
            )
        } else {
            format!(
                "{func} expected {count} arguments, got {}",
                args.positional.len()
            )
        }));
    }
    let heap = &args.positional[0];
    let list = List::cast(heap).ok_or_else(|| {
        let which = if count == 1 { "argument" } else { "argument 1" };
        // CPython's argument errors say "None", not "NoneType".
        let given = if none_bool::is_none(heap) {
            "None".to_string()
        } else {
            typeobj::type_name_of(heap)
        };
        type_error(format!("{func}() {which} must be list, not {given}"))
    })?;
    Ok((list, &args.positional[1..]))
}

fn less(a: &Value, b: &Value) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Ok(x < y);
    }
    ops::truthy(&ops::compare(a, b, CompareOp::Lt)?)
}

fn changed_size() -> weft_runtime::PyErr {
    error("RuntimeError", "list changed size during iteration")
}

fn item(heap: ListRef<'_>, i: usize) -> PyResult<Value> {
    heap.get(i).ok_or_else(changed_size)
}

fn put(heap: ListRef<'_>, i: usize, v: Value) -> PyResult<()> {
    heap.set(i, v).map_err(|_| changed_size())
}

/// Move the item at `pos` up towards `start` while it is smaller than its
/// parent.
fn sift_towards_root(heap: ListRef<'_>, start: usize, mut pos: usize) -> PyResult<()> {
    let size = heap.len();
    let new_item = item(heap, pos)?;
    while pos > start {
        let parent_pos = (pos - 1) / 2;
        let parent = item(heap, parent_pos)?;
        let smaller = less(&new_item, &parent)?;
        if heap.len() != size {
            return Err(changed_size());
        }
        if !smaller {
            break;
        }
        put(heap, pos, parent)?;
        pos = parent_pos;
    }
    put(heap, pos, new_item)
}

/// Take the item at `pos` out, move the smaller child up level by level
/// to a leaf, put the item there and sift it back up: fewer comparisons
/// than stopping at the right level (Knuth, TAOCP 5.2.3 exercise 18).
fn sift_towards_leaves(heap: ListRef<'_>, mut pos: usize) -> PyResult<()> {
    let end = heap.len();
    let start = pos;
    let new_item = item(heap, pos)?;
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end {
            let (l, r) = (item(heap, child)?, item(heap, right)?);
            let left_smaller = less(&l, &r)?;
            if heap.len() != end {
                return Err(changed_size());
            }
            if !left_smaller {
                child = right;
            }
        }
        put(heap, pos, item(heap, child)?)?;
        pos = child;
        child = 2 * pos + 1;
    }
    put(heap, pos, new_item)?;
    sift_towards_root(heap, start, pos)
}

fn heappush(args: Args<'_>) -> PyResult<Value> {
    let (heap, rest) = heap_arg(&args, "heappush", 2)?;
    heap.append(rest[0].clone());
    sift_towards_root(heap, 0, heap.len() - 1)?;
    Ok(none_bool::none())
}

fn heappop(args: Args<'_>) -> PyResult<Value> {
    let (heap, _) = heap_arg(&args, "heappop", 1)?;
    let last = heap
        .len()
        .checked_sub(1)
        .and_then(|i| heap.pop(i))
        .ok_or_else(|| error("IndexError", "index out of range"))?;
    if heap.is_empty() {
        return Ok(last);
    }
    let top = item(heap, 0)?;
    put(heap, 0, last)?;
    sift_towards_leaves(heap, 0)?;
    Ok(top)
}

fn heapreplace(args: Args<'_>) -> PyResult<Value> {
    let (heap, rest) = heap_arg(&args, "heapreplace", 2)?;
    let top = heap
        .get(0)
        .ok_or_else(|| error("IndexError", "index out of range"))?;
    put(heap, 0, rest[0].clone())?;
    sift_towards_leaves(heap, 0)?;
    Ok(top)
}

fn heappushpop(args: Args<'_>) -> PyResult<Value> {
    let (heap, rest) = heap_arg(&args, "heappushpop", 2)?;
    let new_item = &rest[0];
    let Some(top) = heap.get(0) else {
        return Ok(new_item.clone());
    };
    if !less(&top, new_item)? {
        return Ok(new_item.clone());
    }
    if heap.is_empty() {
        return Err(error("IndexError", "index out of range"));
    }
    let top = item(heap, 0)?;
    put(heap, 0, new_item.clone())?;
    sift_towards_leaves(heap, 0)?;
    Ok(top)
}

fn heapify(args: Args<'_>) -> PyResult<Value> {
    let (heap, _) = heap_arg(&args, "heapify", 1)?;
    for i in (0..heap.len() / 2).rev() {
        sift_towards_leaves(heap, i)?;
    }
    Ok(none_bool::none())
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("heappush", heappush),
    ("heappop", heappop),
    ("heapreplace", heapreplace),
    ("heappushpop", heappushpop),
    ("heapify", heapify),
];

pub fn module() -> Value {
    module_with_functions("_heapq", FUNCTIONS)
}
