// `npm run og`: draws the preview images of chat apps and social networks (1200×630), one per
// room and one for the hall, into public/og/, with Debian's Chromium: the room's title and one of
// its quotes with who said it; and for the room's cards, its title and its voices. Run after
// editing titles, quotes or speakers.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** @typedef {import('../bench/lib/plain.mjs').Room} Room */
/** @typedef {import('../bench/lib/plain.mjs').RoomCard} RoomCard */
/** @typedef {import('../bench/lib/plain.mjs').Speaker} Speaker */

const rooms = ['environnement', 'education', 'travail', 'culture', 'information'].map(
  (id) =>
    /** @type {Room} */ (JSON.parse(readFileSync(new URL(`../../data/rooms/${id}.json`, import.meta.url), 'utf8'))),
);
/** @type {Record<string, string>} */
const colours = {
  environnement: '#2d6a3e',
  education: '#1d4f91',
  travail: '#a3361f',
  culture: '#6d3a9c',
  information: '#7a5200',
};
const speakers = new Map(
  /** @type {{ speakers: Speaker[] }} */ (
    JSON.parse(readFileSync(new URL('../../data/speakers.json', import.meta.url), 'utf8'))
  ).speakers.map((s) => [s.id, s]),
);
/**
 * Who said it, as a bubble's caption says it: name, role, organisation.
 * @param {RoomCard} card
 */
const who = (card) => {
  const s = speakers.get(card.speaker);
  return s ? [s.name, s.role, s.organisation].filter(Boolean).join(', ') : 'Participant non nommé';
};
/**
 * A short quote of the room whose speaker is certain and whose text needs no correction.
 * @param {Room} room
 */
const pick = (room) =>
  room.cards.find(
    (c) =>
      c.attribution.confidence === 'certain' && !c.corrections?.length && c.text.length > 40 && c.text.length < 110,
  ) ?? room.cards[0];
/** @param {string} s */
const escape = (s) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
/**
 * @param {string} title
 * @param {string} inside
 * @param {string} colour
 */
const card = (title, inside, colour) => `<!doctype html><meta charset="utf-8"><style>
body{margin:0;width:1200px;height:630px;background:#f4efe4;font-family:Georgia,serif;color:#1f1b16;display:grid;grid-template-rows:auto 1fr auto;padding:56px 72px;box-sizing:border-box}
.k{font:700 26px system-ui,sans-serif;letter-spacing:.12em;text-transform:uppercase;color:#4d443a}
h1{font-size:96px;margin:10px 0 0;color:${colour};line-height:1}
figure{margin:28px 0 0;padding:28px 36px;background:#fffdf8;border:4px solid #1f1b16;border-radius:28px;box-shadow:10px 10px 0 ${colour};align-self:start}
blockquote{margin:0;font-size:38px;line-height:1.3}
figcaption{margin-top:14px;font:700 24px/1.3 system-ui,sans-serif;color:#4d443a}
.f{font:700 24px system-ui,sans-serif;color:#4d443a}</style>
<div class="k">Contre-sommet de l'IA · Paris, 10 février 2025</div><div><h1>${escape(title)}</h1><figure>${inside}</figure></div><div class="f">Une exposition : qui a dit quoi, en ses propres mots</div>`;
/**
 * A quote and who said it: a room's (and the hall's) own preview.
 * @param {string} quote
 * @param {string} speaker
 */
const quoted = (quote, speaker) =>
  `<blockquote>« ${escape(quote)} »</blockquote><figcaption>— ${escape(speaker)}</figcaption>`;
/**
 * The voices of a room, no quote: the preview of each of its cards, whose own words are in the
 * preview's text (a quote of someone else beside them would pass for theirs).
 * @param {Room} room
 */
const voices = (room) => {
  const ids = [...new Set(room.cards.map((c) => c.speaker))];
  const names = ids.map((id) => speakers.get(id)?.name).filter(Boolean);
  const unnamed = ids.length - names.length;
  const shown = names.slice(0, 5);
  const more = names.length - shown.length + unnamed;
  const list =
    shown.join(', ') +
    (more === 0 ? '' : unnamed === more && unnamed === 1 ? ' et une voix non nommée' : ` et ${more} autres voix`);
  return `<blockquote>${escape(list)}</blockquote><figcaption>Les voix de la salle</figcaption>`;
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
// The hall's quote, chosen by hand: a card of the first room (a renamed card fails here).
const hallCard = /** @type {RoomCard} */ (rooms[0].cards.find((c) => c.id === 'montmarin-moyen-pas-une-fin'));
const shots = [
  ['hall', 'Contre-sommet de l’IA', quoted(hallCard.text, who(hallCard)), '#1f1b16'],
  ...rooms.flatMap((room) => [
    [room.id, room.title, quoted(pick(room).text, who(pick(room))), colours[room.id]],
    [`${room.id}-voices`, room.title, voices(room), colours[room.id]],
  ]),
];
for (const [name, title, inside, colour] of shots) {
  await page.setContent(card(title, inside, colour));
  await page.screenshot({ path: new URL(`../../public/og/${name}.png`, import.meta.url).pathname });
  console.log(`public/og/${name}.png`);
}
await browser.close();
