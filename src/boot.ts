import '@/styles/global.css';
import '@/styles/pages.css';
import { prerenderedHere } from '@/app/prerendered';
import { kioskRequested, watchForEarlyVisitor } from '@/config/kiosk-session';
import { COLLECTION_SEGMENT, SEARCH_PARAM } from '@/config/search-param';
import type * as App from './main';

/**
 * The page's only script at load. Every page is prerendered (src/app/prerender.ts): its quotes,
 * captions and links are in the HTML, readable and followable without any script. The app (motion,
 * the open card, reading aloud, sharing, the keyboard's shortcuts) takes the page over when the
 * visitor first acts on it: a touch, a scroll, a key, a mouse moving over it. A reader on a slow
 * phone reads without the app's start competing for the processor; its code is downloaded, not
 * run, once the page has loaded, so that it is at hand by then.
 *
 * What the visitor did before the app was there is not lost: a tap or click on a link or button,
 * and a key (other than those the browser handles itself: Tab, Enter, Space), are replayed once the
 * app has the page. A link whose app's code does not arrive in time (or at all), or whose app is
 * too slow to start, is followed as a plain link: its page exists. A page being left that way is
 * not taken back: the app, if it starts meanwhile, finds nothing to replay.
 *
 * Pages that need the app at once start it after their first paint: `/` (which opens the
 * visitor's language), a page rendered for another address, a search given in the address (a
 * shared search, a search sent by the form without the app), the collection page (the visitor's
 * kept quotes, or those of its address: a QR code scanned, a link shared), and the kiosk (its
 * attract loop runs with nobody in front of it).
 */

const container = document.getElementById('root');
/** A search given in the address: its results are the page, and no prerendered page holds them. */
const searchGiven = new URLSearchParams(window.location.search).has(SEARCH_PARAM);
/** The collection page: the quotes it shows are in the browser or the address, never in its HTML. */
const collection = window.location.pathname.endsWith(`/${COLLECTION_SEGMENT}/`);
const kiosk = kioskRequested();
const waitsForVisitor = container !== null && prerenderedHere(container) && !kiosk && !searchGiven && !collection;

/**
 * How long a followed link waits for the app's code before the browser follows it itself (a slow
 * or failing network). Once the code is there (downloaded, even if not yet run: a slow phone may
 * take seconds to run it), the link waits for the app to answer.
 */
const LINK_PATIENCE_MS = 3000;
/** And at most this long in all, code there or not (a very slow phone): the link's page shows the card too. */
const LINK_LIMIT_MS = 10_000;
/** A kiosk whose app could not be loaded reloads after this. */
const KIOSK_RETRY_MS = 10_000;
/** The visitor's acts that start the app. */
const INTENT_EVENTS = ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'wheel', 'scroll'] as const;
/** Keys whose action the browser does itself (focus moves; links and buttons are clicked): not replayed. */
const NATIVE_KEYS = new Set(['Tab', 'Enter', ' ', 'Shift', 'Control', 'Alt', 'Meta', 'CapsLock']);

type Pending =
  { kind: 'click'; target: HTMLElement; href?: string } | { kind: 'key'; target: Element; init: KeyboardEventInit };

let pending: Pending[] = [];
let linkTimers: ReturnType<typeof setTimeout>[] = [];
let taken = false;
let arrived = false;

/**
 * Resolves once the page's largest text has been painted (the first largest-contentful-paint
 * entry, or the first contentful paint where that is not reported), or at once in a hidden tab.
 */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    let observer: PerformanceObserver | undefined;
    const go = () => {
      observer?.disconnect();
      resolve();
    };
    // A tab opened in the background paints nothing until shown: nothing to wait for.
    if (document.visibilityState === 'hidden') return go();
    const supported = PerformanceObserver.supportedEntryTypes ?? [];
    const type = ['largest-contentful-paint', 'paint'].find((t) => supported.includes(t));
    if (type) {
      observer = new PerformanceObserver((list) => {
        if (type !== 'paint' || list.getEntriesByName('first-contentful-paint').length) go();
      });
      observer.observe({ type, buffered: true });
      // Whatever happens to the paint, the page goes on.
      setTimeout(go, 2500);
    } else {
      // No paint timing: a frame, then a task after it, and that frame has been painted.
      requestAnimationFrame(() => setTimeout(go, 0));
    }
  });
}

const loaded = new Promise<void>((resolve) => {
  if (document.readyState === 'complete') resolve();
  else window.addEventListener('load', () => resolve(), { once: true });
});

/** A moment the page has nothing else to do (a second at most). */
const idle = () =>
  new Promise<void>((resolve) =>
    'requestIdleCallback' in window
      ? requestIdleCallback(() => resolve(), { timeout: 1000 })
      : setTimeout(resolve, 200),
  );

// A page left while the app is on its way aborts the request: no error, the page is gone.
let leaving = false;
window.addEventListener('pagehide', () => (leaving = true));
window.addEventListener('pageshow', () => (leaving = false));

/**
 * The app, tried twice: on a poor network one failed request must not leave the room without
 * its controls (it stays readable either way: links and quotes are in the HTML).
 */
async function importApp(): Promise<typeof App | undefined> {
  try {
    return await import('./main');
  } catch (error) {
    if (leaving) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    if (leaving) return undefined;
    try {
      return await import('./main');
    } catch (again) {
      if (!leaving) throw again ?? error;
      return undefined;
    }
  }
}

