class Config:
    defaults = {"debug": False}
    items = []
    def __init__(self, name):
        self.name = name
        self.items = self.items + [name]
a, b = Config("a"), Config("b")
a.defaults["debug"] = True
print(b.defaults, Config.items, a.items, b.items)
Config.version = 2
print(a.version, hasattr(b, "version"))
a.version = 3
print(a.version, b.version, Config.version)
del a.version
print(a.version)
print(sorted(k for k in Config.__dict__ if not k.startswith("__")))
