/**
 * French typography for the texts the project writes (UI strings, room introductions, notes): the
 * space a French writer puts before « : ; ? ! » and inside « guillemets » does not break, so that
 * a line never starts with a colon or a closing guillemet. Only an existing space is made
 * non-breaking: nothing is added, and the speakers' own words (the quotes) are never passed here.
 */
const BEFORE: Record<string, string> = {
  ':': '\u00a0', // espace insécable
  '»': '\u00a0',
  ';': '\u202f', // espace fine insécable
  '?': '\u202f',
  '!': '\u202f',
};

export function frenchSpacing(text: string): string {
  return text.replace(/ ([:;?!»])/g, (_, mark: string) => BEFORE[mark]! + mark).replace(/« /g, '«\u00a0');
}

/** The same, on every string of a tree of UI strings. */
export function frenchSpacingDeep<T>(tree: T): T {
  if (typeof tree === 'string') return frenchSpacing(tree) as T;
  if (!tree || typeof tree !== 'object') return tree;
  return Object.fromEntries(Object.entries(tree).map(([key, value]) => [key, frenchSpacingDeep(value)])) as T;
}
