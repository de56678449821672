import os
print(os.path.join("a", "b", "c.txt"), os.path.join("/x", "/abs"), os.path.basename("/a/b/c.py"), os.path.dirname("/a/b/c.py"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.split("/a/b/"), os.path.normpath("a/./b/../c//d"))
here = os.path.dirname(os.path.abspath(__file__))
print(os.path.isdir(here), os.path.isfile(__file__), os.path.exists("/definitely/not/here"), os.sep, os.path.isabs("/x"))
name = os.path.join(here, "_weft_os_tmp.txt")
with open(name, "w") as f:
    f.write("12345")
print(os.path.getsize(name), os.path.basename(name) in os.listdir(here))
os.remove(name)
print(os.path.exists(name), isinstance(os.getpid(), int), os.getenv("WEFT_SURELY_UNSET", "default"))
try:
    os.remove(name)
except FileNotFoundError as e:
    print("FileNotFoundError")
