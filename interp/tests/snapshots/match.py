def f(v):
    match v:
        case 0 | None:
            return "falsy"
        case [x, *rest] if rest:
            return x
        case [a, *_, b]:
            return a, b
        case {"k": k, **others}:
            return k, others
        case Point(x, y=0) as p:
            return p
        case _:
            return v
