# Template text: what a register copied from a model still holds where its
# own content should be ("[Commune de ...]", "TODO", "à compléter", "n/a").
# The markers are data (rules/ropadata/reference/placeholders.yaml), which a
# configuration can extend.
package ropa.lib.placeholders

_table := data.ropadata.reference.placeholders

# The template markers found in `text`, in a fixed order (empty if none).
found(text) := array.concat(array.concat(_whole(text), _brackets(text)), _words(text))

_whole(text) := [word |
	some word in _table.whole
	lower(trim_space(text)) == word
]

_brackets(text) := [sprintf("%s…%s", [pair[0], pair[1]]) |
	some pair in _table.brackets
	trimmed := trim_space(text)
	startswith(trimmed, pair[0])
	endswith(trimmed, pair[1])
]

# A word of the table, not a piece of a longer word ("todo" is not in "photodocumentation").
_words(text) := [word |
	lowered := lower(text)
	some word in _table.words
	contains(lowered, word) # cheap, and most texts stop here: regorus compiles a regex per call
	regex.match(sprintf(`(^|[^\pL\pN])%s([^\pL\pN]|$)`, [word]), lowered)
]

# An email at a domain kept for examples (example.com, anything.example, exemple.fr).
example_email(text) if {
	domain := lower(trim_space(split(text, "@")[1]))
	_example_domain(domain)
}

_example_domain(domain) if domain in {d | some d in _table.example_domains}

_example_domain(domain) if {
	some d in _table.example_domains
	endswith(domain, concat("", [".", d]))
}

_example_domain(domain) if {
	parts := split(domain, ".")
	parts[count(parts) - 1] in {t | some t in _table.example_tlds}
}

# Whether an activity may hold template text: one cheap look at its whole
# text, so that only those are walked field by field. The needles are what
# found() looks for, as they appear in the activity's JSON (a text opening
# with "[" appears as `"[`; OPA writes < and > as \u003c and \u003e).
suspect(activity) if {
	_anywhere # most registers hold no template text at all: one look at the whole
	text := lower(json.marshal(activity))
	some needle in _needles
	contains(text, needle)
}

_anywhere if {
	text := lower(json.marshal(input.activities))
	some needle in _needles
	contains(text, needle)
}

_needles := array.concat(
	array.concat(
		[word | some word in _table.words],
		[sprintf("\"%s\"", [word]) | some word in _table.whole],
	),
	array.concat(
		[sprintf("\"%s", [pair[0]]) | some pair in _table.brackets],
		["\"\\u003c", "\"\\u003e", "\\u003e\"", "\"<", ">\""],
	),
)
