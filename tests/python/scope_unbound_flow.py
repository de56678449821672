# UnboundLocalError in every control-flow shape: a local read where some
# path leaves it unassigned must raise, one bound on every path must not.


def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except UnboundLocalError as e:
        print(label, "UnboundLocalError:", e)
    except NameError as e:
        print(label, "NameError:", e)


def loop_assigns_after_use(n):
    for i in range(n):
        if i == 1:
            return x
        x = i
    return "done"


def loop_first_iteration_reads(n):
    for i in range(n):
        total = total + i
    return total


def while_else(n):
    while n > 0:
        n -= 1
        if n == 5:
            found = n
            break
    else:
        return found
    return found


def del_in_loop(n):
    y = 0
    for i in range(n):
        if i == 2:
            del y
        y = y + 1 if i != 3 else y
    return y


def except_name_cleared():
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    return err


def except_name_in_loop(n):
    for i in range(n):
        try:
            if i == 1:
                raise KeyError(i)
            err = "none"
        except KeyError as err:
            pass
        print("  iter", i, err)
    return "end"


def try_assigns_then_raises():
    try:
        a = 1
        raise RuntimeError
        b = 2
    except RuntimeError:
        pass
    print("  a", a)
    return b


def finally_reads(flag):
    try:
        if flag:
            v = "set"
            return v
    finally:
        print("  finally sees", v)


def if_one_branch(flag):
    if flag:
        w = 1
    return w


def if_both_branches(flag):
    if flag:
        w = 1
    else:
        w = 2
    return w


def continue_skips(n):
    out = []
    for i in range(n):
        if i % 2:
            continue
        z = i
        out.append(z)
    return out, z


def nested_loops(n):
    for i in range(n):
        for j in range(n):
            if j > i:
                break
            k = i * j
        if i == n - 1:
            return k
    return None


def match_case(v):
    match v:
        case [a, b]:
            pass
        case {"k": c}:
            return c
        case _:
            pass
    return a + b


def with_block(flag):
    class CM:
        def __enter__(self):
            return "entered"

        def __exit__(self, *exc):
            return True  # swallow

    with CM() as got:
        if flag:
            raise ValueError
        after = "after"
    return got, after


def generator_resume(n):
    for i in range(n):
        if i:
            yield last
        last = i


def walrus_in_condition(items):
    for it in items:
        if (m := it * 2) > 4:
            break
    return m


attempt("loop_assigns_after_use 3", loop_assigns_after_use, 3)
attempt("loop_assigns_after_use 1", loop_assigns_after_use, 1)
attempt("loop_first_iteration_reads", loop_first_iteration_reads, 3)
attempt("while_else 10", while_else, 10)
attempt("while_else 3", while_else, 3)
attempt("del_in_loop 2", del_in_loop, 2)
attempt("del_in_loop 4", del_in_loop, 4)
attempt("except_name_cleared", except_name_cleared)
attempt("except_name_in_loop", except_name_in_loop, 3)
attempt("try_assigns_then_raises", try_assigns_then_raises)
attempt("finally_reads True", finally_reads, True)
attempt("finally_reads False", finally_reads, False)
attempt("if_one_branch True", if_one_branch, True)
attempt("if_one_branch False", if_one_branch, False)
attempt("if_both_branches", if_both_branches, False)
attempt("continue_skips 5", continue_skips, 5)
attempt("continue_skips 0", continue_skips, 0)
attempt("nested_loops 3", nested_loops, 3)
attempt("match list", match_case, [1, 2])
attempt("match dict", match_case, {"k": 9})
attempt("match other", match_case, 5)
attempt("with True", with_block, True)
attempt("with False", with_block, False)
attempt("generator", lambda: list(generator_resume(4)))
attempt("walrus", walrus_in_condition, [1, 2, 3])
attempt("walrus empty", walrus_in_condition, [])
