# Exceptions raised inside special methods propagate out of builtins and syntax.
class Boom(Exception):
    pass
class BadHash:
    def __hash__(self): raise Boom("hash")
class BadEq:
    def __eq__(self, o): raise Boom("eq")
    __hash__ = object.__hash__
class BadLen:
    def __len__(self): raise Boom("len")
class BadIter:
    def __iter__(self): raise Boom("iter")
class BadNext:
    def __iter__(self): return self
    def __next__(self): raise Boom("next")
class BadBool:
    def __bool__(self): raise Boom("bool")
class BadStr:
    def __str__(self): raise Boom("str")
class BadIndex:
    def __index__(self): raise Boom("index")
class BadGet:
    def __getitem__(self, k): raise Boom("getitem %r" % (k,))
class BadContains:
    def __contains__(self, k): raise Boom("contains")
tests = [
    ("dict insert", lambda: {BadHash(): 1}), ("set add", lambda: {BadHash()}),
    ("list.index", lambda: [BadEq()].index(0)), ("in list", lambda: 5 in [BadEq()]),
    ("list.count", lambda: [BadEq(), 1].count(1)), ("len", lambda: len(BadLen())),
    ("bool via len", lambda: bool(BadLen())), ("list()", lambda: list(BadIter())),
    ("for loop", lambda: [x for x in BadNext()]), ("sum", lambda: sum(BadNext())),
    ("if", lambda: 1 if BadBool() else 0), ("not", lambda: not BadBool()),
    ("and", lambda: BadBool() and 1), ("print", lambda: print(BadStr())),
    ("str.format", lambda: "{}".format(BadStr())), ("f-string", lambda: f"{BadStr()}"),
    ("list index", lambda: [1, 2][BadIndex()]), ("range", lambda: range(BadIndex())),
    ("getitem", lambda: BadGet()[1:2]), ("iter via getitem", lambda: list(BadGet())),
    ("in", lambda: 1 in BadContains()), ("sorted", lambda: sorted([BadEq(), BadEq()])),
    ("dict lookup", lambda: {1: 2}.get(BadHash())), ("unpack", lambda: [a for a, b in [BadIter()]]),
]
for label, thunk in tests:
    try:
        r = thunk()
        print(label, "->", r)
    except Boom as e:
        print(label, "-> Boom", e)
    except TypeError as e:
        print(label, "-> TypeError", e)
