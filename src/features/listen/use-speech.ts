/**
 * Reading aloud with the Web Speech API (`speechSynthesis`). One reading at a time for the whole
 * page: starting one stops any other, and a small store says which button is playing. Nothing
 * ever starts by itself; a reading stops when its button leaves the page (navigation, a card
 * closed).
 */
import { useCallback, useEffect, useSyncExternalStore } from 'react';

/** A text to read, in the language it is written in (a translation, or the French original). */
export interface SpeechItem {
  text: string;
  lang: string;
}

/**
 * 'pending' on the server and while a prerendered page is taken over (nothing is shown yet);
 * 'unavailable' where the browser has no speech synthesis or no voice at all (a button would
 * stay silent); 'ready' otherwise.
 */
export type SpeechAvailability = 'pending' | 'ready' | 'unavailable';

/** The voice for a language: one of that language (the default one first), else none (the engine chooses). */
export function chooseVoice(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | undefined {
  const primary = (code: string) => code.toLowerCase().replace('_', '-').split('-')[0];
  const matching = voices.filter((voice) => primary(voice.lang) === primary(lang));
  return matching.find((voice) => voice.default) ?? matching.find((voice) => voice.localService) ?? matching[0];
}

const listeners = new Set<() => void>();
/** Who is reading (a button's owner id), and a counter that makes late events of a stopped reading harmless. */
let playing: string | null = null;
let session = 0;

function synth(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined'
    ? window.speechSynthesis
    : undefined;
}

function emit() {
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  const speech = synth();
  listeners.add(listener);
  // Voices arrive asynchronously in Chromium: the button turns ready when they do.
  speech?.addEventListener('voiceschanged', listener);
  return () => {
    listeners.delete(listener);
    speech?.removeEventListener('voiceschanged', listener);
  };
}

function availability(): SpeechAvailability {
  const speech = synth();
  return speech && speech.getVoices().length > 0 ? 'ready' : 'unavailable';
}

function finish(mine: number) {
  if (mine !== session) return;
  playing = null;
  emit();
}

/** Reads the items one after another, in their own languages, for `owner`; stops any other reading. */
export function play(owner: string, items: readonly SpeechItem[]): void {
  const speech = synth();
  if (!speech || items.length === 0) return;
  const mine = ++session;
  speech.cancel();
  playing = owner;
  emit();
  const voices = speech.getVoices();
  items.forEach((item, i) => {
    const utterance = new SpeechSynthesisUtterance(item.text);
    utterance.lang = item.lang;
    const voice = chooseVoice(voices, item.lang);
    if (voice) utterance.voice = voice;
    if (i === items.length - 1) utterance.onend = () => finish(mine);
    // Also fired when a reading is cancelled: only the current reading's errors end it.
    utterance.onerror = () => {
      if (mine === session) stop();
    };
    speech.speak(utterance);
  });
}

/** Stops the reading (only `owner`'s, when given). */
export function stop(owner?: string): void {
  if (owner !== undefined && playing !== owner) return;
  const wasPlaying = playing !== null;
  session++;
  playing = null;
  if (wasPlaying) synth()?.cancel();
  emit();
}

/** A reading owned by one control: whether speech is possible, whether it is playing, and a toggle. */
export function useSpeech(owner: string) {
  const state = useSyncExternalStore<SpeechAvailability>(subscribe, availability, () => 'pending');
  const speaking = useSyncExternalStore(
    subscribe,
    () => playing === owner,
    () => false,
  );
  // Leaving the page, closing the card or moving to another room stops what this control started.
  useEffect(() => () => stop(owner), [owner]);
  const toggle = useCallback(
    (items: readonly SpeechItem[]) => (playing === owner ? stop(owner) : play(owner, items)),
    [owner],
  );
  return { availability: state, speaking, toggle };
}
