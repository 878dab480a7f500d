/**
 * What a screen reader meets, on each kind of page of the route table (dist-ssr/pages.json), in
 * French, English and Arabic (right to left):
 *
 * - landmarks: a banner, a main, a contentinfo and at least one navigation; exactly one h1;
 *   an open card is a modal dialog named by its title, the page behind it out of reach (inert);
 * - moving to another room or page is announced: focus lands on the new page's h1;
 * - a card is a figure holding a blockquote and a figcaption, on the wall and open;
 * - in a translated page, the French original carries lang="fr" (the quotes' originals, an
 *   untranslated quote, the transcript's room heading, the hall's title, the verbatim record),
 *   and in Arabic it is laid out left to right;
 * - decorative motion is hidden from assistive technology: counting figures, the attract loop,
 *   anything that animates without end, the dialog's backdrop, the marks beside the doors.
 */
import type { Page } from '@playwright/test';
import { expect, readRoom, readRooms, roomPath, shown, test, ui, urlOf } from './fixtures';
import { goInApp, pageKinds, readPages, startKiosk, waitForApp } from './a11y-helpers';

const pages = readPages();
const rooms = readRooms();

test.use({
  contextOptions: { reducedMotion: 'reduce' },
  serviceWorkers: 'block',
  allowedConsole: [/^Service Worker registration blocked by Playwright$/],
});

interface Structure {
  banners: number;
  mains: number;
  contentinfos: number;
  navigations: number;
  h1s: number;
}

/** Landmarks and h1 as assistive technology sees them (inert and hidden content left out). */
async function structure(page: Page): Promise<Structure> {
  return {
    banners: await page.getByRole('banner').count(),
    mains: await page.getByRole('main').count(),
    contentinfos: await page.getByRole('contentinfo').count(),
    navigations: await page.getByRole('navigation').count(),
    h1s: await page.locator('h1').count(),
  };
}

for (const lang of ['fr', 'en', 'ar']) {
  test(`landmarks and one h1 on every kind of page (${lang})`, async ({ page }) => {
    const types = pageKinds(pages, lang);
    expect(types.map((t) => t.kind).sort()).toEqual(
      [
        'about',
        'catalogue',
        'collection',
        'figures',
        'hall',
        'open card',
        'room',
        'search',
        'speaker',
        'speakers',
        'translations',
      ].sort(),
    );
    const problems: string[] = [];
    for (const [i, { kind, path }] of [...types, { kind: 'not-found', path: `/${lang}/salle-inconnue/` }].entries()) {
      // The first page and the open card (same room, same h1 as the room before it) by their
      // URL, the others in the app.
      if (i === 0 || kind === 'not-found' || kind === 'open card') {
        await page.goto(path);
        await waitForApp(page, path);
      } else {
        await goInApp(page, path);
      }
      const found = await structure(page);
      if (kind === 'open card') {
        // A modal dialog: the page behind (banner, footer, room) is inert, out of reach.
        const dialog = page.getByRole('dialog');
        await expect(dialog, `${path}: one dialog`).toHaveCount(1);
        await expect(dialog).toHaveAttribute('aria-modal', 'true');
        await expect(dialog).toHaveAccessibleName(/.+/);
        expect(await dialog.getByRole('navigation').count(), `${path}: navigation inside the card`).toBeGreaterThan(0);
        const inert = await page.evaluate(() =>
          ['header.site-header', 'footer.site-footer', '.room__content'].map((s) =>
            Boolean(document.querySelector(s)?.closest('[inert]')),
          ),
        );
        if (inert.includes(false))
          problems.push(`${kind} ${path}: the page behind the card is not inert (${inert.join(', ')})`);
        if (found.mains !== 1) problems.push(`${kind} ${path}: ${found.mains} main landmarks`);
      } else {
        const expected: Structure = { banners: 1, mains: 1, contentinfos: 1, navigations: found.navigations, h1s: 1 };
        if (JSON.stringify(found) !== JSON.stringify(expected) || found.navigations < 1)
          problems.push(`${kind} ${path}: ${JSON.stringify(found)}`);
      }
      if (found.h1s !== 1) problems.push(`${kind} ${path}: ${found.h1s} h1 elements`);
    }
    expect(problems, 'one banner, main, contentinfo, at least one navigation and one h1 per page').toEqual([]);
  });
}

