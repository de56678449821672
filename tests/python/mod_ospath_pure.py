# os.path: string operations (join, split, splitext, normpath, ...)
import os.path
from os import path
from os.path import join, basename

print(os.path is path, path.__name__ if hasattr(path, '__name__') else None, join is os.path.join)
for args in [('a', 'b'), ('a/', 'b'), ('/a', '/b', 'c'), ('', 'x'), ('a', ''), ('a',), ('a', 'b/', 'c')]:
    print(args, join(*args))
print(join(b'a', b'b'))
for p in ['/usr/lib/x.txt', 'x', '/', '//a//b/', 'a/b/', '', 'dir/.hidden', '.bashrc', 'a.b.c', 'a/b.c/d', '...x', 'x.']:
    print(repr(p), path.split(p), path.splitext(p), repr(basename(p)), repr(path.dirname(p)), path.isabs(p))
for p in ['a//b', 'a/./b', 'a/../b', '../a', '/../a', '//a', '///a/b', '', '.', 'a/b/../..', 'a/b/../../..', '/a/b/']:
    print(repr(p), repr(path.normpath(p)))
print(path.splitdrive('/x/y'), path.normcase('/A/b'))
print(path.commonprefix(['/usr/lib', '/usr/local', '/usr/l']), path.commonprefix([]))
print(path.commonpath(['/usr/lib', '/usr/local/x']), path.commonpath(['a/b', 'a/c']))
print(path.relpath('/a/b/c', '/a/x'), path.relpath('/a', '/a'), path.relpath('/a/b', '/'))
print(path.sep, path.curdir, path.pardir, path.extsep, path.pathsep, path.altsep, path.devnull)
print(path.split(b'/x/y'), path.splitext(b'f.tar.gz'), path.normpath(b'/a/../b'))
for f, args in [(join, ('a', 1)), (join, (1,)), (path.split, (None,)), (join, ('a', b'b')),
                (path.commonpath, ([],)), (path.commonpath, (['/a', 'b'],)), (path.relpath, ('',))]:
    try:
        f(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class P:
    def __fspath__(self):
        return '/p/q.py'


print(path.basename(P()), path.splitext(P()), os.fspath(P()), os.fspath('s'))
