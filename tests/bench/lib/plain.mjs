// The plain-HTML reference: the same room's quotes as one static page, system fonts, a few
// lines of inline CSS, no JavaScript, no web font, no image. What the exhibition is compared to.
import fs from 'node:fs';
import path from 'node:path';

const esc = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** The quote as the curators read it: the verbatim text with its corrections applied (as the app does). */
const corrected = (card) => (card.corrections ?? []).reduce((t, c) => t.replace(c.original, c.corrected), card.text);

/** Text to HTML: paragraphs on blank lines, line breaks, `^{sup}` as superscript. */
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

export function readRoom(projectDir, roomId) {
  const room = JSON.parse(fs.readFileSync(path.join(projectDir, 'data/rooms', `${roomId}.json`), 'utf8'));
  const speakers = JSON.parse(fs.readFileSync(path.join(projectDir, 'data/speakers.json'), 'utf8')).speakers;
  return { room, speakers: new Map(speakers.map((s) => [s.id, s])) };
}

export function plainRoomHtml(projectDir, roomId) {
  const { room, speakers } = readRoom(projectDir, roomId);
  const heading = typeof room.heading === 'string' ? room.heading : room.heading?.text;
  const figures = room.cards
    .map((card) => {
      const sp = speakers.get(card.speaker);
      const role = [sp?.role, sp?.organisation].filter(Boolean).join(', ');
      return (
        `<figure><blockquote>${inline(corrected(card))}</blockquote>` +
        `<figcaption><b>${esc(sp?.name ?? 'Participant non nommé')}</b>${role ? `, ${esc(role)}` : ''}</figcaption></figure>`
      );
    })
    .join('\n');
  const css =
    'body{margin:0 auto;max-width:42rem;padding:1rem;font:1.125rem/1.5 system-ui,sans-serif;color:#1d1b16;background:#f4efe4}' +
    'h1{font-size:2rem;margin:.5rem 0}figure{margin:1.5rem 0;padding:1rem;background:#fff;border-radius:.75rem}' +
    'blockquote{margin:0;font:1.25rem/1.45 Georgia,serif}blockquote p{margin:0 0 .5rem}figcaption{font-size:1rem;color:#4a4538}';
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(room.title)} · référence HTML simple</title>
<meta name="description" content="${esc(room.intro)}">
<link rel="icon" href="data:,">
<style>${css}</style>
</head>
<body>
<main>
<h1>${esc(room.title)}</h1>
${heading ? `<p><i>${esc(heading)}</i></p>\n` : ''}<p>${esc(room.intro)}</p>
${figures}
</main>
</body>
</html>
`;
}

/** Writes <dir>/<roomId>/index.html and returns its path (served under /plain/<roomId>/). */
export function writePlainRoom(projectDir, roomId, dir) {
  const file = path.join(dir, roomId, 'index.html');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, plainRoomHtml(projectDir, roomId));
  return file;
}
