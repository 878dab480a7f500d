import { useArriving, useRenderedInApp } from '@/hooks/use-arriving';
import { useEffect, useRef, useState, type ComponentType } from 'react';
import { useTranslation } from '@/i18n/react';
import { Link, NavigationType, useLocation, useNavigate, useNavigationType } from 'react-router';
import { paths } from '@/config/paths';
import { getCard, groupBySpeaker } from '@/content/room-content';
import { roomNeighbours, roomSummaries } from '@/content/room-index';
import type { Card, LoadedRoom, Speaker } from '@/content/types';
import { useRoomText } from '@/content/use-room-text';
import { CardBoundary } from '@/components/card-boundary';
import { BidiText } from '@/components/bidi-text';
import { LocalText } from '@/components/local-text';
import { QrCode } from '@/components/qr-code';
import { RoomMeta } from './room-meta';
import { hasPublicAddress, publicUrl } from '@/config/site';
import { useKioskMode } from '@/hooks/use-kiosk-mode';
import { QuoteCard, openLinkId } from '@/components/quote/quote-card';
import { ShareButton } from '@/components/share-button';
import { RoomListenButton } from '@/components/listen/listen-button';
import { TranslationNotice } from '@/components/translation-notice';
import { useLang } from '@/hooks/use-lang';
import { useRevealed } from '@/hooks/use-revealed';
import { useTourMove } from '@/hooks/use-tour';
import { useSwipe } from '@/hooks/use-swipe';
import { RoomRoster, type RosterEntry } from './room-roster';
import { VoiceStation } from './voice-station';
import { voiceColour } from '@/components/speaker-emblem';

/** When all the bubbles of a room reached in the app are there at the latest. */
const BUBBLES_AT_THE_LATEST_MS = 3000;

/** A room: its theme, its voices as speech bubbles, doors to the rooms on either side. */
/** Where the room's cards open (the cards feature's layer, given by src/app/router.tsx). */
export type CardLayerSlot = ComponentType<{ card: Card | undefined; room: LoadedRoom; onClose: () => void }>;

