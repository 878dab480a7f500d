import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '@/i18n/react';
import { Link, useSearchParams } from 'react-router';
import { BidiText } from '@/components/bidi-text';
import { KeepIcon } from '@/components/keep-icon';
import { LocalText } from '@/components/local-text';
import { PageMeta } from '@/components/page-meta';
import { QrCode } from '@/components/qr-code';
import { TranslationNotice } from '@/components/translation-notice';
import { isolate } from '@/config/languages';
import { paths } from '@/config/paths';
import { COLLECTION_PARAM } from '@/config/search-param';
import { hasPublicAddress, publicUrl } from '@/config/site';
import { useCatalogue } from '@/content/catalogue';
import { cardCode, decodeCollection, encodeCollection } from '@/content/short-code';
import type { Card, Room } from '@/content/types';
import { useRoomText } from '@/content/use-room-text';
import { useArrivalFocus } from '@/hooks/use-arrival-focus';
import { useHydrated } from '@/hooks/use-hydrated';
import { useKioskMode } from '@/hooks/use-kiosk-mode';
import { useLang } from '@/hooks/use-lang';
import { keepAll, removeKept, useCollection } from '@/lib/collection';
import { AttributionBadge } from '@/components/quote/attribution-badge';
import { QuoteBody, TranslationProvenance } from '@/components/quote/quote-body';
import { SpeakerCaption } from '@/components/quote/speaker-caption';
import { ShareButton } from '@/components/share-button';
import { useCardText } from '@/content/use-card-text';

interface Entry {
  card: Card;
  room: Room;
}

/** Every quote by id and by short code. */
function indexOf(rooms: readonly Room[]) {
  const entries = new Map<string, Entry>(rooms.flatMap((room) => room.cards.map((card) => [card.id, { card, room }])));
  const byCode = new Map([...entries.values()].map(({ card }) => [cardCode(card), card.id]));
  const codeOf = (id: string) => {
    const entry = entries.get(id);
    return entry && cardCode(entry.card);
  };
  return { entries, byCode, codeOf };
}

/**
 * `/:lang/collection/`: the quotes a visitor kept, to take away. Without a query, the visitor's
 * own (this browser's); with `?c=` (short codes, src/content/short-code.ts), the address's, in
 * this page's language whatever the language they were kept in. On the web: share, print, and
 * keep a shared selection; on a kiosk: a QR code of the selection's public address, nothing else.
 * The prerendered page (what the service worker keeps) has neither: the app reads both.
 */
