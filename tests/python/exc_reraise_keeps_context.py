def k():
    try:
        raise ValueError("outer")
    except ValueError:
        e = OSError("new")
        try:
            raise e
        except BaseException:
            e.__context__ = None
            raise
try:
    k()
except OSError as e:
    print(repr(e.__context__))

def j():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise TypeError("b")
        finally:
            pass
try:
    j()
except TypeError as e:
    print(repr(e.__context__))

def m():
    try:
        1 / 0
    except ZeroDivisionError:
        raise
try:
    m()
except ZeroDivisionError as e:
    print(repr(e.__context__))
try:
    try:
        raise ValueError(1)
    except ValueError:
        raise RuntimeError(2)
except RuntimeError as e:
    print(repr(e.__context__))
