/**
 * The build as a venue would deploy it: served by a real nginx (Debian's) with the server block
 * of deploy/nginx.conf, on a loopback port. Deep links, status codes, headers, the CSP (no
 * violation on any page) and no request to any other host.
 */
import { expect, test, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitForApp } from './fixtures';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PORT = 4181;
const origin = `http://127.0.0.1:${PORT}`;
let nginx: ChildProcess | undefined;
let prefix = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
  const server = readFileSync(join(root, 'deploy/nginx.conf'), 'utf8')
    .replace(/listen \[::\]:8080;\n/, '')
    .replace('listen 8080;', `listen 127.0.0.1:${PORT};`)
    .replace('root ROOT;', `root ${join(root, 'dist')};`)
    .replaceAll('include HEADERS;', `include ${join(root, 'deploy/security-headers.conf')};`);
  writeFileSync(
    join(prefix, 'nginx.conf'),
    // Started as root (as CI does), nginx runs its worker as an unprivileged user, who cannot read
    // a clone in a private directory (mktemp -d makes one): the test's worker runs as root too.
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}` +
      `daemon off;\nworker_processes 1;\npid ${prefix}/nginx.pid;\nerror_log ${prefix}/error.log warn;\n` +
      `events { worker_connections 256; }\nhttp {\n include /etc/nginx/mime.types;\n default_type application/octet-stream;\n` +
      ` types { application/manifest+json webmanifest; }\n access_log off;\n client_body_temp_path ${prefix}/tmp;\n` +
      ` proxy_temp_path ${prefix}/tmp;\n fastcgi_temp_path ${prefix}/tmp;\n uwsgi_temp_path ${prefix}/tmp;\n scgi_temp_path ${prefix}/tmp;\n${server}\n}\n`,
  );
  const check = spawnSync('nginx', ['-t', '-p', prefix, '-c', join(prefix, 'nginx.conf')], { encoding: 'utf8' });
  expect(check.status, check.stderr).toBe(0);
  nginx = spawn('nginx', ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: 'inherit' });
  // Up to 20 s: a busy test machine can be slow to start it.
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  let log = '';
  try {
    log = readFileSync(join(prefix, 'error.log'), 'utf8');
  } catch {
    // no log written
  }
  throw new Error(`nginx did not start on port ${PORT}${log ? `:\n${log}` : ''}`);
});

test.afterAll(() => {
  nginx?.kill('SIGQUIT');
  rmSync(prefix, { recursive: true, force: true });
});

const rooms = ['environnement', 'education', 'travail', 'culture', 'information'];
const firstCard = (room: string) =>
  JSON.parse(readFileSync(join(root, `data/rooms/${room}.json`), 'utf8')).cards[0].id as string;

test('serves every deep link as its own page, with its content, without JavaScript', async ({ request }) => {
  for (const lang of ['fr', 'en', 'ar']) {
    for (const room of rooms) {
      const card = firstCard(room);
      for (const path of [`/${lang}/${room}/`, `/${lang}/${room}/${card}/`]) {
        const response = await request.get(`${origin}${path}`);
        expect(response.status(), path).toBe(200);
        const html = await response.text();
        expect(html, path).toContain(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`);
        expect(html, path).toMatch(/<figure[^>]*class="bubble/);
        expect(html, path).toContain(`rel="canonical"`);
        // The page's own title and description, not the template's as well.
        expect(html.match(/<title>/g), `${path}: one title`).toHaveLength(1);
        expect(html.match(/<meta\s+name="description"/g), `${path}: one description`).toHaveLength(1);
      }
    }
  }
});

test("gives each page its preview: a room its title, intro and image, a card its speaker's words", async ({
  request,
}) => {
  const meta = (html: string, property: string) =>
    html.match(new RegExp(`<meta property="${property}" content="([^"]*)"`))?.[1];
  // Entities decoded; French typography's no-break spaces (before « : », « ? »…) as spaces.
  const decode = (text: string) =>
    text
      .replace(/[\u00a0\u202f]/g, ' ')
      .replace(/&#x27;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  const speakers = JSON.parse(readFileSync(join(root, 'data/speakers.json'), 'utf8')).speakers as {
    id: string;
    name: string;
  }[];
  for (const room of rooms) {
    const data = JSON.parse(readFileSync(join(root, `data/rooms/${room}.json`), 'utf8'));
    const card = data.cards[0];
    const speaker = speakers.find((s) => s.id === card.speaker)?.name || 'Participant non nommé';
    const roomHtml = await (await request.get(`${origin}/fr/${room}/`)).text();
    expect(decode(meta(roomHtml, 'og:title')!)).toBe(data.title);
    expect(decode(meta(roomHtml, 'og:description')!)).toBe(data.intro);
    const cardHtml = await (await request.get(`${origin}/fr/${room}/${card.id}/`)).text();
    expect(decode(meta(cardHtml, 'og:title')!)).toBe(`${speaker} · ${data.title}`);
    expect(decode(meta(cardHtml, 'og:description')!)).toContain(card.text.slice(0, 20));
    // The room's image shows one of its quotes; a card's, the room's voices, not another quote.
    const images = [meta(roomHtml, 'og:image')!, meta(cardHtml, 'og:image')!].map((url) => new URL(url).pathname);
    expect(images).toEqual([`/og/${room}.png`, `/og/${room}-voices.png`]);
    for (const image of images) {
      const response = await request.get(`${origin}${image}`);
      expect(response.status(), image).toBe(200);
      expect(response.headers()['content-type'], image).toBe('image/png');
    }
  }
});

