// Package crosslang aligns a text with its translation: it finds which
// sentences (or paragraphs) of a source correspond to which of a rendering
// in another language, without a dictionary or a model.
//
// The story of one alignment, as [Align] runs it:
//
//  1. Features. Each unit (a sentence or paragraph) becomes a set of word
//     types with weights (rarer words weigh more) and a length in
//     characters. A word carries match keys that survive translation:
//     itself (numbers, names and acronyms written alike), its first
//     letters after transliteration to Latin and diacritic folding
//     (Лавров and Lavrov, expédition and Expedition), and, in the second
//     pass, its translations from the lexicon. Question and exclamation
//     marks, quotes, brackets and colons are words too.
//  2. Anchors and band. Keys that occur once on each side mark confident
//     pairs; the longest chain of them in order is the first guess at the
//     path, and only a band around that path is searched. Numbers that
//     occur often never anchor.
//  3. Dynamic programming over beads 1:1, 1:0, 0:1, 1:2, 2:1, 2:2, 1:3,
//     3:1, 2:3, 3:2, 1:4 and 4:1 inside the band. A bead scores the share
//     of its words' weight that finds a match on the other side, minus a
//     length penalty in the manner of Gale and Church and a prior for its
//     shape; a unit left alone (1:0, 0:1) pays a skip, and a long run of
//     them on one side, a passage left out, pays less for each unit past
//     its second, as a gap does in Gotoh's alignment, so that the
//     sentences around the passage are not merged into their neighbours'
//     beads to save skips (inside paragraph beads, only at the text's
//     start or end). A sentence bead pays too for each number written
//     once on each side that it holds on one side only while a unit not
//     next to it holds it on the other: that pair is another's, as where the
//     rendering moved a paragraph, which is then left alone at both ends
//     for the check to pair as a move. Where the best path runs along the
//     band's edge, the band is widened and the search repeated.
//  4. Lexicon. Word pairs that co-occur in the confident beads of the first
//     pass far more than chance (Dice coefficient) become translations, as
//     in hunalign's second pass, and the text is aligned again with them.
//  5. Loose units (loose.go). A unit at the end of a 2:1 or 1:2 bead that
//     the bead scores better without, whose removal fits the lengths
//     better, and that accounts for almost none of the other side's words
//     is reported as loose: possibly not rendered, or not in the source.
//
// A document, as [AlignDocument] aligns it, goes through this story twice:
// its paragraphs first, then its sentences inside the paragraph beads, a
// sentence bead in one paragraph bead. A rendering that moves a break by a
// sentence leaves that sentence and its source each alone; the two are
// joined where they score better together. Where too many sentences stay
// alone, the paragraphs may have been cut otherwise (joined, split, one
// sentence each): the sentences are aligned again as one list, and that
// alignment is kept when it leaves far fewer alone than an abridged
// rendering would.
//
// The cost is about linear in the number of units for a fixed band, and
// an abridged rendering (long runs of 1:0 beads) only widens the band
// where it needs to.
package crosslang
