/**
 * For tests: a stand-in for the browser's speech synthesis (jsdom has none). It says nothing, keeps
 * what it is given, and lets a test finish an utterance, load the voices late, or drop the queue
 * as some engines do on pause.
 */
type Handler = ((event?: unknown) => void) | null;

export class FakeUtterance {
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  onstart: Handler = null;
  onend: Handler = null;
  onerror: Handler = null;
  constructor(public text: string) {}
}

export const voice = (lang: string, name: string, extra: Partial<SpeechSynthesisVoice> = {}) => ({
  lang,
  name,
  voiceURI: name,
  default: false,
  localService: true,
  ...extra,
});

export class FakeSpeech extends EventTarget {
  /** Everything it was given to say, in order. */
  readonly spoken: FakeUtterance[] = [];
  /** What it still has to say, the one being said first. */
  queue: FakeUtterance[] = [];
  paused = false;
  cancelled = 0;

  constructor(public voices: SpeechSynthesisVoice[] = []) {
    super();
  }

  get speaking() {
    return this.queue.length > 0;
  }
  get pending() {
    return this.queue.length > 1;
  }
  getVoices() {
    return this.voices;
  }
  speak(utterance: FakeUtterance) {
    this.spoken.push(utterance);
    this.queue.push(utterance);
    if (this.queue.length === 1) utterance.onstart?.();
  }
  cancel() {
    this.cancelled++;
    const dropped = this.queue;
    this.queue = [];
    dropped.forEach((utterance) => utterance.onerror?.({ error: 'interrupted' }));
  }
  pause() {
    this.paused = true;
  }
  resume() {
    this.paused = false;
  }

  /** The utterance being said comes to its end; the next one starts. */
  finishOne() {
    this.queue.shift()?.onend?.();
    this.queue[0]?.onstart?.();
  }
  /** Voices arrive after the first ask, as in Chromium. */
  loadVoices(voices: SpeechSynthesisVoice[]) {
    this.voices = voices;
    this.dispatchEvent(new Event('voiceschanged'));
  }
  /** What Chrome on Android does on pause: the queue is gone, without a word. */
  dropQueue() {
    this.queue = [];
  }
}
