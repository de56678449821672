log = []
def f():
    try:
        log.append("try")
        return "from try"
    finally:
        log.append("finally")
print(f(), log)
def g():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            log.append(f"g{i}")
    return i
print(g(), log[-2:])
def h():
    try:
        raise ValueError("x")
    except ValueError:
        return "handled"
    finally:
        log.append("h-finally")
print(h(), log[-1])
def k():
    try:
        try:
            raise KeyError("inner")
        finally:
            log.append("inner-finally")
    except KeyError as e:
        return repr(e)
print(k(), log[-1])
