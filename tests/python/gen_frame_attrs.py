# Generator introspection: gi_frame, gi_running, gi_code and the frame's f_code/f_globals.
def counter(n):
    for i in range(n):
        yield i
g = counter(2)
print(g.gi_running, g.gi_code.co_name, g.gi_frame.f_code.co_name, g.gi_frame.f_globals is globals())
def watcher():
    yield me.gi_running
me = watcher()
print(next(me), me.gi_running)
print(list(g), g.gi_frame, g.gi_running, g.gi_code.co_name)
f = counter(1).gi_frame
print(type(f).__name__, f.f_code is not None)
