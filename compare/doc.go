// Package compare aligns versions and translations of one text and finds
// every wording change between them. It is pure Go, with no window and no
// storage: [Compare] takes the texts and returns an alignment table (a row
// per aligned group of sentences, a cell per version) and the changes.
//
// A comparison runs these stages, each in the file named:
//
//  1. Prefilter (prefilter.go). Paragraphs byte-for-byte identical and in
//     order in every version become single opaque units, the way git
//     finds equal lines before it diffs words.
//  2. Segmentation and keys (paragraphs.go, sentences.go, abbreviations.go,
//     tokens.go, normalize.go, document.go). Each version is cut into
//     paragraphs, sentences (not at an abbreviation's full stop, which one
//     table of abbreviations and the words around it decide; a run-on
//     sentence cut at its line breaks, else where its words say, so that
//     no row grows past a few kilobytes) and tokens (words; in scripts
//     written without spaces, each Chinese or Japanese character and each
//     Thai, Lao, Myanmar or Khmer cluster); every token keeps its byte
//     span and gets a comparison key (NFKC, typographic folding of
//     quotes, dashes, HTML character references ("&quot;"), Russian ё
//     and the digits of every script, optional case folding, Turkish in
//     a Turkish text, where I is the capital of ı, and punctuation
//     removal), numbered alike in all versions so that a token and a
//     word in a bag are small. Texts are never changed.
//  3. Sentence alignment in one language (sentence_align.go, seqdiff.go,
//     myers.go, sparse_lcs.go, lcs.go, weighted_diff.go). The sentence
//     streams of whole documents are diffed by key hashes, anchors first
//     (sentences unique on both sides, and where those are scattered, as
//     in a list of repeated words, only those with equal neighbours), so a
//     split or merged paragraph costs nothing; ranges that share little
//     are diffed from their matching pairs (Hunt-Szymanski), and ranges
//     far apart by a bit-parallel LCS, rather than by Myers' search.
//  4. Exact moves (moves.go). Sentences the in-order alignment could not
//     use but that stand unchanged elsewhere in the other version are
//     matched across the document, before any pairing.
//  5. Gap pairing (gap_pairing.go, bags.go, gap_paragraphs.go, lcs.go,
//     gap_memo.go, gap_holes.go). Between equal runs, deleted and inserted
//     sentences are paired by the similarity of their words, compared
//     without case (so a version in capitals pairs with the original),
//     into rewordings, splits and merges; a large gap is paired paragraph
//     by paragraph, in parallel. A
//     run left unpaired whose words come in the same order on both sides
//     (a transcript without punctuation against its edited version) is
//     one group, however many sentences it holds, and a pair takes in the
//     sentences beside it whose words its other side holds in order.
//  6. Near moves (moves.go). Sentences still unpaired are matched across
//     the document when similar enough (an index of their words finds the
//     candidates). Stages 3 to 6 then run a second time, counting edited
//     moved sentences as anchors so that the block that stays in place is
//     the larger one; the second pass reuses the first one's pairings.
//  7. Word diff (worddiff.go, equal_swaps.go, phrases.go, capitals.go,
//     slide.go). Inside each aligned group, go-diff runs over token runes;
//     where a phrase and a short equality of brackets traded places, the
//     phrase is kept equal; short equalities
//     between edits are folded into them, so that a rewritten phrase reads
//     as one change; a word whose capital came or went with the sentence
//     start stays equal; a table's row or a list's item deleted beside an
//     edit in the row before goes as its whole line (line_rows.go);
//     edits are slid to where a reader expects them; and a word that
//     occurs once in each version of the group and was put elsewhere in
//     it becomes a move (unique_words.go).
//  8. Changes and classification (changes.go, classify.go, moves.go).
//     Differences become Changes with byte spans, typography-only ones marked
//     trivial, numbers (with number words, dates, weekdays, Han numerals, and
//     units and currencies beside a number: units.go, number_words.go,
//     more_number_words.go, weekdays.go, han_numbers.go; not an amount or a
//     time written otherwise, "$3.5bn" for "$3.5 billion", "61%" for "61 per
//     cent", "14h30" for "14:30": amounts.go), names (not a word that opens its
//     sentence, a list's item, a bullet or a table's row, nor a pronoun opening
//     a quotation, a pronoun of politeness, a stage note or a German noun:
//     not_names.go), case and punctuation flagged.
//     Moved sentences are grouped into moved passages, each a move with
//     the word changes inside it, and changes that touch are coalesced.
//  9. Equal runs (equal_runs.go, run_seeds.go, move_edges.go). Over a
//     pair's finished changes: a replacement loses the words its sides
//     share at either end, a fragment deleted and put back at one place
//     (also where a passage moved away stood between) is dropped, as are
//     the ends a deletion or an insertion shares with a replacement
//     beside it (a sentence deleted between two titles), and
//     equal runs of deleted and inserted words, found by hashed seeds,
//     become moves (git's --color-moved rule), also where a moved
//     sentence took along a piece cut at an abbreviation, and a sentence
//     found once in each version, however short, taken out in one place
//     and put in another; a run that is most of a moved and edited
//     passage widens over the edits to the passage's ends, and a moved
//     sentence edited so that no run of it is long enough is paired
//     whole where it landed inside a sentence cut at an initial.
//  10. Punctuation (attach.go). A replacement that starts or ends with
//     punctuation widens over the word beside it, which is what a reader
//     cites, a change of a digit group widens over the number's other
//     groups ("1 000" → "1 500"), and a hyphen put between two words
//     ("plane wave" → "plane-wave") or taken out becomes the replacement
//     of the pair. A
//     paragraph split or joined between sentences that read alike, or past
//     sentences deleted or inserted, becomes a trivial change of the white
//     space between them (pair.go), and a deletion or insertion that
//     opened a paragraph or a wrapped line is placed at the next one's
//     start in the other version (edit_places.go).
//  11. The table (table.go, segments.go). Every version's alignment with
//     the base is merged into one table of rows; Segments cuts a cell into
//     runs for a view to highlight.
//
// Stages 3 to 10 run for each version against the base (pair.go), the
// versions in parallel, stages 7 and 8 also in parallel parts of a pair.
//
// A version in another language than the base (Options.Languages) skips
// stages 3 to 10: the cross-language aligner in internal/crosslang aligns
// it with the base paragraph by paragraph, then sentence by sentence
// (translation.go), and a second rendering in its language is word-diffed
// against the first.
//
// Around the pipeline, for views and exports: [Check] and
// [CheckTranslations] (check.go, check_numbers.go, check_weekdays.go,
// script_months.go, check_written.go, number_words.go,
// german_number_words.go, han_numbers.go, check_names.go,
// check_moves.go) list what a translator should look at, such as
// omissions, differing numbers, dates and weekdays, and renamed names; [Result.Readings] (readings.go)
// groups a row's versions by what they read, as an apparatus does;
// [Result.MovesInPlace] (moves_in_place.go) lays the rows out with each
// moved passage at both its ends; [AlignTexts] (bitext.go) aligns two
// texts across languages alone. [Compare], its [Options] and its [Result]
// are in compare.go; the types of a result's parts are in result.go.
package compare
