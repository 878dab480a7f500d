/**
 * The Latin-script runs of a right-to-left text (a name, an organisation, an acronym inside
 * Arabic), to be isolated one by one (<bdi>). Left to the bidi algorithm, the brackets and
 * punctuation of a Latin name take the direction of the Arabic around it: they flip, and a line
 * breaks in the wrong place ("Marie Vairon (Sud" at the end of one line, "(PTT" on the next).
 *
 * A run starts at a Latin letter (or at digits written onto one: "2e") and ends at its last
 * Latin letter or digit: the spaces, apostrophes and hyphens in between are its own, the space
 * or comma after it the sentence's. A bracket pair around Latin text with no right-to-left
 * letter belongs to the run ("Sandrine Larizza (CGT France Travail)", "(SNJ)"); a pair around
 * right-to-left text stays outside, the Latin inside it being a run of its own.
 */

export interface BidiRun {
  text: string;
  /** Latin-script text, to isolate. */
  latin: boolean;
}

/**
 * What no run goes across: letters and digits of other scripts, Arabic punctuation (، ؛ ؟) and
 * marks, line breaks, bidi controls.
 */
const BREAKS =
  /((?:[^\P{L}\p{sc=Latn}]|[^\P{Nd}0-9]|[\p{scx=Arab}\p{scx=Hebr}\n\r\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069])+)/u;
const LATIN = /\p{sc=Latn}/u;
const LATIN_OR_DIGIT = /[\p{sc=Latn}0-9]/u;
const MARK = /\p{M}/u;
const PAIRS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '«': '»', '‹': '›' };

/** The text cut into Latin runs and what lies between them; joined again, they are the text. */
export function latinRuns(text: string): BidiRun[] {
  const runs: BidiRun[] = [];
  const add = (piece: string, latin: boolean) => {
    const last = runs[runs.length - 1];
    if (!piece) return;
    if (last && !last.latin && !latin) last.text += piece;
    else runs.push({ text: piece, latin });
  };
  // Between two breaks, one run at most, from its first Latin letter to its last. A bracket pair
  // around Arabic holds a break: matched in neither segment, its brackets stay outside any run.
  text.split(BREAKS).forEach((segment, i) => {
    const run = i % 2 === 0 && runIn(segment);
    if (!run) return add(segment, false);
    add(segment.slice(0, run[0]), false);
    add(segment.slice(run[0], run[1]), true);
    add(segment.slice(run[1]), false);
  });
  return runs;
}

/** Where the run of a segment without breaks starts and ends, if it has one. */
function runIn(segment: string): [number, number] | undefined {
  const first = /[0-9]*\p{sc=Latn}/u.exec(segment);
  if (!first) return undefined;
  let start = first.index;
  let end = start;
  // Bracket pairs, matched as the bidi algorithm matches them (BD16): a closing bracket pairs
  // with the nearest open one of its kind, closing any opened after it.
  const open: { at: number; closer: string }[] = [];
  for (let at = 0; at < segment.length; at++) {
    const char = segment[at]!;
    if (LATIN_OR_DIGIT.test(char) || (MARK.test(char) && end === at)) end = at + 1;
    const closer = PAIRS[char];
    if (closer) open.push({ at, closer });
    let match = open.length - 1;
    while (match >= 0 && open[match]!.closer !== char) match--;
    if (match < 0) continue;
    const opener = open[match]!.at;
    open.length = match;
    // Around Latin: in the run. Around none ("(2024)"): in the run that holds its opener.
    if (LATIN.test(segment.slice(opener, at))) start = Math.min(start, opener);
    if (opener >= start) end = at + 1;
  }
  return [start, end];
}
