/**
 * Reading aloud with the Web Speech API (`speechSynthesis`). One reading at a time for the whole
 * page: starting one stops any other, and a small store says which control is reading and whether
 * it is paused. Nothing ever starts by itself; a reading stops when its control leaves the page
 * (navigation, a card closed).
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';

/** A text to read, in the language it is written in (a translation, or the French original). */
export interface SpeechItem {
  text: string;
  lang: string;
}

/**
 * 'pending' on the server, while a prerendered page is taken over, and while the browser is still
 * loading its voices (its place is held, unseen); 'unavailable' where the browser has no speech
 * synthesis or no voice for the language (the control is not shown); 'ready' otherwise.
 */
export type SpeechAvailability = 'pending' | 'ready' | 'unavailable';

/** What a control's reading is doing: none, being read, or paused where it can resume. */
export type ReadingState = 'idle' | 'playing' | 'paused';

/**
 * How long a browser that lists no voice yet is given to load them (Chromium loads them after the
 * first ask, and says so by `voiceschanged`): past that, it has none.
 */
export const VOICES_GRACE_MS = 1500;

/** The voice for a language: one of that language (the default one first), else none. */
export function chooseVoice(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | undefined {
  const primary = (code: string) => code.toLowerCase().replace('_', '-').split('-')[0];
  const matching = voices.filter((voice) => primary(voice.lang) === primary(lang));
  return matching.find((voice) => voice.default) ?? matching.find((voice) => voice.localService) ?? matching[0];
}

const listeners = new Set<() => void>();
/** Who is reading (a control's owner id), and a counter that makes late events of a stopped reading harmless. */
let playing: string | null = null;
let paused = false;
let session = 0;
/** The reading's items and the one being spoken: where to go on from if the engine dropped them while paused. */
let items: readonly SpeechItem[] = [];
let current = 0;
/** Whether the browser has answered about its voices (listed some, said they changed, or let the grace pass). */
let voicesKnown = false;
let graceTimer: ReturnType<typeof setTimeout> | undefined;

function synth(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined'
    ? window.speechSynthesis
    : undefined;
}

function emit() {
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The store, and the browser's voices: they arrive asynchronously in Chromium. */
function subscribeVoices(listener: () => void): () => void {
  const speech = synth();
  const unsubscribe = subscribe(listener);
  const changed = () => {
    voicesKnown = true;
    listener();
  };
  speech?.addEventListener('voiceschanged', changed);
  if (speech && !voicesKnown) {
    if (speech.getVoices().length > 0) voicesKnown = true;
    else
      graceTimer ??= setTimeout(() => {
        voicesKnown = true;
        emit();
      }, VOICES_GRACE_MS);
  }
  return () => {
    unsubscribe();
    speech?.removeEventListener('voiceschanged', changed);
  };
}

/** Whether the browser can read a text in `lang` aloud: with speech synthesis and a voice of that language. */
export function speechAvailability(lang: string): SpeechAvailability {
  const speech = synth();
  if (!speech) return 'unavailable';
  const voices = speech.getVoices();
  if (voices.length === 0) return voicesKnown ? 'unavailable' : 'pending';
  return chooseVoice(voices, lang) ? 'ready' : 'unavailable';
}

/** What `owner`'s reading is doing. */
export function readingState(owner: string): ReadingState {
  if (playing !== owner) return 'idle';
  return paused ? 'paused' : 'playing';
}

function finish(mine: number) {
  if (mine !== session) return;
  playing = null;
  paused = false;
  items = [];
  emit();
}

/** Queues the reading's items from `from`, each in its own language, for the current session. */
function speakFrom(speech: SpeechSynthesis, from: number) {
  const mine = session;
  const voices = speech.getVoices();
  for (let i = from; i < items.length; i++) {
    const item = items[i]!;
    const utterance = new SpeechSynthesisUtterance(item.text);
    utterance.lang = item.lang;
    // A room may hold a quote left in French on a translated page: with no voice for it, the
    // engine chooses from the utterance's language.
    const voice = chooseVoice(voices, item.lang);
    if (voice) utterance.voice = voice;
    utterance.onstart = () => {
      if (mine === session) current = i;
    };
    if (i === items.length - 1) utterance.onend = () => finish(mine);
    // Also fired when a reading is cancelled, and by engines that drop the queue on pause: only
    // the current reading's errors end it, and not while paused (resuming reads on from there).
    utterance.onerror = () => {
      if (mine === session && !paused) stop();
    };
    speech.speak(utterance);
  }
}

/** Reads the items one after another, in their own languages, for `owner`; stops any other reading. */
export function play(owner: string, toRead: readonly SpeechItem[]): void {
  const speech = synth();
  if (!speech || toRead.length === 0) return;
  session++;
  speech.cancel();
  // A paused engine stays paused for what it is given next.
  if (paused || speech.paused) speech.resume();
  playing = owner;
  paused = false;
  items = toRead;
  current = 0;
  speakFrom(speech, 0);
  emit();
}

/** Pauses `owner`'s reading, where it is. */
export function pause(owner: string): void {
  const speech = synth();
  if (!speech || playing !== owner || paused) return;
  paused = true;
  speech.pause();
  emit();
}

/** Goes on with `owner`'s paused reading. */
export function resume(owner: string): void {
  const speech = synth();
  if (!speech || playing !== owner || !paused) return;
  paused = false;
  if (speech.speaking || speech.pending) {
    speech.resume();
  } else {
    // The engine dropped the reading when paused (Chrome on Android does): read on from the item
    // it was in.
    session++;
    speech.cancel();
    speech.resume();
    speakFrom(speech, current);
  }
  emit();
}

/** Stops the reading (only `owner`'s, when given). */
export function stop(owner?: string): void {
  if (owner !== undefined && playing !== owner) return;
  const wasPlaying = playing !== null;
  session++;
  playing = null;
  paused = false;
  items = [];
  if (wasPlaying) synth()?.cancel();
  emit();
}

/**
 * A reading owned by one control: whether the browser can read `lang` aloud, what the reading is
 * doing, and the actions on it.
 */
export function useSpeech(owner: string, lang: string) {
  const availability = useSyncExternalStore<SpeechAvailability>(
    subscribeVoices,
    () => speechAvailability(lang),
    () => 'pending',
  );
  const state = useSyncExternalStore<ReadingState>(
    subscribe,
    () => readingState(owner),
    () => 'idle',
  );
  // Leaving the page, closing the card or moving to another room stops what this control started.
  useEffect(() => () => stop(owner), [owner]);
  const actions = useMemo(
    () => ({
      play: (toRead: readonly SpeechItem[]) => play(owner, toRead),
      pause: () => pause(owner),
      resume: () => resume(owner),
      stop: () => stop(owner),
    }),
    [owner],
  );
  return { availability, state, ...actions };
}
