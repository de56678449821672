for exc in [KeyError("k"), IndexError(3), ZeroDivisionError(), ValueError("v"), OSError("o"), StopIteration(5)]:
    try:
        raise exc
    except LookupError as e:
        print("LookupError", type(e).__name__, e.args)
    except (ArithmeticError, ValueError) as e:
        print("Arith/Value", type(e).__name__, repr(e))
    except Exception as e:
        print("Exception", type(e).__name__, str(e))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(Exception, BaseException))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException), issubclass(FileNotFoundError, OSError))
print(KeyError("x"), str(KeyError("x")), repr(KeyError()), str(ValueError()), ValueError(1, 2), Exception("a").args)