test('moving to another room or page is announced: focus goes to the new h1', async ({ page }) => {
  const [first, second] = rooms;
  await page.goto('/fr/');
  await waitForApp(page);
  // A door of the hall, by pointer.
  await page
    .getByRole('navigation', { name: ui('fr', 'hall.planTitle') })
    .getByRole('link')
    .first()
    .click();
  await expect(page).toHaveURL(urlOf(roomPath('fr', first!.id)));
  await expect(page.getByRole('heading', { level: 1, name: first!.title })).toBeFocused();
  // The next room, by pointer.
  await page
    .getByRole('navigation', { name: ui('fr', 'room.navLabel') })
    .getByRole('link', { name: new RegExp(`^${ui('fr', 'room.next')}`) })
    .click();
  await expect(page).toHaveURL(urlOf(roomPath('fr', second!.id)));
  await expect(page.getByRole('heading', { level: 1, name: second!.title })).toBeFocused();
  // By keyboard shortcut.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 1, name: rooms[2]!.title })).toBeFocused();
  // Back to the hall, then a page beyond the rooms.
  await page.keyboard.press('h');
  await expect(page).toHaveURL(urlOf('/fr/'));
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.getByRole('link', { name: new RegExp(`^${ui('fr', 'explore.speakers.name')}`) }).click();
  await expect(page).toHaveURL(urlOf('/fr/intervenants/'));
  await expect(page.getByRole('heading', { level: 1, name: ui('fr', 'speakers.title') })).toBeFocused();
  // Nothing moves focus on the first page of a visit: the browser starts at the top.
  await page.goto('/fr/chiffres/');
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).not.toBeFocused();
});

test('a card is a figure with a blockquote and a figcaption, on the wall and open', async ({ page }) => {
  const room = rooms[3]!;
  await page.goto(roomPath('en', room.id));
  await waitForApp(page);
  const shape = () =>
    page.locator('figure.bubble').evaluateAll((figures) =>
      figures.map((f) => ({
        id: f.id || f.className,
        blockquotes: f.querySelectorAll(':scope > blockquote').length,
        figcaptions: f.querySelectorAll(':scope > figcaption').length,
      })),
    );
  const wall = await shape();
  expect(wall).toHaveLength(room.cards.length);
  expect(wall.filter((f) => f.blockquotes !== 1 || f.figcaptions !== 1)).toEqual([]);
  await expect(page.locator('.wall figure')).toHaveCount(room.cards.length);

  await page.locator(`#open-${room.cards[0]!.id}`).click();
  const open = page.getByRole('dialog').locator('figure');
  await expect(open).toHaveCount(1);
  expect(
    await open.evaluate((f) => [
      f.querySelectorAll(':scope > blockquote').length,
      f.querySelectorAll(':scope > figcaption').length,
    ]),
  ).toEqual([1, 1]);
  await expect(page.getByRole('dialog').getByRole('figure')).toHaveAccessibleName(/.+/);
});

for (const lang of ['en', 'ar']) {
  test(`the French original carries lang="fr" in a translated page (${lang})`, async ({ page }) => {
    const problems: string[] = [];
    // French inside a right-to-left page is also laid out left to right, or its punctuation and
    // quotation marks land at the wrong end.
    const frenchLaidOutRtl = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('main [lang="fr"], [role="dialog"] [lang="fr"]')]
          .filter((el) => getComputedStyle(el).direction !== 'ltr')
          .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">`),
      );
    const effectiveLang = (selector: string) =>
      page.evaluate((selector) => {
        const el = document.querySelector(selector);
        return el ? (el.closest('[lang]')?.getAttribute('lang') ?? null) : 'absent';
      }, selector);

    await page.goto(`/${lang}/`);
    await waitForApp(page);
    if ((await effectiveLang('main h1')) !== 'fr')
      problems.push(`/${lang}/: the hall's title (the French original) is not lang="fr"`);
    for (const el of await frenchLaidOutRtl()) problems.push(`/${lang}/: French laid out right to left: ${el}`);

    for (const room of rooms) {
      const path = roomPath(lang, room.id);
      await goInApp(page, path);
      await expect(page.locator('.wall figure')).toHaveCount(room.cards.length);
      const heading = await page
        .locator('.room__heading')
        .getByText(room.heading.text, { exact: true })
        .getAttribute('lang');
      if (heading !== 'fr') problems.push(`${path}: the transcript's heading is lang="${heading}"`);
      for (const el of new Set(await frenchLaidOutRtl()))
        problems.push(`${path}: French laid out right to left: ${el}`);
      for (const card of readRoom(room.id).cards) {
        const quote = shown(lang, `cards.${card.id}.text`, card.text);
        const quoteLang = await effectiveLang(`#quote-${card.id}`);
        if (quoteLang !== quote.lang)
          problems.push(`${path}: quote ${card.id} is lang="${quoteLang}", shows ${quote.lang}`);
      }
    }

    // An open card (the French original is there, one tap away from the wall): the toggle shows
    // the original; the verbatim record is French too.
    const room = rooms[0]!;
    const card = room.cards.find((c) => !shown(lang, `cards.${c.id}.text`, c.text).missing) ?? room.cards[0]!;
    await goInApp(page, `/${lang}/${room.id}/${card.id}/`);
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: ui(lang, 'translation.showOriginal') }).click();
    const original = dialog.locator('.original blockquote');
    await expect(original).toBeVisible();
    await expect(original).toHaveAttribute('lang', 'fr');
    await expect(dialog.locator('.verbatim')).toHaveAttribute('lang', 'fr');
    for (const el of new Set(await frenchLaidOutRtl()))
      problems.push(`open card: French laid out right to left: ${el}`);
    expect(problems).toEqual([]);
  });
}

