# The shape of a finding, in one place: every rule builds its findings here.
#
# One argument list serves both languages, so the English and the French
# message cannot drift apart in what they say about the register. A word that
# differs by language is passed as {"en": ..., "fr": ...}.
package ropa.lib.result

# A finding at `path` (a list of keys and indices into the register), with
# its message in English and French, both filled from `args` by sprintf.
finding(path, en, fr, args) := {
	"path": path,
	"message": {"en": sprintf(en, _in(args, "en")), "fr": sprintf(fr, _in(args, "fr"))},
}

_in(args, lang) := [_word(arg, lang) | some arg in args]

_word(arg, lang) := arg[lang] if is_object(arg)

_word(arg, _) := arg if not is_object(arg)

# Items joined as a sentence says them: "a, b and c", «a, b et c».
listing(items, _) := items[0] if count(items) == 1

listing(items, lang) := concat(_and[lang], [concat(", ", array.slice(items, 0, count(items) - 1)), items[count(items) - 1]]) if {
	count(items) > 1
}

_and := {"en": " and ", "fr": " et "}

# One word per language for a list of [en, fr] pairs, as a finding argument.
words(pairs) := {
	"en": listing([pair[0] | some pair in pairs], "en"),
	"fr": listing([pair[1] | some pair in pairs], "fr"),
}

# A finding whose severity is not the rule's METADATA one: it depends on the
# risk the register records, or on the authority whose text applies (the
# reference tables say which). `severity` is error, warning or info.
graded(path, severity, en, fr, args) := object.union(finding(path, en, fr, args), {"severity": severity})
