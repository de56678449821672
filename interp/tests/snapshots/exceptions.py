def f():
    try:
        risky()
    except ValueError as e:
        handle(e)
    except:
        raise
    else:
        fine()
    finally:
        cleanup()

def g(lock):
    with lock as held, other():
        for item in held:
            if item:
                return item
    raise RuntimeError("x") from None
