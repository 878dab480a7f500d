import { memo, useDeferredValue, useEffect, useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from '@/i18n/react';
import { Link, NavigationType, useHref, useLocation, useNavigationType, useSearchParams } from 'react-router';
import { BidiText } from '@/components/bidi-text';
import { LocalText } from '@/components/local-text';
import { PageMeta } from '@/components/page-meta';
import { TranslationNotice } from '@/components/translation-notice';
import { LANG_LOCALE, SOURCE_LANG, isolate, type Lang } from '@/config/languages';
import { paths } from '@/config/paths';
import { SEARCH_PARAM } from '@/config/search-param';
import { useCatalogue } from '@/content/catalogue';
import { correctedText } from '@/content/content-keys';
import { useCardText } from '@/content/use-card-text';
import type { Card, Room } from '@/content/types';
import { useLocalise } from '@/content/use-localise';
import { useRoomText } from '@/content/use-room-text';
import { useHydrated } from '@/hooks/use-hydrated';
import { useLang } from '@/hooks/use-lang';
import { useArrivalFocus } from '@/hooks/use-arrival-focus';
import { Highlighted } from './highlighted';
import { tokenize } from './normalise';
import { loadSearcher, searchDocuments, type SearchField, type SearchHit, type Searcher } from './search-index';
import { exampleSearches, roomsOnTheme } from './themes';

const OTHER_FIELDS = ['role', 'notes'] as const satisfies readonly SearchField[];

/**
 * `/:lang/recherche/?q=`: every quote, speaker, role and note, searched in the page's language
 * and in the French original at once. The query is in the URL (a search is a link to share);
 * typing replaces it, and the results follow as you type.
 */
export function SearchPage() {
  const { t } = useTranslation();
  const heading = useArrivalFocus();
  const lang = useLang();
  // The form's address without the app (the base path included): the page, with `?q=`; and the
  // catalogue, every quote one link away, for a reader without JavaScript.
  const action = useHref(paths.search.getHref(lang));
  const catalogueHref = useHref(paths.catalogue.getHref(lang));
  const { pack } = useLocalise();
  const roomText = useRoomText();
  const hydrated = useHydrated();
  const location = useLocation();
  const navigationType = useNavigationType();
  const [params, setParams] = useSearchParams();
  const urlQuery = params.get(SEARCH_PARAM) ?? '';
  const inputId = useId();
  const { rooms, cardCount, getSpeaker } = useCatalogue();

  // What is typed is the field's own state; the URL follows it (replace). A visit to another
  // search (a link, back or forward) puts its query in the field.
  const [query, setQuery] = useState(urlQuery);
  const [seenKey, setSeenKey] = useState(location.key);
  if (location.key !== seenKey) {
    setSeenKey(location.key);
    if (navigationType !== NavigationType.Replace) setQuery(urlQuery);
  }

  const [searcher, setSearcher] = useState<{ lang: string; searcher: Searcher }>();
  const [failed, setFailed] = useState(false);
  const unnamed = t('speaker.unnamed');
  useEffect(() => {
    let live = true;
    loadSearcher(lang, () => searchDocuments(rooms, pack, (card) => getSpeaker(card.speaker), unnamed)).then(
      (loaded) => live && setSearcher({ lang, searcher: loaded }),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [lang, pack, unnamed, rooms, getSpeaker]);

  // The prerendered page has no query: the app shows the URL's once it has taken the page over.
  const shown = hydrated ? query : '';
  // The results follow what is typed at a lower priority: the keystroke is painted at once, and a
  // rendering of results not finished when the next key comes is dropped for the next one.
  const searched = useDeferredValue(shown);
  const ready = searcher?.lang === lang ? searcher.searcher : undefined;
  const hits = useMemo(() => (ready && searched.trim() ? ready.search(searched) : []), [ready, searched]);
  const groups = useMemo(() => groupByRoom(rooms, hits), [rooms, hits]);
  // Nothing found is not a dead end: the rooms on the theme of the words that found nothing, and
  // the words of the exhibition close to them.
  const foundNothing = Boolean(ready && searched.trim() && hits.length === 0);
  const themeRooms = useMemo(() => {
    if (!ready || !foundNothing) return [];
    const unfound = tokenize(searched).filter((word) => ready.search(word).length === 0);
    const ids = roomsOnTheme(unfound.join(' '), lang);
    return rooms.filter((room) => ids.includes(room.id));
  }, [ready, foundNothing, searched, lang, rooms]);
  const closeWords = useMemo(
    () => (ready && foundNothing ? ready.suggest(searched) : []),
    [ready, foundNothing, searched],
  );
  const examples = !searched.trim() || (foundNothing && themeRooms.length === 0 && closeWords.length === 0);

  // Following a link to another search (a suggestion, an example) leaves that link gone: focus
  // goes to the heading, as on arriving by a link (useArrivalFocus), and Tab goes on from the top.
  const seenFocusKey = useRef(location.key);
  useEffect(() => {
    if (seenFocusKey.current === location.key) return;
    seenFocusKey.current = location.key;
    if (navigationType === NavigationType.Push) heading.current?.focus({ preventScroll: true });
  }, [location.key, navigationType, heading]);

  // Come by the header's search or the / key (src/app/lang-layout.tsx): ready to type.
  const input = useRef<HTMLInputElement>(null);
  const typeAtOnce = (location.state as { typeAtOnce?: boolean } | null)?.typeAtOnce === true;
  useEffect(() => {
    if (typeAtOnce) input.current?.focus();
  }, [typeAtOnce, location.key]);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const value = event.target.value;
    setQuery(value);
    setParams(value ? { [SEARCH_PARAM]: value } : {}, { replace: true, preventScrollReset: true });
  };

  let status = '';
  if (searched.trim()) {
    if (failed) status = t('search.failed');
    else if (!ready) status = t('search.loading');
    else if (hits.length === 0)
      status = [
        t('search.none', { query: isolate(lang, searched.trim()) }),
        themeRooms.length > 0 &&
          t('search.suggestRooms', {
            rooms: list(
              lang,
              'conjunction',
              themeRooms.map((room) => isolate(lang, roomText.title(room).text)),
            ),
          }),
        closeWords.length > 0 &&
          t('search.suggestWords', {
            words: list(
              lang,
              'disjunction',
              closeWords.map((word) => isolate(lang, word)),
            ),
          }),
      ]
        .filter(Boolean)
        .join(' ');
    else status = `${t('search.results', { count: hits.length })} · ${t('search.inRooms', { count: groups.length })}`;
  }

  return (
    <div className="explore-page search">
      <PageMeta title={t('search.title')} description={t('search.lead')} path={paths.search.getHref(lang)} />
      <header className="explore-page__header">
        <p className="eyebrow">{t('explore.eyebrow')}</p>
        <h1 ref={heading} tabIndex={-1}>
          {t('search.title')}
        </h1>
        <p className="explore-page__lead">{t('search.lead')}</p>
        <form role="search" method="get" action={action} className="search__form" onSubmit={(e) => e.preventDefault()}>
          <label htmlFor={inputId} className="search__label">
            {t('search.label')}
          </label>
          <input
            ref={input}
            id={inputId}
            className="search__input"
            type="search"
            name={SEARCH_PARAM}
            value={shown}
            onChange={onChange}
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
            aria-describedby={`${inputId}-hint`}
          />
          <p id={`${inputId}-hint`} className="search__hint">
            {t('search.hint', { count: cardCount })}
          </p>
          {/* The prerendered page read without JavaScript: no search, but every quote one link away. */}
          <noscript>
            <p className="search__noscript">
              <BidiText text={t('search.noScript')} lang={lang} />{' '}
              <a href={catalogueHref}>{t('search.noScriptLink')}</a>
            </p>
          </noscript>
        </form>
        <TranslationNotice />
      </header>

      <p className="search__status" role="status">
        {status}
      </p>

      {themeRooms.length > 0 && (
        <section className="search__suggest" aria-labelledby={`${inputId}-rooms`}>
          <h2 id={`${inputId}-rooms`}>{t('search.roomsHeading', { count: themeRooms.length })}</h2>
          <ul className="search__room-links">
            {themeRooms.map((room) => (
              <li key={room.id}>
                <Link className={`search__room-link room--${room.id}`} to={paths.room.getHref(lang, room.id)}>
                  <span className="search__room-number" aria-hidden="true">
                    {room.order}
                  </span>
                  <span className="search__room-title">
                    <LocalText value={roomText.title(room)} />
                  </span>
                  <span className="search__room-count">{t('room.count', { count: room.cards.length })}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {closeWords.length > 0 && (
        <SearchLinks id={`${inputId}-close`} heading={t('search.wordsHeading')} lang={lang} searches={closeWords} />
      )}
      {examples && (
        <SearchLinks
          id={`${inputId}-examples`}
          heading={t('search.examplesHeading')}
          lang={lang}
          searches={exampleSearches(lang)}
        />
      )}

      {groups.map(({ room, hits: inRoom }) => (
        <ResultsOfRoom key={room.id} room={room} hits={inRoom} />
      ))}
    </div>
  );
}

/** Names in a sentence: "Environment and Culture", "musique or doublage", in the page's language. */
function list(lang: Lang, type: 'conjunction' | 'disjunction', items: string[]): string {
  return new Intl.ListFormat(LANG_LOCALE[lang], { type }).format(items);
}

/** Searches to try, each a link to its results (the page itself, with `?q=`). */
function SearchLinks({
  id,
  heading,
  lang,
  searches,
}: {
  id: string;
  heading: string;
  lang: Lang;
  searches: readonly string[];
}) {
  return (
    <section className="search__suggest" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul className="search__words">
        {searches.map((search) => (
          <li key={search}>
            <Link className="search__word" to={paths.search.getHref(lang, search)}>
              <bdi>{search}</bdi>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function groupByRoom(
  rooms: readonly Room[],
  hits: SearchHit[],
): { room: Room; hits: { card: Card; hit: SearchHit }[] }[] {
  return rooms
    .map((room) => ({
      room,
      hits: room.cards.flatMap((card) => {
        const hit = hits.find((h) => h.id === card.id);
        return hit ? [{ card, hit }] : [];
      }),
    }))
    .filter((group) => group.hits.length > 0);
}

/** Memoised: a keystroke's own render (the field) leaves the results as they are (useDeferredValue above). */
const ResultsOfRoom = memo(function ResultsOfRoom({
  room,
  hits,
}: {
  room: Room;
  hits: { card: Card; hit: SearchHit }[];
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const roomText = useRoomText();
  const headingId = `results-${room.id}`;
  return (
    <section className={`search__room room--${room.id}`} aria-labelledby={headingId}>
      <header className="speakers__room-header">
        <h2 id={headingId}>
          <Link to={paths.room.getHref(lang, room.id)}>
            <LocalText value={roomText.title(room)} />
          </Link>
        </h2>
        <p className="speakers__room-count">{t('search.results', { count: hits.length })}</p>
      </header>
      <ul className="search__hits">
        {hits.map(({ card, hit }) => (
          <Result key={card.id} room={room} card={card} hit={hit} />
        ))}
      </ul>
    </section>
  );
});

function Result({ room, card, hit }: { room: Room; card: Card; hit: SearchHit }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { quote } = useCardText(card);
  const roomText = useRoomText();
  const speaker = useCatalogue().getSpeaker(card.speaker);
  const translated = quote.provenance !== 'original' && quote.provenance !== 'missing';
  const quoteId = `hit-${card.id}`;
  // Matches in the quote and the name are highlighted; these are said in a line.
  const others = OTHER_FIELDS.filter((field) => hit.fields.has(field));
  const frenchHit = translated && hit.fields.has('french');
  return (
    <li className="search-hit">
      <p className="search-hit__who">
        {speaker ? (
          <bdi className="search-hit__name">
            <Highlighted text={speaker.name} terms={hit.terms} lang={SOURCE_LANG} />
          </bdi>
        ) : (
          <span className="search-hit__name">{t('speaker.unnamed')}</span>
        )}
        {speaker &&
          roomText.role(speaker).map((part, i) => (
            <span key={i} className="search-hit__role" lang={part.lang === lang ? undefined : part.lang}>
              {' · '}
              <Highlighted text={part.text} terms={hit.terms} lang={part.lang} />
            </span>
          ))}
      </p>
      <blockquote id={quoteId} className="search-hit__quote" lang={quote.lang === lang ? undefined : quote.lang}>
        <p>
          <Highlighted text={quote.text} terms={hit.terms} lang={quote.lang} />
        </p>
      </blockquote>
      {frenchHit && (
        <div className="search-hit__original">
          <p className="original__label">{t('translation.originalLabel')}</p>
          <blockquote lang="fr">
            <p>
              <Highlighted text={correctedText(card)} terms={hit.terms} lang={SOURCE_LANG} />
            </p>
          </blockquote>
        </div>
      )}
      <div className="search-hit__footer">
        {others.length > 0 && (
          <p className="search-hit__where">
            {t('search.foundIn', { places: others.map((field) => t(`search.field.${field}`)).join(', ') })}
          </p>
        )}
        <Link
          className="search-hit__open"
          to={paths.card.getHref(lang, room.id, card.id)}
          aria-label={t('card.openLabel', { speaker: isolate(lang, speaker?.name ?? t('speaker.unnamed')) })}
          aria-describedby={quoteId}
        >
          {t('card.open')}
        </Link>
      </div>
    </li>
  );
}
