for src in ['1 +', '(', 'def', '1/0', 'undefined_name']:
    try:
        eval(src)
    except SyntaxError:
        print('SyntaxError for', repr(src))
    except Exception as e:
        print(type(e).__name__, e)
try:
    exec('x = ')
except SyntaxError:
    print('SyntaxError in exec')
