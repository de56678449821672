import string
from string import Template
t = Template('$who likes $what, ${who}s and $$')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'a', 'what': 'b'}, what='c'))
print(Template('$x and $y').safe_substitute(x=1))
print(Template('${x}y $ bad').safe_substitute(x=2))
for tpl, kw in [('$x', {}), ('$ bad', {'bad': 1}), ('${x', {'x': 1})]:
    try:
        print(Template(tpl).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(Template('$a $b').get_identifiers(), Template('$a $$ ${c}').is_valid(), Template('$').is_valid())
class MyT(Template):
    delimiter = '%'
print(MyT('%x is %{y}').substitute(x=1, y=2))
print(t.template)
print(string.capwords(' hello   world  '), string.capwords('a-b-c', '-'))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
f = string.Formatter()
print(f.format('{0} {x:>5} {1!r}', 'a', 'b', x='c'), list(f.parse('a{0}b{x:3}')))
