/**
 * The pages beyond the rooms: speakers, search, the figures, reading aloud, the catalogue and
 * the About page — reached from the hall, in French and in another language, by a visitor.
 */
import type { Page } from '@playwright/test';
import {
  allCards,
  cardDialog,
  cardPath,
  controlledByServiceWorker,
  escapeRegExp,
  expect,
  readRooms,
  readSpeakers,
  readTranslation,
  roomPath,
  shown,
  speakerName,
  test,
  type Card,
  type Room,
  ui,
  urlOf,
} from './fixtures';

const rooms = readRooms();
const cards = allCards();
const speakers = readSpeakers();

/** Accents off, lower case: what the search must see through. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A word of at least nine letters that appears in one card's text only (accents and case aside),
 * and that `accept` accepts.
 */
function distinctiveWord(
  texts: { card: Card; room: Room; text: string }[],
  accept: (word: string) => boolean = () => true,
) {
  const words = (text: string) => text.match(/\p{L}{9,}/gu) ?? [];
  for (const entry of texts) {
    for (const word of words(entry.text)) {
      if (!accept(word)) continue;
      const folded = fold(word);
      const elsewhere = texts.some((other) => other !== entry && fold(other.text).includes(folded.slice(0, -1)));
      if (!elsewhere) return { ...entry, word };
    }
  }
  throw new Error('no distinctive word in the content');
}

/** Cards whose quote reads as printed (no correction), with their text. */
const uncorrected = cards
  .filter(({ card }) => !card.corrections?.length)
  .map(({ room, card }) => ({ room, card, text: card.text }));

