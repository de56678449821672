# finally with return/break/continue, and what wins.
def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def order(log):
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")
print(order([]))
def value_evaluated_before_finally():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_evaluated_before_finally())
out = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    finally:
        out.append("f%d" % i)
print(out)
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "broke out, exception dropped"
print(break_in_finally())
def nested_finally():
    log = []
    try:
        try:
            log.append("inner try")
            raise ValueError
        finally:
            log.append("inner finally")
    except ValueError:
        log.append("outer except")
    finally:
        log.append("outer finally")
    return log
print(nested_finally())
def else_clause(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise RuntimeError
    except RuntimeError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(else_clause(False), else_clause(True))
def exc_in_else():
    try:
        try:
            pass
        except ValueError:
            return "not here"
        else:
            raise ValueError("from else")
    except ValueError as e:
        return "caught " + str(e)
print(exc_in_else())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            if n == 3:
                print("cleanup at", n)
print(while_finally())
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen_finally()
for v in g:
    print("got", v)
    break
print("after loop")
g.close()
print("closed")
