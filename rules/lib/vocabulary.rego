# The format's codes in the reader's language, from the one vocabulary table
# (rules/ropadata/reference/vocabulary.yaml). A finding argument built here is
# {"en": ..., "fr": ...}, which data.ropa.lib.result.finding picks from.
package ropa.lib.vocabulary

_table := data.ropadata.reference.vocabulary

# A value the table does not know (a custom data category written as free
# text) is shown as written, in both languages.
label(field, value) := object.get(object.get(_table, field, {}), value, {"en": value, "fr": value})

# Several values of one field, as a sentence: "consent and contract".
labels(field, values) := {
	"en": data.ropa.lib.result.listing(sort([label(field, v).en | some v in values]), "en"),
	"fr": data.ropa.lib.result.listing(sort([label(field, v).fr | some v in values]), "fr"),
}
