import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseVoice, play, stop } from './use-speech';

const voice = (lang: string, name: string, extra: Partial<SpeechSynthesisVoice> = {}) =>
  ({ lang, name, voiceURI: name, default: false, localService: true, ...extra }) as SpeechSynthesisVoice;

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

  it('is none when the language has no voice (the engine then chooses from the utterance lang)', () => {
    expect(chooseVoice(voices, 'de')).toBeUndefined();
    expect(chooseVoice([], 'fr')).toBeUndefined();
  });
});

describe('a reading', () => {
  afterEach(() => {
    stop();
    vi.unstubAllGlobals();
  });

  it('speaks each item with its own language and the voice of that language', () => {
    const spoken: SpeechSynthesisUtterance[] = [];
    const speech = {
      getVoices: () => [voice('fr-FR', 'Thomas'), voice('en-GB', 'Daniel')],
      speak: (u: SpeechSynthesisUtterance) => spoken.push(u),
      cancel: vi.fn(),
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    };
    class Utterance {
      lang = '';
      voice: SpeechSynthesisVoice | null = null;
      constructor(public text: string) {}
    }
    vi.stubGlobal('speechSynthesis', speech);
    vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
    play('test', [
      { text: 'Bonjour', lang: 'fr' },
      { text: 'Hello', lang: 'en' },
    ]);
    expect(spoken.map((u) => [u.text, u.lang, u.voice?.name])).toEqual([
      ['Bonjour', 'fr', 'Thomas'],
      ['Hello', 'en', 'Daniel'],
    ]);
    stop('test');
    expect(speech.cancel).toHaveBeenCalled();
  });
});
