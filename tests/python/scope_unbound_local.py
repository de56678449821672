# UnboundLocalError, global declarations, del of names.
x = 10
def read_then_assign():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 5
    return x
print(read_then_assign())
def aug():
    try:
        x += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
aug()
def uses_global():
    global x
    x += 1
    return x
print(uses_global(), x)
def creates_global():
    global brand_new
    brand_new = "made"
creates_global()
print(brand_new)
def conditional(flag):
    if flag:
        y = 1
    return y
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def deleted():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError as e:
        return str(e)
print(deleted())
tmp = 3
del tmp
try:
    tmp
except NameError as e:
    print(type(e).__name__, e)
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
def loop_var():
    for i in range(0):
        pass
    return i
try:
    loop_var()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def exc_var():
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    return err
try:
    exc_var()
except (UnboundLocalError, NameError) as e:
    print(type(e).__name__, e)
def nested():
    q = 1
    def inner():
        print(q)
        q = 2
    try:
        inner()
    except UnboundLocalError as e:
        print(type(e).__name__, e)
nested()
