import { useEffect, useState } from 'react';
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

/** Per language: how many voices the browser has, and the one it would pick. */
export type VoicesByLang = Record<Lang, { count: number; name: string | null }>;

export function voicesByLang(voices: readonly Pick<SpeechSynthesisVoice, 'lang' | 'name' | 'default'>[]): VoicesByLang {
  const primary = (code: string) => code.toLowerCase().replace('_', '-').split('-')[0];
  return Object.fromEntries(
    LANGS.map((lang) => {
      const matching = voices.filter((voice) => primary(voice.lang) === lang);
      const chosen = matching.find((voice) => voice.default) ?? matching[0];
      return [lang, { count: matching.length, name: chosen?.name ?? null }];
    }),
  ) as VoicesByLang;
}

export async function gatherStaffFacts(): Promise<StaffFacts> {
  const worker = await workerFacts().catch(() => undefined);
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return {
    version: __APP_VERSION__,
    builtAt: __BUILD_DATE__,
    contentDate: __CONTENT_DATE__,
    publicAddress: publicUrl('/'),
    qrShown: hasPublicAddress(),
    worker: worker ?? { state: 'none', controlling: false, updateWaiting: false, caches: [], offlineReady: false },
    heapUsed: memory?.usedJSHeapSize ?? null,
  };
}

/**
 * The machine's voices per language, as they come: Chromium lists them only after a first ask,
 * and says so by `voiceschanged` (a speech-dispatcher may take seconds to start).
 */
export function useVoices(): VoicesByLang {
  const speech = typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
  const [voices, setVoices] = useState(() => voicesByLang(speech?.getVoices() ?? []));
  useEffect(() => {
    if (!speech) return;
    const changed = () => setVoices(voicesByLang(speech.getVoices()));
    speech.addEventListener('voiceschanged', changed);
    // Read again once listening: voices that came between the first render and this effect, their
    // event unheard, would otherwise never show.
    changed();
    return () => speech.removeEventListener('voiceschanged', changed);
  }, [speech]);
  return voices;
}
