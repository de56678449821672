# Helper module for builtin_import_dunder.py and import_* programs.
CONSTANT = "const"
calls = 0
print("extra_tools loaded")
def double(x):
    global calls
    calls += 1
    return x * 2
