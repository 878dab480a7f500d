/**
 * Unknown addresses: a helpful not-found page (what is missing, every way back), in the URL's
 * language when there is one.
 */
import { escapeRegExp, expect, readHall, readRooms, roomTitle, testInOneTab as test, ui, urlOf } from './fixtures';

const rooms = readRooms();
const hall = readHall();
const first = rooms[0]!;

// One tab per worker (fixtures.ts), without the service worker. A missing resource may be
// reported by the browser; nothing else may reach the console.
test.use({
  tabOptions: { reducedMotion: 'reduce', serviceWorkers: 'block' },
  allowedConsole: [
    /^(Failed to load resource: the server responded with a status of 404 \(Not Found\)|Service Worker registration blocked by Playwright)$/,
  ],
});

test('/fr/nope/: "Salle introuvable", the five rooms, and a working "Retour au hall"', async ({ page }) => {
  await page.goto('/fr/nope/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Salle introuvable');
  await expect(page).toHaveTitle(/^Salle introuvable · /);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const list = page.getByRole('navigation', { name: 'Les salles' });
  await expect(list.getByRole('link')).toHaveText(rooms.map((r) => r.title));
  await page.getByRole('link', { name: 'Retour au hall' }).click();
  await expect(page).toHaveURL(urlOf('/fr/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hall.title.text);
});

test('/fr/nope/: a room listed on the not-found page opens', async ({ page }) => {
  const room = rooms[2]!;
  await page.goto('/fr/nope/');
  await page.getByRole('navigation', { name: 'Les salles' }).getByRole('link', { name: room.title }).click();
  await expect(page).toHaveURL(urlOf(`/fr/${room.id}/`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(room.title);
});

test('/fr/<room>/nope/: "Citation introuvable" with "Retour à la salle …" and "Retour au hall"', async ({ page }) => {
  await page.goto(`/fr/${first.id}/nope/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Citation introuvable');
  await expect(page).toHaveTitle(/^Citation introuvable · /);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Retour au hall' })).toBeVisible();
  const back = page.getByRole('link', { name: new RegExp(`^Retour à la salle\\s*${escapeRegExp(first.title)}$`) });
  await expect(back).toBeVisible();
  await back.click();
  await expect(page).toHaveURL(urlOf(`/fr/${first.id}/`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
  await expect(page.locator('.wall figure')).toHaveCount(first.cards.length);
});

test('/xx/ (unknown language): not-found page, and the way back leads to the French hall', async ({ page }) => {
  await page.goto('/xx/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Salle introuvable');
  await page.getByRole('link', { name: 'Retour au hall' }).click();
  await expect(page).toHaveURL(urlOf('/fr/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hall.title.text);
});

test('/xx/<room>/ and a too-deep address are not found either', async ({ page }) => {
  await page.goto(`/xx/${first.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/introuvable/);
  await page.goto(`/fr/${first.id}/${first.cards[0]!.id}/extra/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/introuvable/);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('/en/nope/: "Room not found" in English, back to the English hall', async ({ page }) => {
  await page.goto('/en/nope/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Room not found');
  await expect(page).toHaveTitle(/^Room not found · /);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation', { name: ui('en', 'notFound.roomsLabel') }).getByRole('link')).toHaveText(
    rooms.map((r) => new RegExp(`^${escapeRegExp(roomTitle(r, 'en'))}`)),
  );
  await page.getByRole('link', { name: 'Back to the hall' }).click();
  await expect(page).toHaveURL(urlOf('/en/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hall.title.text);
});

test('/en/<room>/nope/: "Quote not found" with "Back to the room …"', async ({ page }) => {
  await page.goto(`/en/${first.id}/nope/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quote not found');
  const title = roomTitle(first, 'en');
  const back = page.getByRole('link', { name: new RegExp(`^Back to the room\\s*${escapeRegExp(title)}`) });
  await back.click();
  await expect(page).toHaveURL(urlOf(`/en/${first.id}/`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
});
