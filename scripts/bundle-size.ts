/**
 * JavaScript a first visit to the main page downloads (the module preloads and imports in
 * build/index.html and what they import statically: first-visit.ts), gzipped, against a budget so it cannot creep. Run after `npm run build`.
 *   npm run size
 * Everything else (chunks prefetched when the page is idle, the Chinese messages, other routes,
 * the training worker) is summed as "later", for information. Exits non-zero when the first visit is over budget.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstVisitChunks } from './first-visit';

/**
 * Issue 15 aims at 60 kB; the first visit is about 69.2 kB. Over half of it is the Svelte and
 * SvelteKit client runtime (about 31 kB with devalue and Kit's router, ~7.4 kB, plus compiled
 * templates). The rest is what the first view shows or needs to read its link: the hardware table
 * and the system panels, the cited figures of the system, LLM and component catalogs the codec
 * validates against, the link codec, the comparison state, and the English messages of that view.
 * The serving, energy, reliability and training model, every other view with its messages
 * (state/estimates.svelte.ts, i18n/*-messages.ts), the diff, the exports, the hardware view's chart,
 * the figures' notes and sources, the formula inspector, a link's notice lines and the training
 * worker are fetched on first use or once the page is idle (src/lib/ui/deferred.ts, lazy.svelte.ts);
 * the Chinese messages load when a reader asks for them.
 * Raising this number is a reviewed change, never a silent one.
 * 2026-12-02, 76 → 80 kB: 73.5 → 79.6 kB for the grouped preset picker with its index of 22 presets
 * and the topology shapes (+1.2 kB), undo/redo and history (+~1 kB), one notice per silent change
 * (+0.6 kB), edited titles, slider keys and the summary hook (+0.5 kB) and more messages. Not yet
 * trimmed; the 2026 presets' data, the summary and the saved list already load later.
 * 2026-12-03, 80 → 74 kB: counted as downloaded (first-visit.ts: +6.5 kB Kit left unlisted, so
 * 79.8 kB was 85.8), then 85.8 → 73.5 kB (75,262-75,266 bytes; chunk names vary by build): the
 * sources and formula inspector on first use (-4.2), the saved-list, model-change, notice and
 * chart messages with their code (-1.8), the energy, cost and reliability formulas apart from
 * their defaults (-1.9), the ratio chart after the table (-3.0), the systems.ts figure notes with
 * their popover (-1.2). The next 0.5 kB up: a 73.5 kB budget would fail on a chunk name.
 * 2026-12-03, 74 → 75 kB: 73.5 → 74.5 kB with each system's serving software field (a.sw, its
 * input declaration and label: +0.9 kB; its prose table stays out, software-values.ts).
 * 2026-12-03, 75 → 69.5 kB: 75.0 → 69.2 kB (76,790 → 70,852 bytes) with no code moved: the first
 * visit's modules ship in two chunks (scripts/first-visit-chunks.mjs) instead of 21, which gzip
 * better together and drop the glue between them. /method and /validation load less too
 * (65.9 → 64.0 kB, 68.1 → 66.2 kB).
 * 2026-12-03, 69.5 → 71 kB: 69.5 → 70.7 kB for two fixes a reader needs before any figure: the
 * opening link decoded in its own task with the page inert until it is applied, so an early edit
 * is no longer lost (+page.ts, Comparison.apply: +0.6 kB once its codec import stopped pulling
 * the codec into every page's chunk, routes/opening-decode.ts), and names stripped of bidi and
 * invisible controls and isolated (<bdi>) in sentences, refused typed values explained (+0.6 kB).
 * Not trimmed yet: the issue's bar is the 73.5 kB it was filed at.
 * 2026-12-03 (evening), 71 → 70.5 kB: 70.2 kB (71,907 bytes) after the draft acceptance left the
 * latency fit out of the first visit (model/inference/draft.ts: -0.7 kB) and refused and held
 * values got their explanation in every field (+0.2 kB). Issue 15's 60 kB is not reached: the
 * Svelte and Kit runtimes alone are ~22 kB of source-mapped code (scripts/bundle-sources.ts:
 * Svelte 11.4, Kit 9.3, devalue 1.1), and the rest is what the first view shows or needs to read
 * its link; 10 kB more would mean the system panels or the codec after the first paint.
 * 2026-12-04, 70.5 → 70.6 kB: 70.4 → 70.6 kB (72,104 → 72,260 bytes) for the scale-up domain a
 * system gets back when its chips are dragged below it and back (Comparison.#domainBeforeChips:
 * +0.1 kB; before, the drag silently left a domain the user never chose) and the names the
 * results table and tabs give a preset at another chip count. No trim found that was not the
 * first view's own code; the next step down is still the system panels after the first paint.
 * 2026-12-04 (later), held at 70.6 kB: 72,260 → 72,273-72,282 bytes. The phone tab strip now
 * scrolls to the open tab (+66 B) and a notice bug in the link codec was fixed; paid for by moving
 * the names of what bounds an estimate, which no first-render component shows, to
 * bound-messages.ts (-84 B). The same source builds to totals up to ±7 bytes apart (Kit's version
 * name is the build's timestamp), so a change that leaves under ~15 bytes of room is not merged: a
 * system card's date kept on one line (+24 B) was dropped for that reason.
 * 2026-12-04 (evening), 72,294 B downloaded → 71,410 B with chunk names and version fixed: the
 * same source still built 11 bytes apart (72,277-72,288), so the budget is now held on code with
 * its content-hash names, Kit's random global and the build's timestamp replaced (below): the
 * same source now measures the same. +13 B for the system card's chip name in the reader's
 * language and its date on one line; +6 B for one more entry in the preload lists (the summary
 * and the inference view share the reasons for no estimate, a chunk of their own). 71,405 B,
 * 72,309-72,320 B downloaded. Room: 5 B.
 * 2026-12-04 (session 17): a chip family for Rubin (+6 B) paid for by spreading the fitted software
 * values into the table; 71,399 B after the inference view's serving line moved its arithmetic
 * into the model (pools.ts chipsInUse). Budget lowered to that, 72,310 B downloaded.
 * 2026-12-04 (session 18): a notice for a value the link never set that followed one it did
 * (+19 B), paid for by moving the footer's sources list and its intro into their own chunk
 * (SourcesBody.svelte, -318 B): 71,119 B, 72,060 B downloaded. Budget lowered to that.
 * 2026-12-04 (session 19): the tab strip's scroll-into-view effect deleted (a phone now shows every
 * tab in a grid): 71,054 B, 71,999 B downloaded. Budget lowered to that.
 * 2026-12-05 (session 20): +30 B for ratios with three significant digits always (0.850× under
 * 0.574×; formatRatio's asWritten for a claim's own figure and axis ticks) and costs with trailing
 * zeros. Moving formatParams, which only lazy views use, to its own module cost 110 B more (a
 * chunk and its imports), so it stays. 71,084 B, 72,020 B downloaded. Then the ratio chart's cost
 * rows say "(lower is better)" as the table's do, the chart's bars now built from the table's rows
 * spread (-8 B): 71,076 B, 72,025 B downloaded. A review then found the cost axis writing
 * "$1.00K" and a zero ratio "0.00×": formatUsd's asWritten and an exact zero as "0×" (+8 B),
 * 71,084 B, 72,031 B downloaded.
 * 2026-12-05 (session 21): +57 B, raised on purpose. A hardware row now writes every system's
 * figure with one SI prefix, its largest's, and 3 digits exactly ("1.24 TFLOP/s per W" beside
 * "0.535", where "535 GFLOP/s per W" read as the larger figure). Tried and dropped: one snippet
 * for the system panel's two source notes (+78 B more, a snippet with parameters compiles
 * larger); the prefix alone without the digits would be +42 B. 71,141 B, 72,093 B downloaded.
 * Then +13 B: a figure under a thousandth of its row's largest keeps its own prefix (one Atlas 350
 * card beside a SuperPoD read "0.00100 EFLOP/s"), found in review. 71,154 B, 72,131 B downloaded.
 * Then the source popover's labels carry their colon in the message (full-width in Chinese):
 * 71,144 B, 72,113 B downloaded. Budget lowered to that. Then +1 B: the workload panel's facts
 * joined with the reader's punctuation (full-width in Chinese), 71,145 B.
 * 2026-12-05 (session 22): -7 B. The space before "(lower is better)", a source's date and the
 * model version moved into their English messages (Chinese brackets and 。 need none), the
 * template whitespace that wrote it gone: 71,138 B, 72,100 B downloaded. Budget lowered to that.
 * Then the formula inspector's "Bound by: …" and a note's extra terms are messages of its lazy
 * catalog (full-width in Chinese; importing the punctuation helper there cost +6 B, a dependency in
 * the first visit's preload map): 71,136 B. Budget lowered to that.
 * Then +12 B, raised on purpose: the links to /method and /validation moved from the footer to the
 * header, where a reader finds them, and a source popover's links leave the Tab order until its
 * badge is opened (a popover shown by focus alone put them in every pass through the inputs; Tab to
 * system B's first slider went from 25 presses to 23 with the two header links). 71,148 B.
 * Then +12 B, raised on purpose: a source badge's hidden "Source for …:" takes the reader's colon
 * (a message, "…的来源：" in Chinese), and GB300's scale-up figure is labelled derived. 71,160 B.
 * Then +10 B, raised on purpose: a number and its unit are joined by a no-break space, so a phone
 * no longer breaks "2.76 / s" or "hop 2 / µs" across lines. 71,170 B.
 * Then +27 B, raised on purpose: a system's serving-precision select no longer promises the
 * workload's precision on a chip without its figure ("As the workload (FP8; no figure on this
 * chip)" on CloudMatrix 384, which the inference view says it serves in INT8). 71,197 B.
 * Then +9 B, raised on purpose: formatValue names every unit again (the chip-time units too), so
 * TypeScript says when a new unit is not handled, instead of a silent default. 71,206 B.
 * Then +10 B, raised on purpose: the unit words in the reader's language are built by one function
 * (ui/unit-words.ts), which the lazy chart and formula chunks import from the first visit's chunk,
 * instead of four copies of the same object (the export costs the bytes). 71,216 B.
 * Then +20 B, raised on purpose: a number field writes a figure under a millionth in e-notation
 * ("9.88e-321"), not as 320 zeros and "988" (a legal 1e-320 % in a 0-100 % field). 71,236 B.
 * Then +9 B, raised on purpose: a field's refusal states whole bounds exactly ("from 128 to
 * 1,048,576", which read "1,048,580" while refusing 1,048,577). 71,245 B.
 * Then +93 B, raised on purpose: English messages give a count noun the form its number takes
 * ("H100 (1 chip)", "1 microbatch per step"; was "1 chips") through one plural placeholder,
 * `{chips:chip|chips}`, in 50 messages and the table's chip unit; it replaces the pairs of
 * singular and plural messages. 71,338 B.
 * Then +19 B, raised on purpose: the same for a system's chip fields (the unit beside the field,
 * what a screen reader hears, the source note: "1 chip") and "1 chip sits idle". 71,357 B.
 * Then +9 B, raised on purpose: the hardware table's cells name their system's slot (slot-a …),
 * so a phone lays a card out as a line per system with its ratio on it. 71,366 B.
 * Then +3 B, raised on purpose: the training scale table says where a layout leaves chips idle
 * ("64 of 72 chips in use"; the lazy chart's import of the punctuation module). 71,369 B.
 * Then +19 B, raised on purpose: Chinese names Chinese vendors as Chinese writes them (华为,
 * 寒武纪, 海光: the system card, the picker's groups and its search) through the data's
 * translations; the saved list's count in full-width brackets. 71,388 B.
 * Then +15 B, raised on purpose: the hardware table's cell labels (a phone's card lines, the
 * formula inspector) name a system by the chips it has, as its header does ("A: HGX H100 (72
 * GPU)"). 71,403 B.
 * Then +36 B, raised on purpose: a slot's letter before a name takes the language's colon
 * ("A：GB200 NVL72" in Chinese, where "A: " read as a typo; the systems table now reads the
 * locale). 71,439 B.
 * Then +20 B, raised on purpose: a link's m that is no version number ("m=NaN") gets its own
 * notice instead of "made with model version NaN" (the codec's test of a whole number). 71,459 B.
 * Then +5 B, raised on purpose: the two parts of the optics count are named apart where the
 * reliability view says where its counts come from (two messages). 71,464 B.
 * Then +15 B, raised on purpose: one system draws no ratio chart (empty axes before); its
 * summary sentences are in the summary's own, lazy chunk. 71,479 B.
 * Then +21 B, raised on purpose: the codec's model-version rule is exported for the model-change
 * note, which had its own copy; the serving-precision option's shorter wording. 71,500 B.
 * Then +26 B, raised on purpose: a link naming systems in later slots than their places
 * ("b=…&d=…", read as a and b) says so (the codec's 'moved-slot' notice); they moved silently.
 * 71,526 B.
 * Then -7 B, lowered: a count a link gives as a fraction ("a.chips=7.5") says it is not a whole
 * number, not "out of range" (+23 B); two messages no code used (field.clampedTo,
 * field.setAssumption) removed (-30 B). 71,519 B.
 * Then -4 B, lowered: the JSON export's report is built in the export chunk. 71,515 B.
 * Then +5 B, raised on purpose: the energy view says why a system has no per-token figures, in a
 * sentence that isolates the system's name (the energy chunk now needs Isolated's shared chunk:
 * one more entry in the first visit's list of what each lazy chunk preloads). 71,520 B.
 * Then +6 B, raised on purpose: a repeated slot key in a link whose systems move ("b=x&b=y&d=z")
 * keeps its duplicate-key notice beside the moved-slot one (found in review). 71,526 B.
 * Then +6 B, raised on purpose: a pinned training layout that needs more HBM than a chip has is
 * refused (model version 14), and the note on an older link checks whether its layout fits, with
 * the training memory model alone (training/fit.ts), not the step model: one more entry in the
 * first visit's list of what the note's lazy chunk preloads. 71,532 B.
 * Then +5 B, raised on purpose: the diff writes tokens/s per facility MW compact, as the energy
 * view does ("2.15 M tokens/s"; in full they ran into the next cell on a phone), with the energy
 * view's formatter (format/count.ts): one more entry in the diff chunk's preload list. 71,537 B.
 * Then +2 B, raised on purpose: an edited chip count leaves the preset's own bracketed count out
 * of the system's title ("HGX H100, edited: 16 chips", not "HGX H100 (8 GPU), edited: …"). 71,539 B.
 * Then +21 B, raised on purpose: the comparison counts wholesale replacements of the scenario
 * (Comparison.replacements), so the cost panel's Rent choice and the rental prices Own set aside
 * end with their scenario; they outlived it, and set-aside prices landed on another link's
 * systems (found in review). A reactive counter with a getter cost 91 B; a plain field, 21 B.
 * 71,560 B.
 * Then +2 B, raised on purpose: a serving layout is written by one formatter (format/
 * serving-layout.ts) in the inference view, /validation and /method, which wrote it three ways
 * ("TP1 · EP32 · DP-attention 32 (32)" beside the view's "TP1 · EP32 · PP1 · DP-attn 32"): one
 * more entry in a preload list. 71,562 B.
 * Then +1 B, raised on purpose: the reliability figures give a domain of optical-switched cubes
 * (TPU) the blast radius of one cube (model version 15; topology-of.ts ocsCubeChips). 71,563 B.
 * Then +85 B, raised on purpose: a source badge's popover, shown on hover or focus, hides on
 * Escape while still hovered or focused (WCAG 1.4.13, dismissible), and one opened by a click
 * closes when focus leaves it (a click elsewhere left it covering the chip slider); its wrapper's
 * id serves the browser test. Its placement is CSS alone: it spans its field's head, where
 * anchored to the badge's right it started off screen in system A's column (a measured flip
 * cost 66 B more; a document listener, 76 B more). 71,648 B.
 * Then +6 B, raised on purpose: the claims view's CSV holds the claim checks (it held the
 * hardware table): the CSV chunk loads the claim checks' chunk, one more preload entry. 71,654 B.
 * Then +1 B, raised on purpose: the exported ratio chart names its reference and draws a legend
 * of its bars' systems (it had neither). 71,655 B.
 * Then +16 B, raised on purpose (review): Escape from a citation link inside a source popover
 * gives focus back to its badge (hidden, the link dropped it to <body>), and a clicked badge takes
 * focus itself, so focus leaving it closes the popover in Safari too. 71,671 B.
 * Then +18 B, raised on purpose (helper-88): once the note on a link's model version has loaded,
 * the notices leave out the codec's version notice, which it replaces ("results now come from
 * version 15" beside "made with version 999, newer than this page's" read as a contradiction).
 * 71,689 B.
 * Then +46 B, raised on purpose (helper-88): the address bar's first write waits until the page's
 * title is in the language asked for: SvelteKit's live region reads the title at that write, and
 * announced the English one on the Chinese page. 71,735 B.
 * Then +21 B, raised on purpose (review): that wait ends after 3 s whatever the catalog does, so
 * a load that stalls never holds the link back. 71,756 B.
 * Then +4 B, raised on purpose (review): the codec says a name it cleaned with a code of its own,
 * `name-cleaned` (the page had guessed it from the key; the CLI and JSON said `adjusted`). 71,760 B.
 * Then +101 B, raised on purpose (helper-92): an edit typed in a field is one undo step, recorded
 * when the field is left (the history's focusout listener): "1.5" typed into 72 chips had passed
 * on 1, which the undo list kept after the field refused 1.5 and went back to 72; and the field's
 * note names the value it kept with that value's unit ("kept 72 chips", not "72 chip"). 71,861 B.
 * Then +23 B, raised on purpose (helper-92): the summary says a limit both systems share once
 * ("both are limited by HBM bandwidth", not "limited by HBM bandwidth (GB200 NVL72: HBM
 * bandwidth)"), and number fields read full-width digits ("１５３６", a Chinese keyboard's
 * full-width mode). 71,884 B.
 * Then +57 B, raised on purpose (review): Undo is offered while a typed edit waits for its field to
 * be left, and records it first (the button had stayed disabled while the link had changed);
 * Back while typing records no half-typed value; a field's note shows only while the value is the
 * one it kept, and a refused edit is not put back over a value Back or an undo moved meanwhile.
 * 71,941 B.
 * Then +75 B, raised on purpose (second review): the history tells a typed edit by where it was
 * made, not where focus is when it is written (a slider moved just before a field took focus had
 * left undo), offers no undo for a typed value equal to the present and no redo while a typed edit
 * waits; a field puts a refused edit back whenever its last value passed on is still in use (a
 * clamped one too), never over a value moved another way, and drops a note about a value no
 * longer in use. 72,016 B.
 * Then +12 B, raised on purpose (third review): a typed edit ends on Enter as when its field is
 * left, and is recorded in a microtask, before a slider's input in the same task joins it (the
 * field's put-back rule went back to the simple one, the other ways of telling its own value
 * from Back's having each failed a review). 72,028 B.
 * Then +24 B, raised on purpose (fourth review): a slider step still waiting for its write is its
 * own undo step when a text field takes focus (typing within 250 ms of it had made the two one),
 * and a field's note is dropped when its value moves while the field has focus. 72,052 B.
 * Then +11 B, raised on purpose (2026-12-06): each claim card states its verdict by the validation
 * rule, so the claims view now shares validation-class.ts with /validation; the rule became a chunk
 * of its own (216 B, loaded later), and the first visit pays only its name in the claims view's
 * preload list. 72,063 B.
 * Then +4 B, raised on purpose (2026-12-06): the summary marks the figures a ratio rests on that
 * are assumed, not published (Helios's power is Rubin's, by assumption); the summary's chunk, loaded
 * after mount, now also preloads the software table's. 72,067 B.
 * Then +41 B, raised on purpose (model version 18): the generic parts rule counts no switch chip
 * where the scale-up has none (a torus, a full mesh); the rule lives in model/deployment.ts, which
 * the first visit loads for the link's deployment inputs (the version's note loads later). 72,108 B.
 * Then +7 B, raised on purpose (review, helper-102): the summary names a carried software fraction
 * only when it is not the prior (a prior equal to a fit would have read "Hopper's fit carried
 * over"); the first visit's chunk exports the prior to the summary's. 72,115 B.
 * Then +30 B, raised on purpose (2026-12-06, helper-104): the hardware view says which systems
 * publish no figure at its precision (Vera Rubin and Helios: no BF16, so their efficiency rows read
 * "—") and offers the one all publish. The hint itself loads a task later with the topology row
 * (compare/hardware-extras.ts); the first visit pays for its await block. 72,145 B.
 * Then +5 B, raised on purpose (2026-12-06, helper-103): a field's note shows refused text as a
 * link's notices show a value (shorten: 40 characters, direction marks as code points); 10 kB
 * pasted had widened the page to 82,000 px, and U+202E reversed the note. 72,150 B.
 * Then +3 B, raised on purpose (2026-12-06, session 36, helper-104): an estimated time keeps 3
 * digits beside the others ("1.30 s" above "1.33 s" in the TTFT column; formatDuration's `exact`,
 * +5 B), paid in part by the precision hint moving under the table (-2 B). Tried: nested the other
 * way round (+8 B). 72,153 B.
 * Then +18 B, raised on purpose (2026-12-06, session 36, helper-106): a system panel's sliders and
 * fields take the panel's title into their accessible names ("Chips per system System A: GB200
 * NVL72"); every panel's read "Chips per system" alike in a screen reader's list of fields (the
 * template string written once, in a derived: twice cost +39 B). 72,171 B.
 * Then +11 B, raised on purpose (2026-12-06, session 36, helper-107): a time's unit is chosen by
 * the figure as written, 0.9996 s being "1.00 s", not "1,000 ms" (formatDuration rounds before
 * it picks; seen more often now that estimated times keep 3 digits). 72,182 B.
 * Then +2 B, raised on purpose (2026-12-06, session 36, helper-106): the diff panel says why a
 * side's serving figures read "—", in the inference view's words (its lazy chunk now lists the
 * shared chunk of those reasons among what it preloads). 72,184 B.
 * Then +97 B, raised on purpose (2026-12-06, session 37, helper-106 leftover): a system panel's
 * other form controls take its title into their names too ("Preset System A: GB200 NVL72",
 * "Serving precision …", "Find a system …", "Reset to preset …", the name and software fields;
 * not the toolbar's buttons, whose toolbar is named per system),
 * six aria-labelledby attributes, ~14 B each (a derived id string cost more, +56 B); the basis
 * select's id, its description set from the precision hint's lazy chunk (a check in the hardware
 * view itself cost +30 B more). 72,281 B.
 * Then +13 B, raised on purpose (2026-12-06, session 37, helper-103 leftover): a link's "m=018"
 * is model version 18, not a version of its own (the page announced changes "since 018", none
 * listed); a shared function for it cost +52 B, written inline in the codec. 72,294 B.
 * Then -14 B (2026-12-06, session 37): a link reads numbers with the fields' parser ("1,536",
 * full-width digits), its own strict pattern gone. 72,280 B.
 * Then +14 B, raised on purpose (2026-12-06, session 37, helper-109): a system panel's "Show all
 * inputs (12 more)" is named with its panel's title too. Tried: the claim cards' verdict factor
 * with the validation tables' class-aware digits (+10 B more, a new import in a lazy chunk
 * listed in the first visit's preload map); left, no claim sits near a class limit. 72,294 B.
 * Then -29 B (2026-12-06, session 38): the chain of drafts (chainAcceptedTokens, and the new
 * chainDraftedTokens the sweep charges with) moved from draft.ts, whose DRAFT_ACCEPTANCE the
 * first visit's serving defaults import, to draft-chain.ts; left in draft.ts the sweep's import
 * had cost +46 B. 72,265 B. Tried: model version 19's note timing an old link's training job
 * to say whether it moved (+59 B: the training estimate in a chunk shared with the claims view,
 * one more preload entry); dropped, as the scale chart moves where the job does not.
 * Then -4 B (2026-12-06, session 38, helper-113): a unitless slider's aria-valuetext trimmed
 * ("4.5", not "4.5 "); gzip found the shorter form. 72,261 B.
 * Then +31 B, raised on purpose (2026-12-06, session 39, helper-116): a link giving a key and its
 * earlier name ("basis=fp8&eff=fp4") reads both and says the old one was overridden (the codec's
 * 'old-key' notice); it said "Unknown setting “eff”", a key the page knows. A name's U+FFFD, what
 * a link cut inside an escape ("%E4%B8") decodes to, is dropped with the name-cleaned notice;
 * it became the system's name silently. 72,292 B.
 * Then +1 B, raised on purpose (2026-12-06, helper-117): model version 20 (disaggregated TTFT
 * charges the pass's KV transfer; drafting holds the draft layer). The first visit's code is
 * unchanged but for MODEL_VERSION, '19' to '20', which gzip stores a byte longer. 72,293 B.
 * Then +45 B, raised on purpose (2026-12-06, session 39, model version 21, helpers 118-119): each
 * LLM preset carries its cited vocabulary (and DeepSeek-R1's and gpt-oss's BF16 routers, a flag),
 * from which the output head and embedding table are derived; the serving assumption of the chips
 * a drafted token's head read is split over. Storing the head, table and router counts per preset
 * instead cost +157 B (+69 B in llms.ts, +71 B to keep them through sanitizeModel, which now
 * passes a preset's fields through by spreading). 72,338 B.
 * Then +1 B, raised on purpose (2026-12-06, session 39, model version 22, helper-121): the output
 * head's FLOPs at the BF16 rate and prefill's head on each prompt's last token only, all in lazy
 * chunks; the first visit's chunks differ only by the version string. 72,339 B.
 * Then -7 B, lowered to what is reached (2026-12-06, session 40): the idle prefetch warms the
 * estimates' workers with one call (Estimates.warm: training's and the new serving worker's, which
 * takes the operating point off the main thread), its two catches now in the lazy chunk. 72,332 B.
 * Then +72 B, raised on purpose (2026-12-07, session 42, helper-124): +51 B for a Cambricon or
 * Hygon system started from a preset's figures being named for them ("Cambricon, from CloudMatrix
 * 384's figures"), in the reader's language; the summary had stated Huawei's figures as
 * "Cambricon (your figures)". +21 B for a refused entry in an empty field saying it kept the field
 * empty (it said "kept enter a price", its placeholder) and the summary's sentence for clusters of
 * different sizes leading with the per-chip ratio; two messages for the empty field had cost
 * +61 B, one word for "the field empty" in the existing sentence +21. 72,404 B.
 * Then +15 B, raised on purpose (2026-12-07, session 42, helper-124): a slider's field with no
 * figure (a rate not published) says a refused entry left it empty ("-5 is not a number from …;
 * kept the field empty"); it emptied the field without a word. 72,419 B.
 * Then -4 B, lowered to what is reached (2026-12-07, session 42, helper-124): a figure's source
 * note says "Changed from the preset value …", not "You changed this …": a rule may have (a
 * domain that follows its system's chips down). 72,415 B.
 * Then +20 B, raised on purpose (2026-12-07, session 43): the what-if list says a scale-up domain
 * the chips took down with them followed the chips ("Scale-up domain size (A) ×0.5, following the
 * chips"); it read as a second edit the reader never made. 72,435 B.
 * Then +245 B, raised on purpose (2026-12-07, session 43, helper-126): a refused entry's note goes
 * once the value in use is typed again (Enter or leaving the field), which fires no `change`; the
 * fields that take entries on `change` left it up (ui/controls/unchanged-entry.ts, one attachment
 * for NumberInput, the efficiency, model-shape and custom-name fields). +47 B is Svelte's
 * {@attach} runtime, used nowhere before (measured with the name field left out, the attachment
 * then in the lazy chunks); the rest the attachment in the first view's chunk, with its use there,
 * for the custom name's field, which the first view shows. 72,680 B.
 * Then +36 B, raised on purpose (2026-12-07, session 43, helper-127's review): Home and End move
 * between the results tabs, as a tab list's keys do (+21 B), and a saved entry or a pasted link
 * opens in the reader's language, not the one it was saved in (+15 B). Carrying the scenario to
 * /method and /validation (their "Compare systems" had opened the default comparison) costs the
 * first visit nothing: those pages read where the reader came from. 72,716 B.
 * Then +111 B, raised on purpose (2026-12-07, helper-131): a figure the reader removed (a link's
 * "none", a field cleared) reads "none (removed)" in the hardware table, not "not cited" as a
 * figure no cited source gives does. +97 B is the model telling the two apart (missing-flops.ts:
 * the preset's figure looked up, a 'removed' reason for compute rates and chip power); +10 B the
 * system panel's emptied field saying "none (removed)" to a screen reader, not "Not published";
 * +4 B the table's word and message (the table now looks its word up by reason). 72,827 B.
 * Then +41 B, raised on purpose (2026-12-07, helper-133): the charts' settings travel in the link
 * (`frontier`, `bands`, `scale`, `scale.tables`, written only when not the default), so a shared or
 * reloaded link draws the chart its sender saw; they were page state and came back as defaults.
 * The codec's table of keys and words and the comparison's setting; the views that use them are
 * lazy. Four maps with a writer each cost +75 B, one table read by both loops +41 B. 72,868 B.
 * Then +4 B, raised on purpose (2026-12-07, helper-134): a link's unknown preset is said to be
 * replaced by the preset's name ("GB200 NVL72"), not its id; a saved entry's deletion undone, the
 * import's honesty about the file's figures and the claims links' m= all load later. Left out:
 * notices titled "…the imported file's link…" after an import (+120 B for a word). 72,872 B.
 * Then +28 B, raised on purpose (2026-12-07, session 44, helper-132): a link's `lang` is read as
 * people write it ("zh-CN", "zh-Hans", "ZH": Chinese), and an empty one as none; "zh-CN" had
 * turned the page English, with a notice, and written lang=en into the link. Tried: a function
 * shared with /method and /validation, which fall back to the browser's language (+36 B alone,
 * +82 B more once their chunk shared it; in i18n/index.ts +104 B). 72,900 B.
 * Then -7 B, lowered to what is reached (2026-12-07, session 44, helper-132): Back keeps the
 * reader's language (it went back with the entry), through the one load() that opening a link
 * also uses now. 72,893 B.
 * Then +300 B, raised on purpose (2026-12-07, helper-136, issue 15 "work is never lost"): the
 * summary's what-if baseline travels in the link (`base=1` and `base.<key>` for each key it holds
 * otherwise), so a reload or a shared link states the same edits since it; it was the summary's
 * own state and a reload lost it. The codec writes and reads it on first visit (a reload opens
 * with it: its notices belong to the opening link), the comparison holds it; working out a
 * baseline's figures from a link is in the lazy summary. Also `frontier.table=1` (one row of the
 * chart keys' table). 73,193 B.
 * Then +56 B, raised on purpose (2026-12-07, helper-137): Ctrl+Z (and Ctrl+Shift+Z, Ctrl+Y) in a
 * number field showing the value in use is the page's undo and redo; the browser's took back the
 * entry's last keystrokes ("144" → "14") and the field passed 14 on as an edit. The history's test
 * and each field's `data-in-use` (the text of the value in use, absent while typing). 73,249 B.
 * Then +86 B, raised on purpose (2026-12-07, helper-137): a custom system's name is taken as
 * typed, so a reload or a link sent mid-typing keeps it; the box keeps the text typed while the
 * name in use is its cleaned form ("My " in use as "My"). Tried: taking only text that cleaning
 * leaves as it is (+58 B), which left the link a keystroke behind ("My R" after "R" was deleted).
 * 73,335 B; with helper-136's change beside them, 4 B less: 73,331 B.
 * Then +127 B, raised on purpose (2026-12-07, helper-139, issue 15 "work is never lost"): a link
 * made by a newer model than the page's (`m=` above MODEL_VERSION) stays in the address bar as it
 * was made while its scenario is unedited, the view following the page, and Copy link, exports
 * and saves give it too; the page's own link (its `m=`, its reading of the keys) had replaced it
 * at once, so a link sent on changed its meaning without a word. It has to be on first visit: the
 * address is written 250 ms after the link is applied, before any lazy chunk is sure to have
 * arrived. Tried first: splitting both links into scenario and view keys (+180 B); now the view
 * is the tail of the page's link. 73,458 B.
 * Then +16 B, raised on purpose (2026-12-07, helper-140): a link's `base.v`, `base.m` and `base.`
 * view keys are unknown keys, not the baseline's (`base.m=1` said "this link was made with model
 * version 1" and migrated the baseline; `base.frontier=x` was "not a valid choice"). Tried: one
 * regex on the whole key (+20 B). 73,474 B.
 * Then +9 B, raised on purpose (2026-12-07, helper-140): a custom system's refused-name note is
 * worded when drawn, so it turns Chinese with the page (it stayed "The field was empty; kept …").
 * Tried: keeping the note as a function, as the lazy panels now do (+14 B). 73,483 B.
 * Then +3 B (2026-12-07, session 45): the frontier and scale tables' <details> are opened from
 * state by an attachment written only when that state changes (controls/details-open.ts); Svelte's
 * `open={…}` was written again by unrelated updates between a click and its toggle event, which
 * then reported the details closed (the frontier table's link key flaked, 2 runs in 6). 73,486 B.
 * Then +37 B, raised on purpose (2026-12-07, session 46): taking or dropping the what-if baseline
 * is an undo step (history snapshots carry it), so a baseline dropped by a slip comes back with
 * Ctrl+Z (helper-140). 73,523 B.
 * Then +53 B, raised on purpose (2026-12-07, session 46): a baseline's link says what its keys
 * change beyond themselves (`base.b.chips=-5` took B's domain down without a notice), its notices
 * kept unless the scenario's keys give the same (a set, for 20,000-key links). 73,576 B.
 * Then +25 B, raised on purpose (2026-12-07, session 46, helper-141): the reader's take or drop of
 * the baseline is its own undo step at once, apart from an edit made within 250 ms of it (Ctrl+Z
 * took back both). Tried: a listener of its own (+30 B). 73,601 B.
 * Then +81 B, raised on purpose (helper-143): a hand-edited baseline link's notices say what the
 * baseline did: the slot a baseline system moves into is the baseline's (`base.a`), a key only
 * the baseline reads is no "ignored" key, and keys are compared in full before being shortened
 * (a long `base.` key repeating a scenario key had no notice). A first version was +106 B. 73,682 B.
 * Then +9 B, raised on purpose (2026-12-07, session 47): the cost, reliability and claims views'
 * Chinese lists space 和 from a figure or Latin name beside it (list-text.ts), as the summary's
 * do; the module, shared with those lazy views, now sits in a chunk the first visit imports.
 * Left out: the system cards and the precision hint (+190 B on first visit). 73,691 B.
 * Then +49 B, raised on purpose (helper-150): three or more systems stack the cards and wrap the
 * hardware table's names by a class set from the number of systems (.layout.stacked, table.many),
 * not by CSS counting sections or header cells with :has(). 73,740 B.
 * Then +27 B, raised on purpose (helper-150): a system card shows its serving precision only on
 * the views it changes (inference, energy and cost; Comparison.showsServing). 73,767 B.
 * Then +239 B, raised on purpose (helper-148): a baseline's notices name a key as the link writes
 * it (`c.chips`, not `base.c.chips`) and are marked `baseline`; a key only the baseline's model
 * reads is `baseline-only-key`; an emptied `base.a` says what the baseline became; the baseline
 * reads the link in place (20,000 `base.` keys: ~15 ms, was ~65). 74,006 B.
 * Then +18 B, raised on purpose (helper-151): its software fraction (a.sw) likewise, and a refused
 * entry's alert goes with the field when the view hides it. 74,024 B.
 * Then +6 B, raised on purpose (helper-153): the summary names a system edited away from its
 * preset as its card does ("CloudMatrix 384, edited"). 74,030 B.
 * Then -6 B, lowered (helper-155): the codec takes what the baseline ignores out of the keys it
 * reads, so an alias only the baseline reads (`eff` beside `basis` and `base.basis=`) is the
 * baseline's, in fewer bytes than the set it replaces. 74,024 B.
 * Then +5 B, raised on purpose (helper-157, under the 74,030 B this session began with): the
 * inference headline imports the summary's why-equal words (summary/equal-words.ts) statically,
 * which names one more chunk in the inference tab's preload list; a dynamic import through the
 * summary's chunk kept the bytes but showed the why a moment after the ratio, and never offline.
 * 74,029 B.
 * 2026-12-08 (session 50): +71 B, raised on purpose: the comparison keeps each part of the scenario
 * (systems, workload, efficiencies, training, operations, the model served) as state of its own,
 * so a workload slider's tick no longer reaches what reads the systems or the model (4,100 → 1,200
 * marked reactions a tick; the tick's main-thread CPU p50 6.1 → 5.1 ms). +148 B at first; the
 * comparison's and history's public deriveds became private ones behind getters (a public derived
 * compiles with a setter; -66 B), and the model's two parts lost their getters (-11 B). 74,100 B.
 * 2026-12-08 (session 50, helper-158): -386 B, lowered: the scenario edits only the lazily loaded
 * views make (workload, model shape, efficiencies, training, joined systems and layout, component
 * counts, prices, operations and failure rates) left the Comparison class for functions in
 * state/scenario-edits.ts, which only those views' chunks import. They set the scenario through
 * two small methods (replaceSection, patchDeployment) that normalise it as the methods did, so
 * each edit reaches the link and undo as before (the edit-link property test calls every one).
 * 73,714 B.
 */