/** Elements that animate without end, or are marked decorative, and are not hidden from AT. */
async function exposedDecorations(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const hidden = (el: Element) => Boolean(el.closest('[aria-hidden="true"]'));
    const describe = (el: Element) => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">`;
    const endless = document
      .getAnimations()
      .filter((a) => a.effect?.getComputedTiming().iterations === Infinity)
      .map((a) => (a.effect as KeyframeEffect | null)?.target)
      .filter((el): el is Element => Boolean(el));
    const decorative = [
      ...document.querySelectorAll(
        '.count-up, .attract__room, .attract__invite, .dialog-backdrop, .site-header__mark, .door__number, .explore__mark, .listen__icon, .emblem, .not-found__code, .restart__mark, .flip-rtl',
      ),
    ];
    return [...new Set([...endless, ...decorative])].filter((el) => !hidden(el)).map(describe);
  });
}

test('decorative motion is hidden from assistive technology (visitor and kiosk)', async ({ page }) => {
  const problems: string[] = [];
  // With motion: figures count up, bubbles fly in, the card grows out of its bubble.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  for (const path of [
    '/fr/',
    '/fr/chiffres/',
    roomPath('fr', rooms[0]!.id),
    `/fr/${rooms[0]!.id}/${rooms[0]!.cards[0]!.id}/`,
    '/fr/salle-inconnue/',
  ]) {
    await page.goto(path);
    await waitForApp(page, path);
    for (const d of await exposedDecorations(page)) problems.push(`${path}: ${d}`);
  }
  // Figures: each counting number is hidden, and said once, as said on the day, for AT.
  await page.goto('/fr/chiffres/');
  await waitForApp(page);
  const figures = await page.locator('.count-up').evaluateAll((els) =>
    els.map((el) => ({
      hidden: el.getAttribute('aria-hidden'),
      spoken: el.nextElementSibling?.classList.contains('sr-only') ?? false,
    })),
  );
  expect(figures.length).toBeGreaterThan(0);
  expect(figures.filter((f) => f.hidden !== 'true' || !f.spoken)).toEqual([]);

  // The kiosk's attract loop: its slideshow and its blinking invitation are hidden; the screen is one button.
  await page.goto('/?kiosk&idle=86400&tour=2');
  await expect(page.locator('.attract')).toBeVisible();
  for (const d of await exposedDecorations(page)) problems.push(`attract loop: ${d}`);
  await expect(page.locator('.attract').getByRole('button', { name: ui('fr', 'kiosk.touchToStart') })).toHaveCount(1);
  expect(problems).toEqual([]);
});

test('in kiosk mode too: landmarks, one h1, focus on the new room', async ({ page }) => {
  await startKiosk(page);
  const [first, second] = rooms;
  await page
    .getByRole('navigation', { name: ui('fr', 'hall.planTitle') })
    .getByRole('link')
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: first!.title })).toBeFocused();
  expect(await structure(page)).toMatchObject({ banners: 1, mains: 1, contentinfos: 1, h1s: 1 });
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 1, name: second!.title })).toBeFocused();
});
