import { BidiText } from '@/components/bidi-text';
import { AnimatePresence, m } from 'framer-motion';
import { MotionProvider } from '@/components/motion-provider';
import { useEffect, useState } from 'react';
import { useTranslation } from '@/i18n/react';
import { LANGS, LANG_DIR, type Lang } from '@/config/languages';
import { attractVariants, pick } from '@/config/motion';
import { speakerOf } from '@/content/speakers';
import type { LoadedRoom } from '@/content/types';
import { useLocalise } from '@/content/use-localise';
import { useRoomText } from '@/content/use-room-text';
import { useReducedMotion } from '@/hooks/use-reduced-motion';
import { i18nFor } from '@/i18n/instances';

/** Quotes per room in one pass of the loop; each pass shows the next ones. */
const QUOTES_PER_ROOM = 3;

/**
 * The screen when nobody is there: the rooms one after another, a few quotes each in large
 * type, and an invitation to touch in every language. Any touch starts a visit.
 */
export function AttractLoop({
  rooms,
  secondsPerRoom,
  onWake,
}: {
  /** Every room, with its quotes, in the order of the tour. */
  rooms: readonly LoadedRoom[];
  secondsPerRoom: number;
  onWake: () => void;
}) {
  const { t } = useTranslation();
  const reduced = useReducedMotion();
  const localised = useLocalise();
  const roomText = useRoomText();
  const [step, setStep] = useState(0);

  useEffect(() => {
    const timer = window.setInterval(() => setStep((n) => n + 1), secondsPerRoom * 1000);
    return () => window.clearInterval(timer);
  }, [secondsPerRoom]);

  const room = rooms[step % rooms.length]!;
  const pass = Math.floor(step / rooms.length);
  const start = (pass * QUOTES_PER_ROOM) % room.cards.length;
  const cards = Array.from(
    { length: Math.min(QUOTES_PER_ROOM, room.cards.length) },
    (_, i) => room.cards[(start + i) % room.cards.length]!,
  );
  const title = roomText.title(room);

  return (
    <MotionProvider>
      <div className="attract" data-step={step}>
        <button type="button" className="attract__wake" onClick={onWake}>
          <span className="sr-only">{t('kiosk.touchToStart')}</span>
        </button>
        <AnimatePresence mode="wait" initial={false}>
          <m.div
            key={step}
            className={`attract__room room--${room.id}`}
            variants={pick(attractVariants, reduced)}
            initial="initial"
            animate="enter"
            exit="exit"
            aria-hidden="true"
          >
            <p className="attract__number">{t('room.number', { number: room.order, total: rooms.length })}</p>
            <p className="attract__title" lang={title.lang}>
              {title.text}
            </p>
            <ul className="attract__quotes">
              {cards.map((card) => {
                const { quote } = localised.card(card);
                return (
                  <li key={card.id} className="attract__quote">
                    <p lang={quote.lang}>
                      <BidiText text={quote.text} lang={quote.lang} />
                    </p>
                    <p className="attract__speaker">
                      <bdi>{speakerOf(room, card)?.name ?? t('speaker.unnamed')}</bdi>
                    </p>
                  </li>
                );
              })}
            </ul>
          </m.div>
        </AnimatePresence>
        <ul className="attract__invite" aria-hidden="true">
          {LANGS.map((code: Lang) => (
            <li key={code} lang={code} dir={LANG_DIR[code]}>
              {i18nFor(code).t('kiosk.touchToStart')}
            </li>
          ))}
        </ul>
      </div>
    </MotionProvider>
  );
}
