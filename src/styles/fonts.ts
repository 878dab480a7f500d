/**
 * Self-hosted fonts: Fraunces for the voices, Atkinson Hyperlegible Next, designed for
 * legibility, for everything else, Noto Naskh Arabic for Arabic pages.
 *
 * A page is painted first in system fonts sized to match them (the fallback faces of
 * global.css), so its text is readable without waiting for the font files, and no byte of them
 * is on the way to the first quote. The files are fetched once the page has loaded; they take
 * over when the visitor goes to another room, between the room that leaves and the one that
 * comes (src/app/lang-layout.tsx), so the text never moves under the reader's eyes (no layout
 * shift) and the leaving room is not laid out again in them.
 */

/** The class on <html> that switches the font variables of global.css to the self-hosted fonts. */
const WEBFONTS_CLASS = 'webfonts';

/** The faces a page needs at once, with a sample of their script (Latin by default). */
const FACES: [font: string, sample?: string][] = [
  ['1em "Fraunces Variable"'],
  ['1em "Atkinson Hyperlegible Next Variable"'],
];
const ARABIC_FACE: [font: string, sample: string] = ['1em "Noto Naskh Arabic Variable"', 'العربية'];

let loading: Promise<void> | undefined;
let loaded = false;

/** Declares the self-hosted fonts and downloads the faces of the current page's language. */
export function loadWebFonts(): Promise<void> {
  loading ??= import('./webfonts.css').then(async () => {
    const arabic = document.documentElement.lang === 'ar';
    const faces = arabic ? [...FACES, ARABIC_FACE] : FACES;
    await Promise.all(faces.map(([font, sample]) => document.fonts.load(font, sample)));
    loaded = true;
  });
  return loading;
}

/** Switches the page to the self-hosted fonts (call when the page changes anyway). */
export function applyWebFonts(): void {
  document.documentElement.classList.add(WEBFONTS_CLASS);
}

/** Switches to the self-hosted fonts if their files are there (between two rooms). */
export function applyLoadedWebFonts(): void {
  if (loaded) applyWebFonts();
}
