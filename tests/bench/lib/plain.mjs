// The plain-HTML reference: the same room's quotes as one static page, system fonts, a few
// lines of inline CSS, no JavaScript, no web font, no image. What the exhibition is compared to.
import fs from 'node:fs';
import path from 'node:path';

// What the page is made of, from data/rooms/<room>.json and data/speakers.json (their schemas are in
// data/schema/, checked by `npm run content:check`).
/** @typedef {{ original: string, corrected: string }} Correction */
/**
 * @typedef {{
 *   id: string, speaker: string, text: string, corrections?: Correction[], attribution: { confidence: string },
 * }} RoomCard
 */
/** @typedef {{ id: string, title: string, intro: string, heading?: string | { text: string }, cards: RoomCard[] }} Room */
/** @typedef {{ id: string, name?: string, role?: string | null, organisation?: string | null }} Speaker */

/** @type {Record<string, string>} */
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** @param {unknown} s */
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ENTITIES[c]);

/**
 * The quote as the curators read it: the verbatim text with its corrections applied (as the app does).
 * @param {RoomCard} card
 */
const corrected = (card) => (card.corrections ?? []).reduce((t, c) => t.replace(c.original, c.corrected), card.text);

/**
 * Text to HTML: paragraphs on blank lines, line breaks, `^{sup}` as superscript.
 * @param {string} text
 */
function inline(text) {
  return text
    .split(/\n{2,}/)
    .map(
      (p) =>
        `<p>${esc(p)
          .replace(/\^\{([^}]*)\}/g, '<sup>$1</sup>')
          .replace(/\n/g, '<br>')}</p>`,
    )
    .join('');
}

/**
 * @param {string} projectDir
 * @param {string} roomId
 */
export function readRoom(projectDir, roomId) {
  const room = /** @type {Room} */ (
    JSON.parse(fs.readFileSync(path.join(projectDir, 'data/rooms', `${roomId}.json`), 'utf8'))
  );
  const speakers = /** @type {{ speakers: Speaker[] }} */ (
    JSON.parse(fs.readFileSync(path.join(projectDir, 'data/speakers.json'), 'utf8'))
  ).speakers;
  return { room, speakers: new Map(speakers.map((s) => [s.id, s])) };
}

/**
 * The room's quotes as one static page. With `firstCard`, that card's quote comes first (a card's
 * own page: the open card is what its first screen shows), the room's after it.
 */
/**
 * @param {string} projectDir
 * @param {string} roomId
 * @param {{ firstCard?: string }} [options]
 */
export function plainRoomHtml(projectDir, roomId, { firstCard } = {}) {
  const { room, speakers } = readRoom(projectDir, roomId);
  const heading = typeof room.heading === 'string' ? room.heading : room.heading?.text;
  // An unknown firstCard leaves an undefined first: thrown just below.
  const cards = /** @type {RoomCard[]} */ (
    firstCard
      ? [room.cards.find((c) => c.id === firstCard), ...room.cards.filter((c) => c.id !== firstCard)]
      : room.cards
  );
  if (cards.some((c) => !c)) throw new Error(`no card ${firstCard} in room ${roomId}`);
  const figures = cards
    .map((card) => {
      const sp = speakers.get(card.speaker);
      const role = [sp?.role, sp?.organisation].filter(Boolean).join(', ');
      return (
        `<figure><blockquote>${inline(corrected(card))}</blockquote>` +
        `<figcaption><b>${esc(sp?.name ?? 'Participant non nommé')}</b>${role ? `, ${esc(role)}` : ''}</figcaption></figure>`
      );
    })
    .join('\n');
  return plainPage(
    room.title,
    room.intro,
    `<h1>${esc(room.title)}</h1>
${heading ? `<p><i>${esc(heading)}</i></p>\n` : ''}<p>${esc(room.intro)}</p>
${figures}`,
  );
}

const css =
  'body{margin:0 auto;max-width:42rem;padding:1rem;font:1.125rem/1.5 system-ui,sans-serif;color:#1d1b16;background:#f4efe4}' +
  'h1{font-size:2rem;margin:.5rem 0}figure{margin:1.5rem 0;padding:1rem;background:#fff;border-radius:.75rem}' +
  'blockquote{margin:0;font:1.25rem/1.45 Georgia,serif}blockquote p{margin:0 0 .5rem}figcaption{font-size:1rem;color:#4a4538}';

/**
 * A plain page: system fonts, a few lines of inline CSS, no script, no web font, no image.
 * @param {string} title
 * @param {string} description
 * @param {string} main
 */
function plainPage(title, description, main, lang = 'fr') {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · référence HTML simple</title>
<meta name="description" content="${esc(description)}">
<link rel="icon" href="data:,">
<style>${css}</style>
</head>
<body>
<main>
${main}
</main>
</body>
</html>
`;
}

/**
 * Any prerendered page's own text as a plain page (for pages whose content is not a room's quotes,
 * the hall): its <main> without scripts, styles, images, SVG, buttons or attributes (links keep
 * their address, text its language).
 * @param {string} html
 */
export function plainFromPage(html) {
  const title = html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '';
  const main = html.match(/<main\b[^>]*>([\s\S]*)<\/main>/)?.[1];
  if (main === undefined) throw new Error('no <main> in the page');
  const text = main
    .replace(/<(script|style|svg|button|template)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<img\b[^>]*>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<([a-zA-Z][\w-]*)\b([^>]*)>/g, (_, /** @type {string} */ tag, /** @type {string} */ attrs) => {
      const keep = [...attrs.matchAll(/\s(href|lang|dir)="([^"]*)"/g)].map((m) => ` ${m[1]}="${m[2]}"`).join('');
      return `<${tag}${keep}>`;
    });
  // The page's title, description and language as they are (already escaped in the page).
  const description = html.match(/<meta name="description" content="([^"]*)"/)?.[1] ?? '';
  const lang = html.match(/<html lang="([^"]*)"/)?.[1] ?? 'fr';
  return plainPage('', '', text, lang)
    .replace('<title> · ', `<title>${title} · `)
    .replace('content=""', `content="${description}"`);
}

/**
 * Writes <dir>/<name>/index.html with the given HTML and returns its path.
 * @param {string} dir
 * @param {string} name
 * @param {string} html
 */
export function writePlain(dir, name, html) {
  const file = path.join(dir, name, 'index.html');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, html);
  return file;
}

/**
 * Writes <dir>/<roomId>/index.html and returns its path (served under /plain/<roomId>/).
 * @param {string} projectDir
 * @param {string} roomId
 * @param {string} dir
 */
export function writePlainRoom(projectDir, roomId, dir) {
  const file = path.join(dir, roomId, 'index.html');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, plainRoomHtml(projectDir, roomId));
  return file;
}