export function CollectionPage() {
  const { t } = useTranslation();
  const heading = useArrivalFocus();
  const lang = useLang();
  const kiosk = useKioskMode();
  const hydrated = useHydrated();
  const own = useCollection();
  const [params, setParams] = useSearchParams();
  const query = hydrated ? params.get(COLLECTION_PARAM) : null;
  const { rooms } = useCatalogue();
  const { entries, byCode, codeOf } = useMemo(() => indexOf(rooms), [rooms]);

  const { ids, unknown } = useMemo(() => {
    if (query !== null) return decodeCollection(query, (code) => byCode.get(code));
    const known = own.filter((id) => entries.has(id));
    return { ids: known, unknown: own.length - known.length };
  }, [query, own, entries, byCode]);
  // An address with the visitor's own quotes is their collection too: they can remove from it.
  const isOwn = query === null || (ids.length > 0 && ids.length === own.length && ids.every((id) => own.includes(id)));
  const allKept = ids.every((id) => own.includes(id));
  const codes = encodeCollection(ids, codeOf);
  const path = paths.collection.getHref(lang, codes);
  const address = publicUrl(path);
  const title = isOwn ? t('collectionPage.title') : t('collectionPage.sharedTitle');
  // "Keep these quotes" goes once they are kept: the focus goes to what says so.
  const [justKept, setJustKept] = useState(false);
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (justKept) status.current?.focus();
  }, [justKept]);

  const remove = (id: string) => {
    removeKept(id);
    // The address follows the collection it shows.
    if (query !== null) {
      const rest = encodeCollection(
        ids.filter((k) => k !== id),
        codeOf,
      );
      setParams(rest ? { [COLLECTION_PARAM]: rest } : {}, { replace: true, preventScrollReset: true });
    }
  };

  let lead = t('collectionPage.lead');
  if (kiosk) lead = t('collectionPage.kioskLead');
  else if (!isOwn) lead = t('collectionPage.sharedLead');

  return (
    <div className="explore-page collection">
      <PageMeta title={title} description={t('collectionPage.description')} path={paths.collection.getHref(lang)} />
      <header className="explore-page__header">
        <p className="eyebrow">{t('explore.eyebrow')}</p>
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        <p className="explore-page__lead">
          <BidiText text={lead} lang={lang} />
        </p>
        {hydrated && ids.length > 0 && <p className="explore-page__count">{t('room.count', { count: ids.length })}</p>}
        <TranslationNotice />
      </header>

      {hydrated && (
        <>
          {unknown > 0 && (
            <p className="collection__unknown" role="note">
              {t('collectionPage.unknown', { count: unknown })}
            </p>
          )}

          {ids.length === 0 ? (
            <div className="collection__empty">
              <KeepIcon size={48} />
              <p>{query === null ? t('collectionPage.empty') : t('collectionPage.emptyAddress')}</p>
              <p>
                <Link className="button button--primary" to={paths.hall.getHref(lang)}>
                  {t('collectionPage.toRooms')}
                </Link>
              </p>
            </div>
          ) : (
            <>
              {kiosk ? (
                <TakeAway address={address} />
              ) : (
                <div className="collection__actions no-print">
                  {!allKept && (
                    <button
                      type="button"
                      className="button button--primary"
                      onClick={() => {
                        keepAll(ids);
                        setJustKept(true);
                      }}
                    >
                      <KeepIcon /> {t('collectionPage.keepAll')}
                    </button>
                  )}
                  <ShareButton
                    path={path}
                    title={`${title} · ${t('layout.siteName')}`}
                    label={t('collectionPage.shareLabel')}
                  />
                  <button type="button" className="button" onClick={() => window.print()}>
                    {t('collectionPage.print')}
                  </button>
                  {allKept && (justKept || !isOwn) && (
                    <p className="collection__status" role="status" ref={status} tabIndex={-1}>
                      {t('collectionPage.keptAll')}
                    </p>
                  )}
                </div>
              )}
              <ol className="collection__list">
                {ids.map((id) => (
                  <CollectionEntry key={id} {...entries.get(id)!} onRemove={isOwn ? () => remove(id) : undefined} />
                ))}
              </ol>
              {!kiosk && (
                <p className="collection__address print-only">{t('collectionPage.address', { url: address })}</p>
              )}
            </>
          )}
        </>
      )}
    </div>
  );
}

/** On a kiosk: the selection's public address as a QR code, or why there is none. */
function TakeAway({ address }: { address: string }) {
  const { t } = useTranslation();
  if (!hasPublicAddress()) return <p className="collection__no-qr">{t('collectionPage.noPublicAddress')}</p>;
  return (
    <figure className="take-away collection__qr">
      <QrCode value={address} label={t('kiosk.qrLabel', { url: address })} size={400} />
      <figcaption>{t('collectionPage.qrCaption')}</figcaption>
    </figure>
  );
}

/** A kept quote: who said it, its translation's status, the way to its page in its room. */
function CollectionEntry({ card, room, onRemove }: Entry & { onRemove?: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const roomText = useRoomText();
  const text = useCardText(card);
  const [originalShown, setOriginalShown] = useState(false);
  const speaker = useCatalogue().getSpeaker(card.speaker);
  const name = isolate(lang, speaker?.name ?? t('speaker.unnamed'));
  const href = paths.card.getHref(lang, room.id, card.id);
  return (
    <li className={`collection-entry room--${room.id}`}>
      <p className="collection-entry__room">
        <LocalText value={roomText.title(room)} />
      </p>
      <figure className="collection-entry__figure">
        <QuoteBody card={card} quote={text.quote} />
        <figcaption className="caption">
          <SpeakerCaption speaker={speaker} />
        </figcaption>
      </figure>
      {card.attribution.confidence !== 'certain' && <AttributionBadge attribution={card.attribution} compact />}
      <TranslationProvenance
        card={card}
        quote={text.quote}
        originalShown={originalShown}
        onToggle={() => setOriginalShown((shown) => !shown)}
      />
      <p className="collection-entry__actions">
        <Link to={href} data-url={publicUrl(href)} aria-label={t('collectionPage.openLabel', { speaker: name })}>
          {t('collectionPage.open')}
        </Link>
        {onRemove && (
          <button
            type="button"
            className="button collection-entry__remove"
            onClick={onRemove}
            aria-label={t('collectionPage.removeLabel', { speaker: name })}
          >
            {t('collectionPage.remove')}
          </button>
        )}
      </p>
    </li>
  );
}
