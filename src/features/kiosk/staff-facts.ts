import { LANGS, type Lang } from '@/config/languages';
import { hasPublicAddress, publicUrl } from '@/config/site';

/** What the staff screen tells about the machine, gathered when it opens. */
export interface StaffFacts {
  version: string;
  builtAt: string;
  contentDate: string;
  publicAddress: string;
  qrShown: boolean;
  worker: WorkerFacts;
  /** Per language: how many voices the browser has, and the one it would pick. */
  voices: Record<Lang, { count: number; name: string | null }>;
  /** Bytes of JavaScript heap in use, where the browser tells (Chromium). */
  heapUsed: number | null;
}

export interface WorkerFacts {
  /** `none`: no service worker (unsupported, or not registered yet); otherwise the active one's state. */
  state: 'none' | 'installing' | 'active';
  /** Whether it controls this page (offline, this page's reload is served by it). */
  controlling: boolean;
  /** A new version installed and waiting for the next reset. */
  updateWaiting: boolean;
  /** Each cache of this origin and its number of entries (the precache holds the whole exhibition). */
  caches: { name: string; entries: number }[];
  /** Controlled, and a precache that holds something: the exhibition runs with the network down. */
  offlineReady: boolean;
}

async function workerFacts(): Promise<WorkerFacts> {
  const registration = 'serviceWorker' in navigator ? await navigator.serviceWorker.getRegistration() : undefined;
  const names = 'caches' in globalThis ? await caches.keys() : [];
  const counted = await Promise.all(
    names.map(async (name) => ({ name, entries: (await (await caches.open(name)).keys()).length })),
  );
  const controlling = Boolean(navigator.serviceWorker?.controller);
  return {
    state: registration?.active ? 'active' : registration ? 'installing' : 'none',
    controlling,
    updateWaiting: Boolean(registration?.waiting),
    caches: counted,
    offlineReady: controlling && counted.some(({ name, entries }) => name.includes('precache') && entries > 0),
  };
}

/** The machine's voices, which Chromium lists only after a first ask (and a `voiceschanged`). */
function speechVoices(waitMs = 1500): Promise<SpeechSynthesisVoice[]> {
  if (!('speechSynthesis' in window)) return Promise.resolve([]);
  const listed = speechSynthesis.getVoices();
  if (listed.length > 0) return Promise.resolve(listed);
  return new Promise((resolve) => {
    const done = () => {
      speechSynthesis.removeEventListener('voiceschanged', done);
      resolve(speechSynthesis.getVoices());
    };
    speechSynthesis.addEventListener('voiceschanged', done);
    window.setTimeout(done, waitMs);
  });
}

export function voicesByLang(voices: readonly Pick<SpeechSynthesisVoice, 'lang' | 'name' | 'default'>[]) {
  const primary = (code: string) => code.toLowerCase().replace('_', '-').split('-')[0];
  return Object.fromEntries(
    LANGS.map((lang) => {
      const matching = voices.filter((voice) => primary(voice.lang) === lang);
      const chosen = matching.find((voice) => voice.default) ?? matching[0];
      return [lang, { count: matching.length, name: chosen?.name ?? null }];
    }),
  ) as StaffFacts['voices'];
}

export async function gatherStaffFacts(): Promise<StaffFacts> {
  const [worker, voices] = await Promise.all([workerFacts().catch(() => undefined), speechVoices()]);
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return {
    version: __APP_VERSION__,
    builtAt: __BUILD_DATE__,
    contentDate: __CONTENT_DATE__,
    publicAddress: publicUrl('/'),
    qrShown: hasPublicAddress(),
    worker: worker ?? { state: 'none', controlling: false, updateWaiting: false, caches: [], offlineReady: false },
    voices: voicesByLang(voices),
    heapUsed: memory?.usedJSHeapSize ?? null,
  };
}
