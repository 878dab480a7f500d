// `npm run og`: draws the preview images of chat apps and social networks (1200×630), one per
// room and one for the hall, into public/og/, with Debian's Chromium. Run after editing titles.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const rooms = ['environnement', 'education', 'travail', 'culture', 'information'].map((id) =>
  JSON.parse(readFileSync(new URL(`../../data/rooms/${id}.json`, import.meta.url), 'utf8')),
);
const colours = {
  environnement: '#2d6a3e',
  education: '#1d4f91',
  travail: '#a3361f',
  culture: '#6d3a9c',
  information: '#7a5200',
};
const escape = (s) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const card = (title, quote, colour) => `<!doctype html><meta charset="utf-8"><style>
body{margin:0;width:1200px;height:630px;background:#f4efe4;font-family:Georgia,serif;color:#1f1b16;display:grid;grid-template-rows:auto 1fr auto;padding:56px 72px;box-sizing:border-box}
.k{font:700 26px system-ui,sans-serif;letter-spacing:.12em;text-transform:uppercase;color:#4d443a}
h1{font-size:96px;margin:10px 0 0;color:${colour};line-height:1}
blockquote{margin:28px 0 0;padding:28px 36px;background:#fffdf8;border:4px solid #1f1b16;border-radius:28px;box-shadow:10px 10px 0 ${colour};font-size:38px;line-height:1.3;align-self:start}
.f{font:700 24px system-ui,sans-serif;color:#4d443a}</style>
<div class="k">Contre-sommet de l'IA · Paris, 10 février 2025</div><div><h1>${escape(title)}</h1><blockquote>« ${escape(quote)} »</blockquote></div><div class="f">Une exposition : qui a dit quoi, en ses propres mots</div>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
const shots = [
  ['hall', 'Contre-sommet de l’IA', 'Il faut traiter l’IA toujours comme un moyen et jamais comme une fin.', '#1f1b16'],
  ...rooms.map((room) => [
    room.id,
    room.title,
    room.cards.find((c) => c.text.length > 40 && c.text.length < 110)?.text ?? room.cards[0].text,
    colours[room.id],
  ]),
];
for (const [name, title, quote, colour] of shots) {
  await page.setContent(card(title, quote, colour));
  await page.screenshot({ path: new URL(`../../public/og/${name}.png`, import.meta.url).pathname });
  console.log(`public/og/${name}.png`);
}
await browser.close();
