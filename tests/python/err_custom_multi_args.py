# Uncaught custom exception with several args: str() of the args tuple.
class ConfigError(Exception):
    pass
def load(key):
    print("loading", key)
    raise ConfigError("missing key", key, 3)
try:
    load("a")
except ConfigError as e:
    print("first caught:", e.args)
load("b")
