class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.created = args
        return cls._instance
    def __init__(self, *args):
        self.last = args
a = Singleton(1); b = Singleton(2)
print(a is b, a.created, a.last)
class Upper:
    def __new__(cls, text):
        obj = object.__new__(cls)
        obj.text = text.upper()
        return obj
print(Upper("abc").text)
class NotSelf:
    def __new__(cls): return 42
    def __init__(self): print("never")
print(NotSelf())
