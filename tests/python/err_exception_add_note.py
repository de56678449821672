# Notes added with add_note() are printed after the exception line (Python 3.11).
def load(path):
    try:
        raise FileNotFoundError(2, "No such file or directory", path)
    except FileNotFoundError as e:
        e.add_note("while loading configuration")
        e.add_note("hint: create " + path + " first")
        raise
print("loading")
load("settings.ini")
