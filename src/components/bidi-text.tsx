import { isRtl } from '@/config/languages';
import { latinRuns } from '@/lib/bidi-runs';

/**
 * A text written in `lang`. In a right-to-left language, each Latin-script run in it (a name,
 * an organisation, an acronym: src/lib/bidi-runs.ts) is isolated in a <bdi>, so that its
 * brackets and punctuation stay where they belong. Text only, never HTML.
 */
export function BidiText({ text, lang }: { text: string; lang: string }) {
  if (!isRtl(lang)) return text;
  return latinRuns(text).map((run, i) => (run.latin ? <bdi key={i}>{run.text}</bdi> : run.text));
}