export function RoomPage({
  room,
  cardId,
  OpenCards,
}: {
  room: LoadedRoom;
  cardId: string | undefined;
  OpenCards: CardLayerSlot;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const roomText = useRoomText();
  const title = roomText.title(room);
  const navigate = useNavigate();
  const location = useLocation();
  const navigationType = useNavigationType();
  const inApp = useRenderedInApp();
  const kiosk = useKioskMode();
  const { previous, next } = roomNeighbours(room.id);
  const card = getCard(room, cardId);
  const heading = useRef<HTMLHeadingElement>(null);
  const lastOpened = useRef<string | undefined>(cardId);
  // Where cards open, from the first one opened on: it stays, so that a card closes as it opened.
  const [cardsOpened, setCardsOpened] = useState(Boolean(card));
  if (card && !cardsOpened) setCardsOpened(true);
  const roomHref = paths.room.getHref(lang, room.id);
  // A room reached inside the app shows its header at once, then its bubbles one in each frame
  // (the browser paints in between), so that a room change is not one long task. All of them are
  // there at once in a prerendered room, in a room gone back (or forward) to, which is put back
  // where the reader left it, and under an open card, so that the card's bubble is on the wall
  // when the card closes into it.
  const bubblesShown = useRevealed(room.cards.length, {
    all: !inApp || navigationType === NavigationType.Pop || Boolean(card),
    latestMs: BUBBLES_AT_THE_LATEST_MS,
  });
  const arriving = useArriving();
  const groups = groupBySpeaker(room);
  // Groups keep the room's order: a bubble's place on the wall is its card's place in the room.
  const wallIndex = new Map(room.cards.map((c, index) => [c.id, index]));
  // Each voice of the room a colour of its own, in the order they first speak.
  const voiceIds = [...new Set(room.cards.map((c) => c.speaker ?? ''))];
  const colourOf = (speaker: Speaker | undefined) => voiceColour(speaker, voiceIds.indexOf(speaker?.id ?? ''));
  const roster: RosterEntry[] = voiceIds.map((id) => {
    const first = groups.find((group) => (group.speaker?.id ?? '') === id)!;
    return {
      target: `voice-${first.key}`,
      speaker: first.speaker,
      colour: colourOf(first.speaker),
      count: room.cards.filter((c) => (c.speaker ?? '') === id).length,
    };
  });

  // The room's keys are the app's (src/hooks/use-tour.ts); a swipe on the wall does what an arrow
  // does, a finger moving left pushing the wall on as → does.
  const move = useTourMove();
  const swipe = useSwipe((direction) => !card && move(direction === 'left' ? 'right' : 'left'));
  const closeCard = () => void navigate(roomHref, { preventScrollReset: true });

  // Entering a room from another page moves focus to its title, so a screen reader starts there
  // (not on the first page of a visit: "default" is the key of the entry the browser opened).
  const arrivedByLink = location.key !== 'default';
  useEffect(() => {
    if (arrivedByLink && !lastOpened.current) heading.current?.focus({ preventScroll: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the room changes
  }, [room.id]);

  // Closing a card gives focus back to the bubble it was opened from.
  useEffect(() => {
    if (cardId) lastOpened.current = cardId;
    else if (lastOpened.current) {
      document.getElementById(openLinkId(lastOpened.current))?.focus({ preventScroll: false });
      lastOpened.current = undefined;
    }
  }, [cardId]);

  return (
    <div className={`room room--${room.id}`} style={{ ['--room-index' as string]: room.order }}>
      <RoomMeta room={room} card={card} />
      {/* Before the wall it covers: a card's prerendered page is parsed and painted dialog first,
          its quote in the first frame rather than after the whole room (the slow-phone bench). */}
      {cardsOpened && <OpenCards card={card} room={room} onClose={closeCard} />}
      <div className="room__content" inert={Boolean(card)}>
        <header className="room__header">
          <p className="eyebrow">{t('room.number', { number: room.order, total: roomSummaries.length })}</p>
          <h1 ref={heading} tabIndex={-1}>
            <LocalText value={title} />
          </h1>
          <div className="room__tools">
            <p className="room__count">
              {t('room.count', { count: room.cards.length })} · {t('room.voices', { count: voiceIds.length })}
            </p>
            <ShareButton
              path={roomHref}
              title={`${title.text} · ${t('layout.siteName')}`}
              label={t('share.roomLabel', { room: title.text })}
            />
            <RoomListenButton room={room} />
          </div>
        </header>
        <TranslationNotice short />

        <div className="room__body">
          <aside className="room__aside">
            <details className="room__about">
              <summary>{t('room.about')}</summary>
              <p className="room__heading">
                <span className="room__heading-label">{t('room.transcriptHeading')}</span>{' '}
                <span lang="fr">{room.heading.text}</span>
              </p>
              <p className="room__intro">
                <LocalText value={roomText.intro(room)} />
              </p>
            </details>
            <RoomRoster entries={roster} />
            {kiosk && hasPublicAddress() && (
              <figure className="take-away">
                <QrCode value={publicUrl(roomHref)} label={t('kiosk.qrLabel', { url: publicUrl(roomHref) })} />
                <figcaption>{t('kiosk.qrRoom')}</figcaption>
              </figure>
            )}
          </aside>

          <div className={arriving ? 'wall arriving' : 'wall'} {...swipe}>
            {groups
              .filter((group) => wallIndex.get(group.key)! < bubblesShown)
              .map((group) => (
                <VoiceStation
                  key={group.key}
                  id={`voice-${group.key}`}
                  speaker={group.speaker}
                  colour={colourOf(group.speaker)}
                  holdsOpenCard={Boolean(card && group.cards.includes(card))}
                  total={group.cards.length}
                  bubbles={group.cards
                    .filter((c) => wallIndex.get(c.id)! < bubblesShown)
                    .map((c) => (
                      <CardBoundary key={c.id} cardId={c.id} as="li">
                        <QuoteCard card={c} roomId={room.id} speaker={group.speaker} index={wallIndex.get(c.id)!} />
                      </CardBoundary>
                    ))}
                />
              ))}
          </div>
        </div>

        <nav className="room-nav" aria-label={t('room.navLabel')}>
          {previous ? (
            <Link className="room-nav__door room-nav__door--previous" to={paths.room.getHref(lang, previous.id)}>
              <span className="room-nav__hint">{t('room.previous')}</span>
              <LocalText className="room-nav__title" value={roomText.title(previous)} />
            </Link>
          ) : (
            <span />
          )}
          <Link className="room-nav__hall" to={paths.hall.getHref(lang)}>
            {t('room.backToHall')}
          </Link>
          {next ? (
            <Link className="room-nav__door room-nav__door--next" to={paths.room.getHref(lang, next.id)}>
              <span className="room-nav__hint">{t('room.next')}</span>
              <LocalText className="room-nav__title" value={roomText.title(next)} />
            </Link>
          ) : (
            <span />
          )}
        </nav>
        <p className="room__keys">
          <BidiText text={t('room.keys')} lang={lang} />
        </p>
      </div>
    </div>
  );
}