const BUDGET_BYTES = 73_714;

const gz = async (path: string) => gzipSync(await readFile(path), { level: 9 }).length;

/**
 * The same source used to build to totals up to ~11 bytes apart: chunk file names are content
 * hashes (a change in any later chunk renames it, and the first visit imports it by name), Kit's
 * version is the build's timestamp and its global (`__sveltekit_…`) a random name, all
 * incompressible. The budget is held on the code with those replaced by fixed text, so it moves
 * only when the code does; the real download is printed beside it.
 */
const version = JSON.parse(await readFile('build/_app/version.json', 'utf8')).version as string;
const normalized = async (path: string) =>
	gzipSync(
		(await readFile(path, 'utf8'))
			.replaceAll(version, '0'.repeat(version.length))
			.replace(/__sveltekit_[a-z0-9]+/g, '__sveltekit_######')
			.replace(/(?<=[./])[\w-]{8}(?=\.(?:js|css)\b)/g, '########'),
		{ level: 9 }
	).length;

async function* files(dir: string): AsyncGenerator<string> {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* files(path);
		else yield path;
	}
}

const firstVisit = await firstVisitChunks();
let total = 0;
let downloaded = 0;
for (const file of firstVisit) {
	const size = await gz(file);
	downloaded += size;
	total += await normalized(file);
	console.log(`${(size / 1024).toFixed(1).padStart(7)} kB  ${file}`);
}
let later = 0;
for await (const file of files('build/_app'))
	if (file.endsWith('.js') && !firstVisit.has(file)) later += await gz(file);
console.log(
	`Later (prefetched when idle, other pages, training worker): ${(later / 1024).toFixed(1)} kB`
);
const verdict = total <= BUDGET_BYTES ? 'within' : 'OVER';
console.log(
	`First visit JavaScript, gzipped: ${(downloaded / 1024).toFixed(1)} kB (${downloaded} B); with chunk names and the build's version fixed ${total} B, ${verdict} the ${BUDGET_BYTES} B budget`
);
process.exit(total <= BUDGET_BYTES ? 0 : 1);
