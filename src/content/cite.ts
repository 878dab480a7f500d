import type { Source } from './types.ts';

/**
 * A source as one line of citation: author, « title », outlet, date. Titles stay in their own
 * language and the line is shown as it is in every language (it names what a visitor can look up).
 */
export function citation({ author, title, outlet, date }: Source): string {
  return [author, `« ${title} »`, outlet, date].filter(Boolean).join(', ');
}