test.describe('reached from the hall', () => {
  test.use({ contextOptions: { reducedMotion: 'reduce' } });

  for (const lang of ['fr', 'ar']) {
    test(`the hall links to every page beyond the rooms, in ${lang}`, async ({ page }) => {
      // Five visits: the machine may be slow.
      test.setTimeout(120_000);
      const pages = [
        ['speakers', `/${lang}/intervenants/`, 'speakers.title'],
        ['figures', `/${lang}/chiffres/`, 'figures.title'],
        ['search', `/${lang}/recherche/`, 'search.title'],
        ['catalogue', `/${lang}/catalogue/`, 'catalogue.title'],
        ['about', `/${lang}/a-propos/`, 'about.title'],
      ] as const;
      for (const [key, path, title] of pages) {
        await page.goto(`/${lang}/`);
        const nav = page.getByRole('navigation', { name: ui(lang, 'explore.title') });
        await nav
          .getByRole('link', { name: new RegExp(`^\\S?\\s*${escapeRegExp(ui(lang, `explore.${key}.name`))}`) })
          .click();
        await expect(page).toHaveURL(urlOf(path));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui(lang, title));
        await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(ui(lang, title))} · `));
      }
      await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    });
  }
});

test.describe('speakers', () => {
  test.use({ contextOptions: { reducedMotion: 'reduce' } });

  test('the list shows every voice, room by room, with their count of quotes', async ({ page }) => {
    await page.goto('/fr/intervenants/');
    for (const room of rooms) {
      const section = page.getByRole('region', { name: room.title });
      const ids = [...new Set(room.cards.map((c) => c.speaker))];
      await expect(section.getByRole('listitem')).toHaveCount(ids.length);
      for (const id of ids) {
        const name = id ? speakers.get(id)!.name : ui('fr', 'speaker.unnamed');
        const count = room.cards.filter((c) => c.speaker === id).length;
        const link = section.getByRole('link', { name: new RegExp(`^${escapeRegExp(name)}`) });
        await expect(link).toContainText(ui('fr', count === 1 ? 'room.count_one' : 'room.count_other', { count }));
      }
    }
  });

  test('a speaker page lists all their quotes, each linking to its card', async ({ page }) => {
    const id = 'marie-vairon';
    const name = speakers.get(id)!.name;
    const theirs = cards.filter(({ card }) => card.speaker === id);
    await page.goto('/fr/intervenants/');
    await page.getByRole('link', { name: new RegExp(`^${escapeRegExp(name)}`) }).click();
    await expect(page).toHaveURL(urlOf(`/fr/intervenants/${id}/`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page.getByRole('figure')).toHaveCount(theirs.length);
    for (const { room, card } of theirs) {
      await expect(page.locator(`a[href="${cardPath('fr', room.id, card.id)}"]`)).toHaveCount(1);
    }
    // Attributions that are not certain say so.
    for (const level of ['probable', 'uncertain'] as const) {
      await expect(page.getByText(ui('fr', `attribution.${level}`), { exact: true })).toHaveCount(
        theirs.filter(({ card }) => card.attribution.confidence === level).length,
      );
    }
    // A quote opens in its room.
    const { room, card } = theirs[0]!;
    await page.locator(`a[href="${cardPath('fr', room.id, card.id)}"]`).click();
    await expect(page).toHaveURL(urlOf(cardPath('fr', room.id, card.id)));
    await expect(cardDialog(page, name)).toBeVisible();
  });

  test('the unnamed participant has a page, and an unknown speaker is not found', async ({ page }) => {
    await page.goto('/fr/intervenants/participant-non-nomme/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui('fr', 'speaker.unnamed'));
    await expect(page.getByRole('figure')).toHaveCount(cards.filter(({ card }) => card.speaker === null).length);
  });

  test.describe('not found', () => {
    test.use({
      allowedConsole: [/^Failed to load resource: the server responded with a status of 404 \(Not Found\)$/],
    });

    test('an unknown speaker id gives the not-found page', async ({ page }) => {
      await page.goto('/fr/intervenants/personne-inconnue/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui('fr', 'notFound.roomTitle'));
      await expect(page.getByRole('link', { name: ui('fr', 'notFound.backToHall') })).toBeVisible();
    });
  });
});

test.describe('search', () => {
  test.use({ contextOptions: { reducedMotion: 'reduce' } });

  test('a French word of a quote, typed without accents in capitals, finds it; the result opens the card', async ({
    page,
  }) => {
    const { room, card, word } = distinctiveWord(uncorrected, (w) => fold(w) !== w.toLowerCase());
    const typed = fold(word).toUpperCase();
    await page.goto('/fr/recherche/');
    await page.getByRole('searchbox', { name: ui('fr', 'search.label') }).fill(typed);
    // The query is in the URL, and the results say how many there are.
    await expect(page).toHaveURL(new RegExp(`/fr/recherche/\\?q=${escapeRegExp(encodeURIComponent(typed))}$`));
    await expect(page.getByRole('status')).toHaveText(/^\d+ résultats? · dans \d+ salles?$/);
    const results = page.getByRole('region', { name: room.title });
    const hit = results
      .getByRole('listitem')
      .filter({ has: page.locator(`a[href="${cardPath('fr', room.id, card.id)}"]`) });
    await expect(hit).toHaveCount(1);
    // The word is highlighted as it is written in the quote.
    await expect(hit.locator('blockquote mark', { hasText: new RegExp(`^${escapeRegExp(word)}$`) })).not.toHaveCount(0);
    await hit.getByRole('link', { name: ui('fr', 'card.openLabel', { speaker: speakerName(card) }) }).click();
    await expect(page).toHaveURL(urlOf(cardPath('fr', room.id, card.id)));
    await expect(cardDialog(page, speakerName(card))).toBeVisible();
  });

  test('an English word of a translated quote, given in the URL, finds it; the result opens the card', async ({
    page,
  }) => {
    expect(readTranslation('en')).toBeDefined();
    const translated = cards
      .map(({ room, card }) => ({ room, card, text: shown('en', `cards.${card.id}.text`, card.text) }))
      .filter((entry) => !entry.text.missing)
      .map((entry) => ({ ...entry, text: entry.text.text }));
    // An English word that is in the French of no card.
    const { room, card, word } = distinctiveWord(
      translated,
      (w) => !cards.some(({ card: c }) => fold(c.text).includes(fold(w))),
    );
    await page.goto(`/en/recherche/?q=${encodeURIComponent(word)}`);
    await expect(page.getByRole('searchbox', { name: ui('en', 'search.label') })).toHaveValue(word);
    const hit = page
      .getByRole('region', { name: shown('en', `rooms.${room.id}.title`, room.title).text })
      .getByRole('listitem')
      .filter({ has: page.locator(`a[href="${cardPath('en', room.id, card.id)}"]`) });
    await expect(hit).toHaveCount(1);
    await expect(
      hit.locator('blockquote mark', { hasText: new RegExp(`^${escapeRegExp(word)}$`, 'i') }),
    ).not.toHaveCount(0);
    await hit.getByRole('link', { name: ui('en', 'card.openLabel', { speaker: speakerName(card, 'en') }) }).click();
    await expect(page).toHaveURL(urlOf(cardPath('en', room.id, card.id)));
    await expect(page.getByRole('dialog')).toBeVisible();
  });

  test('on an English page, a word of the French original finds the quote too', async ({ page }) => {
    const { room, card, word } = distinctiveWord(
      uncorrected.filter(({ card }) => !shown('en', `cards.${card.id}.text`, card.text).missing),
    );
    await page.goto(`/en/recherche/?q=${encodeURIComponent(word)}`);
    const hit = page
      .getByRole('listitem')
      .filter({ has: page.locator(`a[href="${cardPath('en', room.id, card.id)}"]`) });
    await expect(hit).toHaveCount(1);
    // The French original is shown under the translation, with the word marked.
    await expect(hit.getByText(ui('en', 'translation.originalLabel'), { exact: true })).toBeVisible();
    await expect(hit.locator('blockquote[lang="fr"] mark', { hasText: word })).not.toHaveCount(0);
  });

  test('nothing found says so, and clearing the field clears the URL', async ({ page }) => {
    await page.goto('/fr/recherche/?q=zzzqqqxxx');
    await expect(page.getByRole('status')).toHaveText(ui('fr', 'search.none', { query: 'zzzqqqxxx' }));
    // The note for a browser without JavaScript is not shown where the search runs.
    await expect(page.locator('.search__noscript')).toBeHidden();
    await page.getByRole('searchbox').fill('');
    await expect(page).toHaveURL(urlOf('/fr/recherche/'));
    await expect(page.getByRole('status')).toHaveText('');
  });
});

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('says that the search needs it, and leads to the catalogue, where every quote is', async ({ page }) => {
    await page.goto('/fr/recherche/?q=travail');
    // Playwright's text locators skip <noscript>: its paragraph, by its class.
    const note = page.locator('.search__noscript');
    await expect(note).toBeVisible();
    expect(await note.evaluate((p) => p.textContent)).toBe(
      `${ui('fr', 'search.noScript')} ${ui('fr', 'search.noScriptLink')}`,
    );
    await note.getByRole('link', { name: ui('fr', 'search.noScriptLink') }).click();
    await expect(page).toHaveURL(urlOf('/fr/catalogue/'));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});

test.describe('catalogue', () => {
  test.use({ contextOptions: { reducedMotion: 'reduce' } });

  test('shows every quote, room by room, with its notes and sources', async ({ page }) => {
    await page.goto('/fr/catalogue/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui('fr', 'catalogue.title'));
    await expect(page.getByRole('figure')).toHaveCount(cards.length);
    for (const room of rooms) {
      await expect(page.getByRole('region', { name: room.title }).getByRole('figure')).toHaveCount(room.cards.length);
    }
    const withSources = cards.find(({ card }) => card.context?.some((n) => n.sources?.length))!.card;
    for (const source of withSources.context!.flatMap((n) => n.sources ?? [])) {
      await expect(page.getByText(source.title).first()).toBeVisible();
    }
    const corrected = cards.find(({ card }) => card.corrections?.length)!.card;
    await expect(page.locator('del', { hasText: corrected.corrections![0]!.original }).first()).toBeAttached();
  });

  test('on a translated page, every quote gives its translation status and its French original', async ({ page }) => {
    await page.goto('/en/catalogue/');
    await expect(page.getByRole('figure')).toHaveCount(cards.length);
    const translated = cards.filter(({ card }) => !shown('en', `cards.${card.id}.text`, card.text).missing).length;
    await expect(page.getByText(ui('en', 'translation.originalLabel'), { exact: true })).toHaveCount(translated);
    await expect(page.getByText(ui('en', 'catalogue.translationStatus'))).toBeVisible();
  });

  test('prints black on white, without the header, one room per page', async ({ page }) => {
    await page.goto('/fr/catalogue/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByRole('button', { name: ui('fr', 'catalogue.print') })).toBeHidden();
    const style = await page.locator(`#salle-${rooms[1]!.id}`).evaluate((el) => {
      const css = getComputedStyle(el);
      return { breakBefore: css.breakBefore, background: getComputedStyle(document.body).backgroundColor };
    });
    expect(style.breakBefore).toBe('page');
    expect(style.background).toBe('rgb(255, 255, 255)');
  });
});

