import { useCallback, useLayoutEffect, useRef } from 'react';
import { useTranslation } from '@/i18n/react';
import { speakerOf } from '@/content/speakers';
import type { Card, LoadedRoom } from '@/content/types';
import { useLocalise } from '@/content/use-localise';
import { useSpeech, type SpeechItem } from './use-speech';

interface ListenButtonProps {
  /** Who owns the reading: one reading at a time on the page, stopped when this control leaves. */
  owner: string;
  items: readonly SpeechItem[];
  /** The language the reading needs a voice for: without one, nothing is offered. */
  lang: string;
  /** What the control says before a reading starts ("Listen", "Play the room"). */
  label: string;
}

// Text glyphs, not emoji (U+FE0E): the label says the same in words.
const ICONS = { play: '▶\uFE0E', pause: '❚❚', stop: '■' };

/**
 * Reads texts aloud; while reading, the button says Pause, then Resume, and a Stop button ends
 * the reading. Where the browser cannot read the language aloud, nothing is shown. On the server,
 * and until the browser has answered, the button's place is held by an unseen copy, so that
 * nothing moves when it appears.
 */
export function ListenButton({ owner, items, lang, label }: ListenButtonProps) {
  const { t } = useTranslation();
  const speech = useSpeech(owner, lang);
  const { state } = speech;
  const mainButton = useRef<HTMLButtonElement>(null);
  // Stop leaves with the reading it ends, by a press or when the reading runs out: focus held
  // there goes back to the button that starts a reading, not to the page's top.
  const focusWasOnStop = useRef(false);
  const stopButton = useCallback((node: HTMLButtonElement | null) => {
    if (!node) return;
    return () => {
      focusWasOnStop.current = node === node.ownerDocument.activeElement;
    };
  }, []);
  useLayoutEffect(() => {
    if (state !== 'idle' || !focusWasOnStop.current) return;
    focusWasOnStop.current = false;
    mainButton.current?.focus();
  }, [state]);

  if (speech.availability === 'unavailable') return null;
  const pending = speech.availability === 'pending';
  const main = {
    idle: { icon: ICONS.play, text: label, act: () => speech.play(items) },
    playing: { icon: ICONS.pause, text: t('listen.pause'), act: speech.pause },
    paused: { icon: ICONS.play, text: t('listen.resume'), act: speech.resume },
  }[state];
  return (
    <span className={pending ? 'listen listen--pending' : `listen listen--${state}`} aria-hidden={pending || undefined}>
      <button ref={mainButton} type="button" className="button listen__button" disabled={pending} onClick={main.act}>
        <span aria-hidden="true" className="listen__icon">
          {main.icon}
        </span>
        <span className="listen__label">{main.text}</span>
      </button>
      {state !== 'idle' && (
        <button ref={stopButton} type="button" className="button listen__button" onClick={speech.stop}>
          <span aria-hidden="true" className="listen__icon">
            {ICONS.stop}
          </span>
          <span className="listen__label">{t('listen.stop')}</span>
        </button>
      )}
    </span>
  );
}

/** An open card's quote, read in the language it is shown in: offered where that language has a voice. */
export function CardListenButton({ card }: { card: Card }) {
  const { t } = useTranslation();
  const { quote } = useLocalise().card(card);
  return (
    <ListenButton
      owner={`card:${card.id}`}
      items={[{ text: quote.text, lang: quote.lang }]}
      lang={quote.lang}
      label={t('listen.card')}
    />
  );
}

/**
 * A whole room read as a sequence: each voice's name, then their quotes, in the order of the wall;
 * offered where the page's language has a voice.
 */
export function RoomListenButton({ room }: { room: LoadedRoom }) {
  const { t } = useTranslation();
  const { lang, card: cardText } = useLocalise();
  const items: SpeechItem[] = [];
  room.cards.forEach((card, i) => {
    if (i === 0 || room.cards[i - 1]!.speaker !== card.speaker) {
      items.push({ text: speakerOf(room, card)?.name ?? t('speaker.unnamed'), lang });
    }
    const { quote } = cardText(card);
    items.push({ text: quote.text, lang: quote.lang });
  });
  return <ListenButton owner={`room:${room.id}`} items={items} lang={lang} label={t('listen.room')} />;
}
