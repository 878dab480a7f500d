import { useId } from 'react';
import { useTranslation } from '@/i18n/react';
import { getSpeaker } from '@/content/speakers';
import { correctedText } from '@/content/source-entries';
import type { Card, Room } from '@/content/types';
import { useLocalise } from '@/content/use-localise';
import { useSpeech, type SpeechItem } from './use-speech';

interface ListenButtonProps {
  /** Who owns the reading: one reading at a time on the page, stopped when this button leaves. */
  owner: string;
  items: readonly SpeechItem[];
  label: string;
  /**
   * Where the browser cannot speak: 'explain' shows the button disabled with the reason (once,
   * on a room); 'hide' shows nothing (on every open card, the reason would be clutter).
   */
  whenUnavailable?: 'explain' | 'hide';
}

/**
 * A toggle (aria-pressed) that reads texts aloud and stops. Where the browser cannot speak, it
 * stays disabled and says why, or is not shown; on the server, and until the browser has answered,
 * its place is held by an invisible copy (speech needs the browser).
 */
export function ListenButton({ owner, items, label, whenUnavailable = 'explain' }: ListenButtonProps) {
  const { t } = useTranslation();
  const { availability, speaking, toggle } = useSpeech(owner);
  const noteId = useId();
  const unavailable = availability === 'unavailable';
  // Until the browser has said whether it can speak, the button's place is kept, unseen, so that
  // nothing moves when it appears.
  const pending = availability === 'pending';
  if (unavailable && whenUnavailable === 'hide') return null;
  return (
    <span className={pending ? 'listen listen--pending' : 'listen'} aria-hidden={pending || undefined}>
      <button
        type="button"
        className="button listen__button"
        aria-pressed={speaking}
        disabled={unavailable || pending}
        aria-describedby={unavailable ? noteId : undefined}
        onClick={() => toggle(items)}
      >
        <span aria-hidden="true" className="listen__icon">
          {speaking ? '■' : '▶'}
        </span>
        <span className="listen__label">{label}</span>
      </button>
      {unavailable && (
        <span id={noteId} className="listen__note">
          {t('listen.unavailable')}
        </span>
      )}
    </span>
  );
}

/** An open card's quote, read in the language it is shown in. */
export function CardListenButton({ card }: { card: Card }) {
  const { t } = useTranslation();
  const { l } = useLocalise();
  const quote = l(`cards.${card.id}.text`, correctedText(card));
  return (
    <ListenButton
      owner={`card:${card.id}`}
      items={[{ text: quote.text, lang: quote.lang }]}
      label={t('listen.card')}
      whenUnavailable="hide"
    />
  );
}

/** A whole room read as a sequence: each voice's name, then their quotes, in the order of the wall. */
export function RoomListenButton({ room }: { room: Room }) {
  const { t } = useTranslation();
  const { lang, l } = useLocalise();
  const items: SpeechItem[] = [];
  room.cards.forEach((card, i) => {
    if (i === 0 || room.cards[i - 1]!.speaker !== card.speaker) {
      items.push({ text: getSpeaker(card.speaker)?.name ?? t('speaker.unnamed'), lang });
    }
    const quote = l(`cards.${card.id}.text`, correctedText(card));
    items.push({ text: quote.text, lang: quote.lang });
  });
  return <ListenButton owner={`room:${room.id}`} items={items} label={t('listen.room')} />;
}