test.describe('figures', () => {
  const notes = cards.flatMap(({ room, card }) => (card.context ?? []).map((note) => ({ room, card, note })));

  test.describe('without motion', () => {
    test.use({ contextOptions: { reducedMotion: 'reduce' } });

    test('lists every context note with its status, who said it and a link to the quote', async ({ page }) => {
      await page.goto('/fr/chiffres/');
      await expect(page.getByRole('article')).toHaveCount(notes.length);
      for (const { room, card, note } of notes) {
        const article = page.getByRole('article', { name: `« ${note.about} »`, exact: true });
        await expect(article).toHaveCount(1);
        await expect(article).toContainText(ui('fr', `context.${note.status}`));
        await expect(article).toContainText(note.note);
        await expect(article).toContainText(speakerName(card));
        for (const source of note.sources ?? []) {
          await expect(article).toContainText(source.title);
          await expect(article).toContainText(source.outlet);
          await expect(article).toContainText(source.date);
        }
        await expect(article.getByRole('link', { name: ui('fr', 'figures.readQuote') })).toHaveAttribute(
          'href',
          cardPath('fr', room.id, card.id),
        );
      }
    });

    test('the figures are there at once, as said', async ({ page }) => {
      await page.goto('/fr/chiffres/');
      const numbers = page.locator('.figure-card__number');
      expect(await numbers.count()).toBeGreaterThan(3);
      const pairs = await numbers.evaluateAll((els) =>
        els.map((el) => [el.querySelector('[aria-hidden]')!.textContent, el.querySelector('.sr-only')!.textContent]),
      );
      for (const [visible, spoken] of pairs) expect(visible).toBe(spoken);
    });
  });

  test('with motion, arriving from the hall, the figures count up and land on the figure as said', async ({ page }) => {
    await page.goto('/fr/');
    await page
      .getByRole('navigation', { name: ui('fr', 'explore.title') })
      .getByRole('link', { name: new RegExp(escapeRegExp(ui('fr', 'explore.figures.name'))) })
      .click();
    // A figure counts up when it comes into view.
    const first = page.locator('.figure-card__number').first();
    await first.scrollIntoViewIfNeeded();
    const final = await first.locator('.sr-only').textContent();
    await expect(first.locator('[aria-hidden]')).toHaveText(final!, { timeout: 15_000 });
  });
});

