import os, os.path, stat, sys
base = os.path.join(os.getcwd(), "_weft_os_fs_tmp")
def rmtree(p):
    for root, dirs, files in os.walk(p, topdown=False):
        for f in files: os.remove(os.path.join(root, f))
        for d in dirs:
            full = os.path.join(root, d)
            if os.path.islink(full): os.remove(full)
            else: os.rmdir(full)
    os.rmdir(p)
if os.path.exists(base): rmtree(base)
os.makedirs(os.path.join(base, "a", "b"))
os.makedirs(os.path.join(base, "c"))
for rel, text in [("top.txt", "hello"), ("a/one.py", "x = 1\n"), ("a/b/deep.txt", "0123456789"), ("c/empty", "")]:
    with open(os.path.join(base, rel), "w") as f: f.write(text)

st = os.stat(os.path.join(base, "a", "b", "deep.txt"))
print(type(st).__name__, len(st), st.st_size, st[6], stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode))
print(st.st_mtime == st[8] or abs(st.st_mtime - st[8]) < 1, isinstance(st.st_mtime, float), isinstance(st.st_mtime_ns, int))
print(st.st_mtime_ns // 10**9 == st[stat.ST_MTIME], st.st_nlink >= 1, st.st_ino > 0)
print(stat.filemode(st.st_mode)[0], stat.S_IMODE(0o100644) == 0o644, stat.filemode(0o40755), stat.filemode(0o104755), stat.filemode(0o1777 | stat.S_IFDIR))
d = os.stat(base)
print(stat.S_ISDIR(d.st_mode), stat.S_ISDIR(os.lstat(base).st_mode))
print(repr(os.stat(base)).startswith("os.stat_result(st_mode="))

for top, dirs, files in os.walk(base):
    dirs.sort()
    print(os.path.relpath(top, base), sorted(files), dirs)
print("-- bottom up")
print([os.path.relpath(t, base) for t, _, _ in sorted(os.walk(base, topdown=False))])
print("-- prune")
for top, dirs, files in os.walk(base):
    if "a" in dirs: dirs.remove("a")
    print(os.path.relpath(top, base), sorted(dirs), sorted(files))
errors = []
print(list(os.walk(os.path.join(base, "missing"), onerror=errors.append)), type(errors[0]).__name__, errors[0].errno)

with os.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.is_dir(), e.is_file(), e.is_symlink(), e.path == os.path.join(base, e.name), e.stat().st_size if e.is_file() else "-", e.inode() == os.stat(e.path).st_ino)
print(os.fspath(entries[0]) == entries[0].path, sorted(e.name for e in os.scandir(os.path.join(base, "a"))))

print(os.path.getsize(os.path.join(base, "top.txt")), os.path.isfile(os.path.join(base, "top.txt")), os.path.isdir(os.path.join(base, "a")), os.path.islink(base))
print(isinstance(os.path.getmtime(base), float), os.path.samefile(base, os.path.join(base, "a", "..")), os.path.ismount("/"), os.path.ismount(base), os.path.lexists(base))
for bad in [lambda: os.stat(os.path.join(base, "nope")), lambda: os.path.getsize("/nonexistent/x"), lambda: list(os.scandir("/nonexistent"))]:
    try: bad()
    except OSError as e: print(type(e).__name__, e.errno, e.strerror)

os.environ["WEFT_OS_FS_TEST"] = "v1"
print(os.environ["WEFT_OS_FS_TEST"], os.getenv("WEFT_OS_FS_TEST"))
del os.environ["WEFT_OS_FS_TEST"]
print(os.getenv("WEFT_OS_FS_TEST"), "WEFT_OS_FS_TEST" in os.environ)
os.putenv("WEFT_X", "1"); os.unsetenv("WEFT_X")
for bad in [lambda: os.putenv("A=B", "x"), lambda: os.putenv("", "x"), lambda: os.putenv("A", 1), lambda: os.environ.__setitem__("A", 1)]:
    try: bad()
    except (ValueError, TypeError, OSError) as e: print(type(e).__name__, e)
try: del os.environ["WEFT_NOT_SET_ANYWHERE"]
except KeyError as e: print("KeyError", e)
rmtree(base)
print(os.path.exists(base))
