# The format's codes in the reader's language, from the one vocabulary table
# (rules/ropadata/reference/vocabulary.yaml). A finding argument built here is
# {"en": ..., "fr": ...}, which data.ropa.lib.result.finding picks from.
package ropa.lib.vocabulary

_table := data.ropadata.reference.vocabulary

# A value the table does not know (a custom data category written as free
# text) is shown as written, in both languages.
label(field, value) := object.get(object.get(_table, field, {}), value, {"en": value, "fr": value})

# A country's name in both languages (countries.yaml, generated from
# ISO 3166-1); a code it does not know is shown as written.
country(code) := object.get(data.ropadata.reference.countries.names, code, {"en": code, "fr": code})

# The label as a sentence's object: with its article in French where the
# table gives one (`fr_the`: « l'intérêt légitime »), else the label.
the(field, value) := {"en": entry.en, "fr": object.get(entry, "fr_the", entry.fr)} if {
	entry := label(field, value)
}

# Several values of one field, as a sentence: "consent and contract".
labels(field, values) := {
	"en": data.ropa.lib.result.listing(sort([label(field, v).en | some v in values]), "en"),
	"fr": data.ropa.lib.result.listing(sort([label(field, v).fr | some v in values]), "fr"),
}

# A date of the format (YYYY-MM-DD) as a reader writes it: "11 August 2026",
# « 11 août 2026 » (« 1er » for the first of a month). Tables, not
# to_number: regorus does not parse "08" as a number.
date(iso) := {
	"en": sprintf("%s %s %s", [_day(iso), _months[substring(iso, 5, 2)][0], substring(iso, 0, 4)]),
	"fr": sprintf("%s %s %s", [_day_fr(iso), _months[substring(iso, 5, 2)][1], substring(iso, 0, 4)]),
}

_day(iso) := trim_left(substring(iso, 8, 2), "0")

_day_fr(iso) := "1er" if _day(iso) == "1"

_day_fr(iso) := _day(iso) if _day(iso) != "1"

_months := {
	"01": ["January", "janvier"], "02": ["February", "février"], "03": ["March", "mars"],
	"04": ["April", "avril"], "05": ["May", "mai"], "06": ["June", "juin"],
	"07": ["July", "juillet"], "08": ["August", "août"], "09": ["September", "septembre"],
	"10": ["October", "octobre"], "11": ["November", "novembre"], "12": ["December", "décembre"],
}