test.describe('reading aloud', () => {
  interface SpeechLog {
    spoken: { text: string; lang: string; voice: string | undefined }[];
    cancelled: number;
    paused: number;
    resumed: number;
  }
  /**
   * Voices (French and English unless told), and spies on speak(), cancel(), pause() and resume()
   * that let the calls through. Headless Chromium may have no voice of its own, so a call let
   * through fails at once ("synthesis-failed"); `hold` keeps the utterances instead, as a long
   * reading in progress.
   */
  async function stubVoices(page: Page, { hold = false, langs = ['fr', 'en'] } = {}) {
    await page.addInitScript(
      ({ hold, langs }) => {
        const voices = [
          { name: 'Test French', lang: 'fr-FR', voiceURI: 'test-fr', default: true, localService: true },
          { name: 'Test English', lang: 'en-GB', voiceURI: 'test-en', default: false, localService: true },
        ].filter((voice) => langs.includes(voice.lang.slice(0, 2)));
        const synth = window.speechSynthesis;
        synth.getVoices = () => voices;
        // Headless Chromium has no voice of its own: let an utterance hold one of ours.
        Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {
          configurable: true,
          writable: true,
          value: null,
        });
        const log: SpeechLog = { spoken: [], cancelled: 0, paused: 0, resumed: 0 };
        (window as unknown as { speech: SpeechLog }).speech = log;
        // What is held is being spoken, as far as the page can tell.
        let held = 0;
        if (hold) Object.defineProperty(synth, 'speaking', { configurable: true, get: () => held > 0 });
        const speak = synth.speak.bind(synth);
        synth.speak = (utterance: SpeechSynthesisUtterance) => {
          log.spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name });
          if (hold) held++;
          else speak(utterance);
        };
        const cancel = synth.cancel.bind(synth);
        synth.cancel = () => {
          log.cancelled++;
          held = 0;
          cancel();
        };
        const pause = synth.pause.bind(synth);
        synth.pause = () => {
          log.paused++;
          pause();
        };
        const resume = synth.resume.bind(synth);
        synth.resume = () => {
          log.resumed++;
          resume();
        };
      },
      { hold, langs },
    );
  }
  const speechLog = (page: Page) => page.evaluate(() => (window as unknown as { speech: SpeechLog }).speech);
  const spoken = async (page: Page) => (await speechLog(page)).spoken;

  test.use({ contextOptions: { reducedMotion: 'reduce' } });

  test('an open card is read in its own language, with a voice of that language, and only when asked', async ({
    page,
  }) => {
    await stubVoices(page);
    const { room, card } = cards.find(({ card }) => !shown('en', `cards.${card.id}.text`, card.text).missing)!;
    await page.goto(cardPath('en', room.id, card.id));
    const dialog = page.getByRole('dialog');
    const listen = dialog.getByRole('button', { name: ui('en', 'listen.card') });
    await expect(listen).toBeEnabled();
    expect(await spoken(page)).toEqual([]);
    await listen.click();
    await expect
      .poll(() => spoken(page))
      .toEqual([{ text: shown('en', `cards.${card.id}.text`, card.text).text, lang: 'en', voice: 'Test English' }]);
  });

  test('a French card is read in French', async ({ page }) => {
    await stubVoices(page);
    const { room, card } = cards.find(({ card }) => !card.corrections?.length)!;
    await page.goto(cardPath('fr', room.id, card.id));
    await page
      .getByRole('dialog')
      .getByRole('button', { name: ui('fr', 'listen.card') })
      .click();
    await expect.poll(() => spoken(page)).toEqual([{ text: card.text, lang: 'fr', voice: 'Test French' }]);
  });

  test('a room plays as a sequence, and stops when the visitor leaves it', async ({ page }) => {
    await stubVoices(page, { hold: true });
    const room = rooms[0]!;
    await page.goto(roomPath('fr', room.id));
    await page.getByRole('button', { name: ui('fr', 'listen.room') }).click();
    await expect(page.getByRole('button', { name: ui('fr', 'listen.pause') })).toBeVisible();
    await expect.poll(async () => (await spoken(page)).length).toBeGreaterThanOrEqual(room.cards.length);
    const said = await spoken(page);
    expect(said.every((u) => u.lang === 'fr')).toBe(true);
    for (const card of room.cards.filter((c) => !c.corrections?.length))
      expect(said.map((u) => u.text)).toContain(card.text);
    const before = (await speechLog(page)).cancelled;
    await page
      .getByRole('navigation', { name: ui('fr', 'room.navLabel') })
      .getByRole('link', { name: new RegExp(escapeRegExp(rooms[1]!.title)) })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(rooms[1]!.title);
    await expect.poll(async () => (await speechLog(page)).cancelled).toBeGreaterThan(before);
    await expect(page.getByRole('button', { name: ui('fr', 'listen.room') })).toBeVisible();
    await expect(page.getByRole('button', { name: ui('fr', 'listen.stop') })).toHaveCount(0);
  });

  test('while reading, Listen says Pause, then Resume once paused, and Stop ends the reading', async ({ page }) => {
    await stubVoices(page, { hold: true });
    const { room, card } = cards[0]!;
    await page.goto(cardPath('fr', room.id, card.id));
    const dialog = page.getByRole('dialog');
    const button = (key: string) => dialog.getByRole('button', { name: ui('fr', key), exact: true });
    await expect(button('listen.stop')).toHaveCount(0);
    await button('listen.card').click();
    await expect(button('listen.pause')).toBeVisible();
    await expect(button('listen.stop')).toBeVisible();

    await button('listen.pause').click();
    await expect(button('listen.resume')).toBeVisible();
    await expect(button('listen.stop')).toBeVisible();
    expect((await speechLog(page)).paused).toBe(1);

    // From the keyboard: the same button, kept focused, resumes.
    await button('listen.resume').press('Enter');
    await expect(button('listen.pause')).toBeFocused();
    const resumed = await speechLog(page);
    expect(resumed.resumed).toBeGreaterThan(0);
    expect(resumed.spoken).toHaveLength(1);

    const cancelled = resumed.cancelled;
    await button('listen.stop').click();
    await expect(button('listen.card')).toBeFocused();
    await expect(button('listen.stop')).toHaveCount(0);
    await expect(button('listen.pause')).toHaveCount(0);
    expect((await speechLog(page)).cancelled).toBeGreaterThan(cancelled);
  });

  test('where the browser has no voice at all, nothing is offered, on a room or an open card', async ({ page }) => {
    // Whatever voices this machine may have: none.
    await page.addInitScript(() => {
      window.speechSynthesis.getVoices = () => [];
    });
    const room = rooms[0]!;
    await page.goto(roomPath('fr', room.id));
    // The place held until the browser answers goes, once it has not listed a voice.
    await expect(page.locator('.listen')).toHaveCount(0);
    await page.locator(`#open-${room.cards[0]!.id}`).click();
    const dialog = page.getByRole('dialog');
    // Listen would be in the card's action bar, drawn with it.
    await expect(dialog.locator('.dialog__actions')).toBeVisible();
    await expect(dialog.locator('.listen')).toHaveCount(0);
  });

  test('where the browser has no voice for the page’s language, nothing is offered', async ({ page }) => {
    await stubVoices(page, { langs: ['fr'] });
    const room = rooms[0]!;
    const { card } = cards.find(({ room: r }) => r.id === room.id)!;
    // French has a voice…
    await page.goto(roomPath('fr', room.id));
    await expect(page.getByRole('button', { name: ui('fr', 'listen.room') })).toBeVisible();
    // …English has none: neither the room nor its cards offer to read.
    await page.goto(roomPath('en', room.id));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.listen')).toHaveCount(0);
    // Before the app, the card's Listen has its place held: it goes once the app knows.
    await page.goto(cardPath('en', room.id, card.id));
    await expect(page.locator('.listen')).toHaveCount(0);
    await expect(page.getByRole('dialog').locator('.dialog__actions')).toBeVisible();
  });
});

