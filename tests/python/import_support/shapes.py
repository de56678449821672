def describe(kind):
    return f"a {kind} shape"
_private = 1
PUBLIC = 2
