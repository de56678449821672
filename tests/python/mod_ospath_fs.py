# os.path: file-system queries (exists, isfile, isdir, getsize, abspath, expanduser)
import os
import os.path

d = 'mod_ospath_fs_dir'
if not os.path.isdir(d):
    os.mkdir(d)
f = os.path.join(d, 'file.txt')
with open(f, 'w') as fh:
    fh.write('12345')
print(os.path.exists(d), os.path.isdir(d), os.path.isfile(d))
print(os.path.exists(f), os.path.isfile(f), os.path.isdir(f), os.path.getsize(f))
missing = os.path.join(d, 'nope')
print(os.path.exists(missing), os.path.isfile(missing), os.path.isdir(missing), os.path.lexists(missing))
try:
    os.path.getsize(missing)
except FileNotFoundError as e:
    print('FileNotFoundError', e, e.errno)
cwd = os.getcwd()
print(os.path.abspath(f) == os.path.join(cwd, f), os.path.abspath('/x/../y'), os.path.abspath('.') == cwd)
print(os.path.isabs(os.path.abspath('rel')), os.path.realpath('/a/./b'))
os.remove(f)
os.rmdir(d)
print(os.path.exists(f), os.path.exists(d))
os.environ['HOME'] = '/home/tester/'
print(os.path.expanduser('~'), os.path.expanduser('~/x'), os.path.expanduser('~x'[:1] + '/a/~'))
print(os.path.expanduser('a/~'), os.path.expanduser('~nosuchuser_xyz/a'), os.path.expanduser(b'~/b'))
os.environ['HOME'] = '/'
print(os.path.expanduser('~'), os.path.expanduser('~/y'))
os.environ['MOD_OSPATH_V'] = 'val'
print(os.path.expandvars('$MOD_OSPATH_V/x ${MOD_OSPATH_V} $NOPE_XYZ_1 $ ${NOPE'))
