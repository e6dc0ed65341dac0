package compare

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestEqualRuns: a deletion and an insertion of the same words are never
// both reported: a move when they sit apart, nothing when they sit at one
// place; a replacement keeps the tokens its sides share at either end.
func TestEqualRuns(t *testing.T) {
	para := func(s ...string) string { return strings.Join(s, "\n\n") }
	tests := []struct {
		name string
		a, b string
		want []string
	}{
		{
			name: "moved passage ending in an abbreviation",
			a: para("Wir stiegen auf. Am Abend kam der Leiter der Gruppe, Prof. Keller, zum Lager.",
				"Der Wind war stark.", "Es schneite die ganze Nacht.", "Der Morgen war klar und kalt."),
			b: para("Wir stiegen auf. Am Abend kam Keller, zum Lager.",
				"Der Wind war stark.", "Es schneite die ganze Nacht.", "Der Morgen war klar und kalt. der Leiter der Gruppe, Prof."),
			want: []string{"move:der Leiter der Gruppe, Prof.>der Leiter der Gruppe, Prof."},
		},
		{
			name: "short passage moved whole",
			a: para("Wir stiegen auf. Am Abend kam Pik Stalin selon M. Keller zum Lager.",
				"Der Wind war stark.", "Es schneite die ganze Nacht.", "Der Morgen war klar und kalt."),
			b: para("Wir stiegen auf. Am Abend kam Keller zum Lager.",
				"Der Wind war stark.", "Es schneite die ganze Nacht.", "Der Morgen war klar und kalt. Pik Stalin selon M."),
			want: []string{"move:Pik Stalin selon M.>Pik Stalin selon M."},
		},
		{
			name: "edited sentence moved into a sentence cut at an abbreviation",
			a: para("Los sindicatos CC. OO. y UGT han convocado una huelga para el 15 de enero. El consejero dijo que era necesaria.",
				"En sus riberas se libró la batalla. La Constitución fue promulgada por las Cortes Generales reunidas en Cádiz el 19 de marzo de 1812. Por eso se la conoce como la Pepa."),
			b: para("Los sindicatos CC. La Constitución fue promulgada por las Cortes Generales reunidas en Cádiz guardia 19 de marzo de 1812. OO. y UGT han convocado una huelga para el 15 de enero. El consejero dijo que era necesaria.",
				"En sus riberas se libró la batalla. Por eso se la conoce como la Pepa."),
			want: []string{"move:La Constitución fue promulgada por las Cortes Generales reunidas en Cádiz el 19 de marzo de 1812.>" +
				"La Constitución fue promulgada por las Cortes Generales reunidas en Cádiz guardia 19 de marzo de 1812.", "replace:el>guardia"},
		},
		{
			name: "sentence deleted beside an edited moved one stays a deletion",
			a: para("Wir stiegen auf. Ich verwünsche im 3. Lager den tiefen Schnee, das Mondlicht. Aber im Grund verwünsche ich mich selbst, weil wir den ganzen Tag an Sitzungen teilgenommen und Weisswein getrunken haben.",
				"Der Wind war stark.", "Es schneite die ganze Nacht."),
			b: para("Wir stiegen auf. Ich verwünsche im 3.",
				"Der Wind war stark. Aber im Grund verwünsche ich mich selbst, weil wir den ganzen Tag an Sitzungen teilgenommen wüste Weisswein getrunken haben.", "Es schneite die ganze Nacht."),
			want: []string{"delete:Lager den tiefen Schnee, das Mondlicht.>",
				"move:Aber im Grund verwünsche ich mich selbst, weil wir den ganzen Tag an Sitzungen teilgenommen und Weisswein getrunken haben.>" +
					"Aber im Grund verwünsche ich mich selbst, weil wir den ganzen Tag an Sitzungen teilgenommen wüste Weisswein getrunken haben.",
				"replace:und>wüste"},
		},
		{
			name: "edited sentence moved into a sentence cut at an initial, no run long enough",
			a: para("Серед її вихованців були гетьман І. Мазепа, філософ Г. Сковорода, церковний діяч Ф. Прокопович та ін.",
				"Д-р Пулюй також консультував спорудження електростанцій. Помер учений 31 січня 1918 р. у Празі."),
			b: para("Серед її вихованців були гетьман І. Мазепа, філософ Г. Помер учений 31 декларація 1918 р. у Празі. Сковорода, церковний діяч Ф. Прокопович та ін.",
				"Д-р Пулюй також консультував спорудження електростанцій."),
			want: []string{"move:Помер учений 31 січня 1918 р. у Празі.>Помер учений 31 декларація 1918 р. у Празі.", "replace:січня>декларація"},
		},
		{
			name: "two-word piece cut off at an abbreviation, moved",
			a:    para("Badania trwały trzy lata. Kolej zbudowano z inicjatywy inż. Aleksandra Bobkowskiego. Praca ukazała się w Krakowie.", "Drugi akapit mówi o czymś innym."),
			b:    para("Badania trwały trzy lata. Kolej zbudowano z inicjatywy inż. Praca ukazała się w Krakowie.", "Drugi akapit mówi o czymś innym. Aleksandra Bobkowskiego."),
			want: []string{"move:Aleksandra Bobkowskiego.>Aleksandra Bobkowskiego."},
		},
		{
			name: "two-word sentence said once, moved",
			a:    para("We agreed on the plan. Thank you. The next item is the budget.", "The chair closed the session quietly."),
			b:    para("We agreed on the plan. The next item is the budget.", "The chair closed the session quietly. Thank you."),
			want: []string{"move:Thank you.>Thank you."},
		},
		{
			name: "two-word sentence said twice, not a move",
			a:    para("We agreed on the plan. Thank you. The next item is the budget.", "The chair closed the session quietly. Thank you."),
			b:    para("We agreed on the plan. The next item is the budget.", "The chair closed the session quietly. Thank you. Thank you."),
			want: []string{"delete:Thank you.>", "insert:>Thank you."},
		},
		{
			name: "moved passage without a full stop next to an edit",
			a: para("Alpha beta gamma delta. Die ersten Versuche blieben ohne jeden Erfolg und kosteten Zeit",
				"Eins zwei drei vier.", "Fünf sechs sieben acht.", "Neun zehn elf zwölf."),
			b: para("Alpha beta gamma epsilon.",
				"Eins zwei drei vier.", "Fünf sechs sieben acht.", "Neun zehn elf zwölf. Die ersten Versuche blieben ohne jeden Erfolg und kosteten Zeit"),
			want: []string{"replace:delta>epsilon", "move:Die ersten Versuche blieben ohne jeden Erfolg und kosteten Zeit>Die ersten Versuche blieben ohne jeden Erfolg und kosteten Zeit"},
		},
		{
			name: "replaced number keeps its brackets and full stop",
			a:    "As shown in earlier work [16].",
			b:    "As shown in earlier work [21].",
			want: []string{"replace:16>21"},
		},
		{
			// "Fig." before a bracket ends A's sentence, not B's: the two
			// tails are diffed apart, and what they share at the end stays.
			name: "cut tail replaced, its shared end kept",
			a:    "It does not exceed one grid zone ( Fig. [REF] ) .",
			b:    "It does not exceed one grid zone ( Fig. 5 ) .",
			want: []string{"replace:[REF]>5"},
		},
		{
			// B joins the first and third sentences where the second
			// was: the first stayed, only its full stop changed.
			name: "sentences joined where a moved one was",
			a: "The museum opened near the pyramids. Its area is about half a million square metres. " +
				"It shows the treasures of the king. Can this heritage be preserved?",
			b: "The museum opened near the pyramids; It shows the treasures of the king. " +
				"Can this heritage be preserved? Its area is about half a million square metres.",
			want: []string{"replace:pyramids.>pyramids;", "move:Its area is about half a million square metres.>Its area is about half a million square metres."},
		},
		{
			name: "sentences joined where a moved one was, in German",
			a: para("Das Museum liegt am Fluss. Seine Fläche misst fast eine halbe Million Quadratmeter. Es zeigt die Schätze des Königs.",
				"Der Eintritt ist frei.", "Kann dieses Erbe bewahrt werden?"),
			b: para("Das Museum liegt am Fluss, es zeigt die Schätze des Königs.",
				"Der Eintritt ist frei.", "Kann dieses Erbe bewahrt werden? Seine Fläche misst fast eine halbe Million Quadratmeter."),
			want: []string{"replace:Fluss.>Fluss,", "move:Seine Fläche misst fast eine halbe Million Quadratmeter.>Seine Fläche misst fast eine halbe Million Quadratmeter."},
		},
		{
			name: "rewritten sentence keeps a long shared run",
			a:    "We construct it to be identical to the standard model allowing further interpretation.",
			b:    "A global cost has an advantage: its minimum is identical to the standard model, allowing further interpretation.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustCompare(t, Options{}, tt.a, tt.b)
			got := describe(nonTrivial(r))
			if tt.want == nil {
				// No change may cover the shared run.
				for _, c := range nonTrivial(r) {
					if strings.Contains(c.AText, "identical to the standard model") {
						t.Errorf("change swallows the shared run: %q -> %q", c.AText, c.BText)
					}
				}
				return
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("changes\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestTrimmedTypography: the tokens a trim takes off a change are equal
// by their keys, not always in their bytes; how they differ stays, as a
// trivial change.
func TestTrimmedTypography(t *testing.T) {
	tests := []struct {
		name, a, b string
		opts       Options
		want       []string
	}{
		{
			// A sentence deleted before one whose title the engine cut
			// otherwise: the join with the replacement beside it trims
			// "Sen" off both, which differs in case.
			name: "a title joined with a deletion beside it",
			a:    "It now goes to the House, where its fate is uncertain.\n\nSen. Elizabeth Warren, a Democrat from Massachusetts, called the measure \"a good first step.\" Rep. Jim Jordan of Ohio said House Republicans would not take it up in its current form.",
			b:    "It now goes to the House, where its fate is uncertain.\n\nSEN. Jim Jordan of Ohio said House Republicans would not take it up in its current form.",
			opts: Options{IgnoreCase: true},
			want: []string{"replace:Sen>SEN"},
		},
		{
			// B attaches the opening quote to the sentence before: the
			// quote is deleted at one place and put back at the next.
			name: "an opening quote after a Japanese full stop",
			a:    "増えた。「経済は良い」と述べた。",
			b:    "増えた。“経済は良い”と述べた。",
			want: []string{"replace:「>“", "replace:」>”"},
		},
		{
			name: "an opening quote after a Chinese full stop",
			a:    "他走了。「回家吧」她说。",
			b:    "他走了。“回家吧”她说。",
			want: []string{"replace:「>“", "replace:」>”"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustCompare(t, tt.opts, tt.a, tt.b)
			var got []string
			for _, c := range r.Changes {
				if c.Trivial {
					got = append(got, fmt.Sprintf("%s:%s>%s", c.Kind, c.AText, c.BText))
				}
			}
			slices.Sort(got)
			want := slices.Sorted(slices.Values(tt.want))
			if !slices.Equal(got, want) {
				t.Errorf("trivial changes\n got %q\nwant %q", got, want)
			}
		})
	}
}

// TestDropRestored: a deletion and an insertion of the same tokens next to
// each other are no change.
func TestDropRestored(t *testing.T) {
	e, cs := restoredCase()
	if got := e.dropRestored(cs); len(got) != 0 {
		t.Errorf("got %+v, want nothing", got)
	}
}

// TestDropRestoredJoins: a deletion and an insertion at one place that
// share tokens at either end keep what differs, as one replacement,
// whichever of the two comes first.
func TestDropRestoredJoins(t *testing.T) {
	a, b := "Siehe ( Abb. 7 ) . Danach kam er.", "Siehe ( Abb. 8 ) . Danach kam er."
	as, ae := strings.Index(a, "Abb."), strings.Index(a, " Danach")
	bs, be := strings.Index(b, "Abb."), strings.Index(b, " Danach")
	del := Change{Kind: Delete, AStart: as, AEnd: ae, BStart: bs, BEnd: bs, AText: a[as:ae]}
	ins := Change{Kind: Insert, AStart: as, AEnd: as, BStart: bs, BEnd: be, BText: b[bs:be]}
	for _, order := range [][]Change{{del, ins}, {ins, del}} {
		e := emitterOver(a, b)
		got := describe(e.dropRestored(slices.Clone(order)))
		if want := []string{"replace:7>8"}; !slices.Equal(got, want) {
			t.Errorf("%s first: got %q, want %q", order[0].Kind, got, want)
		}
	}
}

// emitterOver builds an emitter comparing a with b, as a pair's is.
func emitterOver(a, b string) *emitter {
	opts := Options{}
	da := newDocument(context.Background(), a, paragraphs{spans: paragraphSpans(a)}, opts, false)
	db := newDocument(context.Background(), b, paragraphs{spans: paragraphSpans(b)}, opts, false)
	unifyKeys([]*document{da, db}, 0)
	return &emitter{a: da, b: db, ai: 0, bi: 1, keys: newKeyer(opts, false)}
}

// restoredCase builds an emitter over "7. Danach" in both versions and a
// deletion and re-insertion of "7." at its start.
func restoredCase() (*emitter, []Change) {
	text := "Siehe 7. Danach kam er."
	e := emitterOver(text, text)
	s, end := strings.Index(text, "7."), strings.Index(text, "7.")+2
	return e, []Change{
		{Kind: Delete, AStart: s, AEnd: end, BStart: s, BEnd: s, AText: "7."},
		{Kind: Insert, AStart: end, AEnd: end, BStart: s, BEnd: end, BText: "7."},
	}
}

// TestEqualRunsAtMoveEdge: a sentence moved away from a piece the engine
// cuts differently on the two sides (an abbreviation, "Prof." or
// "J.-P.", before a name in A and before the next sentence in B) leaves
// the piece deleted at the edge of the move in A and inserted where it
// stayed in B. The two are not both reported, a short piece as well as a
// long one (after the same words on both sides it did not move), and no
// byte lies in two changes.
func TestEqualRunsAtMoveEdge(t *testing.T) {
	tests := []struct {
		name                                string
		before, piece, moved, edited, after string
		rest                                []string
	}{
		{
			name:   "German, a piece of 31 letters",
			before: "Wir steigen in seinen kleinen Wagen, um den Ausgangspunkt unserer Unternehmung zu erreichen, den Parkplatz oberhalb Rosenlaui, kurz hinter Meiringen.",
			piece:  "Zum Kingspitz Leiter der Gruppe, Prof.",
			moved:  "Keller, Zuerst müssen wir das für unsere Besteigung notwendige Material auswählen, wobei einige wichtige Entscheidungen nötig werden.",
			edited: "Keller, Zuerst müssen wir das für markanten Besteigung notwendige Material auswählen, wobei einige wichtige Entscheidungen nötig werden.",
			after:  "Obgleich uns das Biwakieren im Freien viel Freude macht (wir tun es so oft wie möglich), entschliessen wir uns gleich zu Beginn, in der Hütte zu übernachten.",
			rest: []string{"Das erspart uns Gewicht, weil wir nur eine Nacht in den Bergen zubringen werden.",
				"Der Bau hat bescheidene Ausmasse, die Schlafräume sind merkwürdig ineinandergeschachtelt, und die Küche bildet einen Teil des Aufenthaltsraumes.",
				"Die an der Waldgrenze erbaute Hütte weckt zusammen mit ihrer bukolischen Umgebung im Besucher ein schwer zu beschreibendes Gefühl."},
		},
		{
			name:   "French, a piece of 16 letters",
			before: "Nous remontons ensuite un terrain délité jusqu'au dernier gendarme, le plus sombre, formé de grès nummulitique.",
			piece:  "Tout joyeux, par J.-P.",
			moved:  "Sartre nous parcourons la dernière demi-longueur sur l'arête et atteignons la cime du Hauserhorn.",
			edited: "Sartre nous parcourons la dernière longueur sur l'arête et atteignons la cime du Hauserhorn.",
			after:  "Au sommet il n'est que dix heures, la journée est magnifique, nous pouvons donc nous accorder une longue pause.",
			rest: []string{"A côté de la masse du Mittler Selbsanft, le Tödi trône au sud dans toute sa puissance.",
				"La descente par le versant nord demande encore quelques heures de marche prudente sur le glacier.",
				"Le soir, à la cabane, nous racontons la course aux autres alpinistes arrivés entre-temps."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := strings.Join([]string{tt.before, tt.piece, tt.moved, tt.after}, " ") + "\n\n" + strings.Join(tt.rest, " ")
			b := strings.Join([]string{tt.before, tt.piece, tt.after}, " ") + "\n\n" +
				strings.Join([]string{tt.rest[0], tt.rest[1], tt.edited, tt.rest[2]}, " ")
			r := mustCompare(t, Options{}, a, b)
			checkInvariants(t, r)
			changes := nonTrivial(r)
			var dels, ins []string
			for _, c := range changes {
				switch c.Kind {
				case Delete:
					dels = append(dels, c.AText)
				case Insert:
					ins = append(ins, c.BText)
				}
			}
			for _, d := range dels {
				if slices.Contains(ins, d) {
					t.Errorf("%q is both deleted and inserted; changes %q", d, describe(changes))
				}
			}
			if !slices.ContainsFunc(changes, func(c Change) bool { return c.Kind == Move && strings.HasPrefix(c.BText, tt.edited[:12]) }) {
				t.Errorf("the moved sentence is not a move: %q", describe(changes))
			}
		})
	}
}

// TestPieceAtMoveEdgeFirstInText: a sentence moved in right after a
// piece cut at an abbreviation ("prof." before a name) at the start of
// the text, or after a paragraph that both versions have unchanged (which
// leave no tokens before the piece to compare), leaves the piece in
// place: it is neither a move nor deleted and inserted.
func TestPieceAtMoveEdgeFirstInText(t *testing.T) {
	const (
		piece = "Dyrektor zamku, prof."
		rest  = "Andrzej Betlej przedstawił nowe trasy zwiedzania. Od przyszłego miesiąca zwiedzający będą mogli wejść do baszty."
		moved = "Droga krajowa nr 8 jest zamknięta między Kłodzkiem a Bardem."
		later = "Zespół pracował w górach przez trzy lata. " + moved + " Legia Warszawa pokonała w niedzielę Lecha Poznań."
	)
	laterB := strings.Replace(later, moved+" ", "", 1)
	for _, before := range []string{"", "Straż pożarna interweniowała w nocy ponad 400 razy. Bilety trzeba rezerwować wcześniej.\n\n"} {
		a := before + piece + " " + rest + "\n\n" + later
		b := before + piece + " " + moved + " " + rest + "\n\n" + laterB
		r := mustCompare(t, Options{}, a, b)
		checkInvariants(t, r)
		changes := nonTrivial(r)
		if len(changes) != 1 || changes[0].Kind != Move || changes[0].AText != moved {
			t.Errorf("before %q: changes %q, want only the move of %q", before, describe(changes), moved)
		}
	}
}

// TestListNumberAtMoveEdge: a sentence moved in right after a list
// number ("7.") takes the number along at its edge, too short for a
// seed; the number, deleted where it was and inserted at the edge of
// the move, stayed in place and is no change. Numbers whose order
// changed ("7 8" -> "8 7") did not stay in place.
func TestListNumberAtMoveEdge(t *testing.T) {
	const (
		before = "Nach ihrer Rückkehr hat die Expedition der Regierung von Nepal einen genauen Expeditionsbericht vorzulegen."
		item   = "Die Expedition hat im voraus einen genauen Plan zu unterbreiten, welche Route innerhalb von Nepal begangen werden soll."
		moved  = "Zum Glück wird der Menschenstrom langsam etwas dünner, das Völkchen der Träger und Händler beginnt zu verschwinden."
		march  = "Die Träger tragen schwere Lasten über die Pässe. Am Abend erreichen wir das Dorf am Fusse des Berges."
		climb  = "Der Weg führt durch Wälder und über Brücken. Die Luft wird dünner, je höher wir steigen."
	)
	for _, tc := range []struct {
		numA, numB string
		want       []string
	}{
		{"7.", "7.", []string{"move:" + moved + ">" + moved}},
		{"7 8", "8 7", []string{"move:" + moved + ">8 7 " + moved, "insert:>8 7", "delete:7 8>"}},
	} {
		a := before + " " + tc.numA + " " + item + "\n\n" + march + "\n\n" + moved + " " + climb
		b := before + " " + tc.numB + " " + moved + " " + item + "\n\n" + march + "\n\n" + climb
		r := mustCompare(t, Options{}, a, b)
		checkInvariants(t, r)
		if got := describe(nonTrivial(r)); strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q -> %q: changes\n got %q\nwant %q", tc.numA, tc.numB, got, tc.want)
		}
	}
}

func TestSpliceInPlace(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	for range 2000 {
		n := rng.IntN(12)
		s := make([]int, n, n+rng.IntN(6))
		for i := range s {
			s[i] = i * 10
		}
		repl := map[int][]int{}
		for k := range s {
			if rng.IntN(3) == 0 {
				p := make([]int, rng.IntN(4))
				for i := range p {
					p[i] = 1000 + k*10 + i
				}
				repl[k] = p
			}
		}
		tail := make([]int, rng.IntN(3))
		for i := range tail {
			tail[i] = -1 - i
		}
		var want []int
		for k, v := range s {
			if p, ok := repl[k]; ok {
				want = append(want, p...)
			} else {
				want = append(want, v)
			}
		}
		want = append(want, tail...)
		in := fmt.Sprint(s, repl, tail, cap(s))
		if got := spliceInPlace(s, repl, tail); !slices.Equal(got, want) {
			t.Fatalf("spliceInPlace(%s) = %v, want %v", in, got, want)
		}
	}
}

// TestMoveEditsStayInTheirMoves: a deletion inside one moved passage and
// an insertion inside another, sharing their last tokens, are not joined
// into one replacement across the moves, which would share bytes with
// them (found by a randomized run over numbers, dashes, Turkish letters,
// Roman numerals and ideographs).
func TestMoveEditsStayInTheirMoves(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		opts Options
	}{
		{"ı’XIV 2024 delta'. 四10012the ١٢ eta٫Işık٣. . KIRMIZI .",
			"KIRMIZI . 四10012the ıon١٢ ١٢ . MIX\u00a0. ı’XIV 2024 eta٫Işık٣.", Options{IgnoreCase: true}},
		{"12四the–十- 12 BB'- IIVthe. \u00a0٣,kırmızı- CLI5 –100, . . 20241gammaışıketa’٫. ๔IIV. ",
			"20241gammaışıketa’٫. \u00a0٣,kırmızı- CLI5 –100, . ๔’ 四. 12四the–十- 12 BB'- IIVthe. ๔IIV. ", Options{Languages: []string{"tr", "tr"}}},
		{"CLI十四'I MIX 1    ,  , ı. ٥ 5 . .  . .  ’ , mat IV 345CLICLI 11–Kirmizi١٢delta −๔1CLI . . 123 १२ XIV ๔ '१२ gamma",
			"123 १२ XIV the '१२ gamma ٥ 5 . .  . .  ’ , mat IV 345CLICLI 11–Kirmizi١٢delta −๔1CLI . MIXKIRMIZI−. CLI十四'I MIX 1    ,  , ı. ",
			Options{IgnoreCase: true, Languages: []string{"en", "en"}}},
	} {
		checkMovesApart(t, mustCompare(t, tc.opts, tc.a, tc.b))
	}
}
