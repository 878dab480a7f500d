import { act, renderHook } from '@testing-library/react';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeSpeech, FakeUtterance, voice } from './fake-speech';
import type * as SpeechModule from './use-speech';
import { chooseVoice } from './use-speech';

describe('the voice for a language', () => {
  const voices = [
    voice('en-GB', 'Daniel'),
    voice('fr-FR', 'Thomas'),
    voice('fr-CA', 'Amélie', { default: true }),
    voice('ar-SA', 'Maged'),
  ];

  it('is one of that language, the default one first', () => {
    expect(chooseVoice(voices, 'fr')?.name).toBe('Amélie');
    expect(chooseVoice(voices, 'en')?.name).toBe('Daniel');
    expect(chooseVoice(voices, 'ar')?.name).toBe('Maged');
  });

  it('matches whatever the region or the case of the code', () => {
    expect(chooseVoice([voice('EN_us', 'Samantha')], 'en-GB')?.name).toBe('Samantha');
  });

  it('is none when the language has no voice', () => {
    expect(chooseVoice(voices, 'de')).toBeUndefined();
    expect(chooseVoice([], 'fr')).toBeUndefined();
  });
});

// Each test takes a fresh module: whether the browser has answered about its voices is kept for
// the page's life.
let speech: typeof SpeechModule;
let synth: FakeSpeech;

function install(voices: SpeechSynthesisVoice[]) {
  synth = new FakeSpeech(voices);
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
}

beforeEach(async () => {
  vi.resetModules();
  speech = await import('./use-speech');
});

afterEach(() => {
  speech.stop();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('whether a text can be read aloud', () => {
  it('is so for a language the browser has a voice for, and not for another', () => {
    install([voice('fr-FR', 'Thomas'), voice('en-GB', 'Daniel')]);
    expect(speech.speechAvailability('fr')).toBe('ready');
    expect(speech.speechAvailability('en')).toBe('ready');
    expect(speech.speechAvailability('de')).toBe('unavailable');
  });

  it('is not where the browser has no speech synthesis', () => {
    expect(speech.speechAvailability('fr')).toBe('unavailable');
  });

  it('waits while the voices load, then answers', () => {
    install([]);
    const { result } = renderHook(() => speech.useSpeech('test', 'fr'));
    expect(result.current.availability).toBe('pending');
    act(() => synth.loadVoices([voice('fr-FR', 'Thomas')]));
    expect(result.current.availability).toBe('ready');
  });

  it('is not, once the browser has listed no voice for a while', () => {
    vi.useFakeTimers();
    install([]);
    const { result } = renderHook(() => speech.useSpeech('test', 'fr'));
    expect(result.current.availability).toBe('pending');
    act(() => {
      vi.advanceTimersByTime(speech.VOICES_GRACE_MS);
    });
    expect(result.current.availability).toBe('unavailable');
  });

  it('is pending on the server, where the page is prerendered', () => {
    install([voice('fr-FR', 'Thomas')]);
    const Probe = () => speech.useSpeech('test', 'fr').availability;
    expect(renderToString(createElement(Probe))).toBe('pending');
  });
});

describe('a reading', () => {
  it('speaks each item with its own language and the voice of that language', () => {
    install([voice('fr-FR', 'Thomas'), voice('en-GB', 'Daniel')]);
    speech.play('test', [
      { text: 'Bonjour', lang: 'fr' },
      { text: 'Hello', lang: 'en' },
    ]);
    expect(synth.spoken.map((u) => [u.text, u.lang, u.voice?.name])).toEqual([
      ['Bonjour', 'fr', 'Thomas'],
      ['Hello', 'en', 'Daniel'],
    ]);
  });

  it('pauses where it is, resumes, and stops', () => {
    install([voice('fr-FR', 'Thomas')]);
    speech.play('test', [{ text: 'Bonjour', lang: 'fr' }]);
    expect(speech.readingState('test')).toBe('playing');
    speech.pause('test');
    expect(speech.readingState('test')).toBe('paused');
    expect(synth.paused).toBe(true);
    speech.resume('test');
    expect(speech.readingState('test')).toBe('playing');
    expect(synth.paused).toBe(false);
    expect(synth.spoken).toHaveLength(1);
    speech.stop('test');
    expect(speech.readingState('test')).toBe('idle');
    expect(synth.cancelled).toBeGreaterThan(0);
    expect(synth.queue).toEqual([]);
  });

  it('ends by itself after its last item', () => {
    install([voice('fr-FR', 'Thomas')]);
    speech.play('test', [
      { text: 'Un', lang: 'fr' },
      { text: 'Deux', lang: 'fr' },
    ]);
    synth.finishOne();
    expect(speech.readingState('test')).toBe('playing');
    synth.finishOne();
    expect(speech.readingState('test')).toBe('idle');
  });

  it('is one at a time: a reading started stops the other', () => {
    install([voice('fr-FR', 'Thomas')]);
    speech.play('room', [{ text: 'Salle', lang: 'fr' }]);
    speech.pause('room');
    speech.play('card', [{ text: 'Carte', lang: 'fr' }]);
    expect(speech.readingState('room')).toBe('idle');
    expect(speech.readingState('card')).toBe('playing');
    // The engine left paused by the other reading would keep this one silent.
    expect(synth.paused).toBe(false);
    expect(synth.queue.map((u) => u.text)).toEqual(['Carte']);
    // Another control's actions leave it alone.
    speech.pause('room');
    speech.stop('room');
    expect(speech.readingState('card')).toBe('playing');
  });

  it('goes on from the item it was in where the engine dropped the queue on pause', () => {
    install([voice('fr-FR', 'Thomas')]);
    speech.play('test', [
      { text: 'Un', lang: 'fr' },
      { text: 'Deux', lang: 'fr' },
      { text: 'Trois', lang: 'fr' },
    ]);
    synth.finishOne();
    speech.pause('test');
    synth.dropQueue();
    speech.resume('test');
    expect(speech.readingState('test')).toBe('playing');
    expect(synth.queue.map((u) => u.text)).toEqual(['Deux', 'Trois']);
  });

  it('is not ended by an error while paused, and is by one while playing', () => {
    install([voice('fr-FR', 'Thomas')]);
    speech.play('test', [{ text: 'Un', lang: 'fr' }]);
    speech.pause('test');
    synth.queue[0]!.onerror?.({ error: 'interrupted' });
    expect(speech.readingState('test')).toBe('paused');
    speech.resume('test');
    synth.queue[0]!.onerror?.({ error: 'synthesis-failed' });
    expect(speech.readingState('test')).toBe('idle');
  });

  it('stops when its control leaves the page', () => {
    install([voice('fr-FR', 'Thomas')]);
    const { result, unmount } = renderHook(() => speech.useSpeech('test', 'fr'));
    act(() => result.current.play([{ text: 'Bonjour', lang: 'fr' }]));
    expect(result.current.state).toBe('playing');
    act(() => result.current.pause());
    expect(result.current.state).toBe('paused');
    unmount();
    expect(speech.readingState('test')).toBe('idle');
    expect(synth.queue).toEqual([]);
  });
});