test('redirects a path without its trailing slash, and answers 404 with the not-found page', async ({ request }) => {
  const redirect = await request.get(`${origin}/fr/travail`, { maxRedirects: 0 });
  expect(redirect.status()).toBe(301);
  expect(redirect.headers().location).toBe('/fr/travail/');
  const missing = await request.get(`${origin}/fr/cuisine/`);
  expect(missing.status()).toBe(404);
  const notFound = await missing.text();
  expect(notFound).toContain('Salle introuvable');
  expect(notFound.match(/<meta\s+name="description"/g), '404.html: one description').toHaveLength(1);
});

test('sends the caching, compression and security headers', async ({ request }) => {
  const page = await request.get(`${origin}/fr/travail/`, { headers: { 'Accept-Encoding': 'gzip' } });
  const headers = page.headers();
  expect(headers['cache-control']).toBe('no-cache');
  expect(headers['content-encoding']).toBe('gzip');
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['content-security-policy']).not.toContain('unsafe-eval');
  expect(headers['content-security-policy']).toContain("connect-src 'self'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  // The one style element of a page (the rules its kind of page uses, put in by
  // scripts/prerender.ts), allowed by its hash among those the header lists, one a kind of page;
  // nothing blocks the first paint: the whole stylesheet and the faces are linked after the text.
  const html = await page.text();
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  expect(styles).toHaveLength(1);
  const hash = `'sha256-${createHash('sha256').update(styles[0]!, 'utf8').digest('base64')}'`;
  const listed = (directive: string) =>
    new RegExp(`${directive} 'self'((?: 'sha256-[^']+')+);`)
      .exec(headers['content-security-policy']!)?.[1]!
      .trim()
      .split(' ');
  expect(listed('style-src')).toContain(hash);
  expect(listed('style-src-elem')).toContain(hash);
  const sheets = [...html.matchAll(/<link rel="stylesheet"(?: crossorigin)? href="([^"]+)">/g)];
  expect(sheets.map((m) => m[1]!.replace(/-[\w-]+\.css$/, ''))).toEqual(['/assets/index', '/assets/fonts']);
  for (const sheet of sheets) expect(html.indexOf(sheet[0])).toBeGreaterThan(html.indexOf('</footer>'));
  const asset = (await page.text()).match(/src="(\/assets\/[^"]+\.js)"/)![1]!;
  const assetHeaders = (await request.get(`${origin}${asset}`)).headers();
  expect(assetHeaders['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(assetHeaders['content-security-policy']).toBeTruthy();
  expect((await request.get(`${origin}/sw.js`)).headers()['cache-control']).toBe('no-cache');
});

/** Records CSP violations and every request a page makes. */
async function watch(page: Page) {
  const violations: string[] = [];
  const hosts = new Set<string>();
  page.on('request', (request) => hosts.add(new URL(request.url()).host));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Refused to load: CSP ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { violations, hosts };
}

test('raises no CSP violation and asks no other host, across languages, rooms and cards', async ({ page }) => {
  test.setTimeout(120_000);
  const { violations, hosts } = await watch(page);
  await page.goto(`${origin}/fr/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const lang of ['fr', 'ar']) {
    for (const room of rooms) {
      await page.goto(`${origin}/${lang}/${room}/`);
      await expect(page.locator('figure.bubble').first()).toBeVisible();
    }
  }
  // Client-side navigation and an open card: the app started by a visitor's first act.
  await waitForApp(page);
  await page
    .getByRole('link', { name: /ouvrir|افتح/i })
    .first()
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.goto(`${origin}/?kiosk&idle=600`);
  await expect(page.locator('.attract')).toBeVisible();
  expect(violations).toEqual([]);
  expect([...hosts]).toEqual([`127.0.0.1:${PORT}`]);
});