test('offline after a first visit, the search still finds', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto('/fr/');
  await controlledByServiceWorker(page);
  await context.setOffline(true);
  const { room, card, word } = distinctiveWord(uncorrected);
  await page.goto(`/fr/recherche/?q=${encodeURIComponent(word)}`);
  await expect(page.locator(`a[href="${cardPath('fr', room.id, card.id)}"]`)).toHaveCount(1, { timeout: 15_000 });
  await context.setOffline(false);
});

test('offline after a first visit, every page beyond the rooms opens, in French and in Arabic', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await page.goto('/fr/');
  await controlledByServiceWorker(page);
  await context.setOffline(true);
  for (const lang of ['fr', 'ar']) {
    const speaker = readSpeakers().keys().next().value as string;
    for (const [path, key] of [
      [`/${lang}/intervenants/`, 'speakers.title'],
      [`/${lang}/intervenants/${speaker}/`, undefined],
      [`/${lang}/chiffres/`, 'figures.title'],
      [`/${lang}/recherche/`, 'search.title'],
      [`/${lang}/catalogue/`, 'catalogue.title'],
      [`/${lang}/a-propos/`, 'about.title'],
    ] as const) {
      // A fresh load, with the network down: the service worker serves the app and its data.
      await page.goto(path);
      const heading = page.getByRole('heading', { level: 1 });
      if (key) await expect(heading, path).toHaveText(ui(lang, key));
      else await expect(heading, path).not.toHaveText(ui(lang, 'notFound.roomTitle'));
    }
  }
  await context.setOffline(false);
});