let starting: Promise<void> | undefined;
/** The visitor's first act starts the app. */
const onIntent = () => void startApp();
function startApp(): Promise<void> {
  starting ??= (async () => {
    for (const type of INTENT_EVENTS) window.removeEventListener(type, onIntent, true);
    let app: typeof App | undefined;
    try {
      app = await importApp();
      arrived = app !== undefined;
      // The app reports its own failure to start (src/main.tsx).
      await app?.takenOver.catch(() => (app = undefined));
    } catch (error) {
      console.error(`The app could not be loaded (${String(error)}): the page stays readable, its links plain links.`);
      // A kiosk must not stay without its app: it tries again by itself.
      if (kiosk) setTimeout(() => window.location.reload(), KIOSK_RETRY_MS);
    } finally {
      window.removeEventListener('click', holdClick, true);
      window.removeEventListener('keydown', holdKey, true);
      taken = app !== undefined;
      // Without the app, links stay links: the one the visitor followed is followed now.
      if (taken) replay();
      else followPendingLink();
    }
  })();
  return starting;
}

/** A click on a link or a button before the app has the page: kept, replayed once it has. */
function holdClick(event: MouseEvent) {
  if (taken || event.defaultPrevented || event.button !== 0) return;
  // A new tab or window, a download: the browser's, as always.
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const target = event.target instanceof Element ? event.target.closest<HTMLElement>('a[href], button') : null;
  if (!target || target.matches('[target]:not([target="_self"]), [download]')) return;
  const href = target instanceof HTMLAnchorElement ? target.href : undefined;
  if (href && new URL(href).origin !== window.location.origin) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  pending = [...pending.filter((p) => p.kind !== 'click'), { kind: 'click', target, href }];
  showWaiting(true);
  // The last tap counts: a button tapped after a link cancels the link's following.
  linkTimers.forEach(clearTimeout);
  linkTimers = href
    ? [
        setTimeout(() => !codeArrived() && followPendingLink(), LINK_PATIENCE_MS),
        setTimeout(followPendingLink, LINK_LIMIT_MS),
      ]
    : [];
  void startApp();
}

/** A key the app answers (the rooms' arrows, Escape…) pressed before the app has the page. */
function holdKey(event: KeyboardEvent) {
  if (taken || NATIVE_KEYS.has(event.key) || event.isComposing) return;
  const target = event.target instanceof Element ? event.target : document.body;
  if (target.closest('input, textarea, select, [contenteditable]')) return;
  const { key, code, shiftKey, ctrlKey, altKey, metaKey, repeat } = event;
  pending.push({ kind: 'key', target, init: { key, code, shiftKey, ctrlKey, altKey, metaKey, repeat } });
}

/**
 * A bar along the top of the screen while a tap waits for the app: it has been heard. Outside the
 * app's root (React finds its page as it was rendered); decorative, the app's answer is what counts.
 */
function showWaiting(shown: boolean) {
  const bar = document.querySelector('.app-waiting');
  if (!shown) return bar?.remove();
  if (bar) return;
  const element = document.createElement('div');
  element.className = 'app-waiting';
  element.setAttribute('aria-hidden', 'true');
  document.body.append(element);
}

function followPendingLink() {
  showWaiting(false);
  const link = pending.find((p) => p.kind === 'click' && p.href);
  pending = [];
  if (!taken && !leaving && link?.kind === 'click' && link.href) window.location.assign(link.href);
}

function replay() {
  linkTimers.forEach(clearTimeout);
  showWaiting(false);
  const acts = pending;
  pending = [];
  for (const act of acts) {
    if (act.kind === 'key') {
      const target = act.target.isConnected ? act.target : (document.activeElement ?? document.body);
      target.dispatchEvent(new KeyboardEvent('keydown', { ...act.init, bubbles: true, cancelable: true }));
    } else if (act.target.isConnected) act.target.click();
    else if (act.href) window.location.assign(act.href);
  }
}

/**
 * Files the prerender listed in the page (src/app/prerender.ts): `app-chunks`, the app's code;
 * `page-chunks`, what the app loads for this page (its room's quotes, its language's pack).
 */
function listed(name: 'app-chunks' | 'page-chunks'): string[] {
  const hrefs = document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content.split(' ') ?? [];
  return hrefs.filter(Boolean).map((href) => new URL(href, document.baseURI).href);
}

/**
 * Whether the app's code is in the browser: run already, or every file of it downloaded (the
 * browser's own record of what it fetched, whether prefetched or imported).
 */
function codeArrived(): boolean {
  if (arrived) return true;
  const chunks = listed('app-chunks');
  const done = (href: string) =>
    performance.getEntriesByName(href).some((entry) => (entry as PerformanceResourceTiming).responseEnd > 0);
  return chunks.length > 0 && chunks.every(done);
}

/** The app's code into the browser's cache, not run: at hand when the visitor acts. */
function prefetchApp() {
  if (starting) return;
  for (const href of [...listed('app-chunks'), ...listed('page-chunks')]) {
    const link = document.createElement('link');
    link.rel = 'prefetch';
    link.href = href;
    link.crossOrigin = '';
    document.head.append(link);
  }
}

if (waitsForVisitor) {
  for (const type of INTENT_EVENTS) window.addEventListener(type, onIntent, { capture: true, passive: true });
  window.addEventListener('click', holdClick, true);
  window.addEventListener('keydown', holdKey, true);
  // After the room's text is on screen: the app's bytes never compete with the page's own.
  void Promise.all([loaded, afterFirstPaint()]).then(idle).then(prefetchApp);
} else {
  if (kiosk) watchForEarlyVisitor();
  void afterFirstPaint().then(startApp);
}
