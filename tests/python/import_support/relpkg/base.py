print("relpkg.base loaded as", __name__)
def greet(who):
    return "hello " + who
def _private_helper():
    return "private"
