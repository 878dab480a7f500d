/**
 * The routes, declared once: shared by the browser and the prerenderer (react-router's
 * declarative mode: `useRoutes`, see src/app/app-router.tsx). Each page checks that its place
 * exists (an unknown language, room, card or speaker is the helpful not-found page, status 404
 * when prerendered) and waits, with `use`, for what it needs: its language, a room's quotes, its
 * code. The rooms are in the main bundle (an open card's code is not: it comes with the first
 * card); the hall and the pages beyond the rooms are loaded when visited, and before hydration when
 * a visit starts on one of them (`prepareRoute`).
 */
import { Component, use, useEffect, type ComponentType, type ErrorInfo, type ReactNode } from 'react';
import { matchRoutes, useLocation, useNavigate, useParams, useRoutes, type RouteObject } from 'react-router';
import { isLang, preferredLang } from '@/config/languages';
import { paths } from '@/config/paths';
import { getCard, loadRoom } from '@/content/room-content';
import { getRoomSummary } from '@/content/room-index';
import { loadLanguagePack } from '@/i18n/language-pack';
import { loadFrenchStrings } from '@/i18n/create-i18n';
import { forgetFailures, loadOnce } from '@/lib/once';
import { retryOnce } from '@/lib/retry';
import { LangLayout } from './lang-layout';
import { NotFoundRoute, RouteError } from './routes/not-found-route';
import { RoomPage, type CardLayerSlot } from '@/features/rooms/room-page';
import { loadCardLayer } from '@/features/cards/load-card-layer';

/** The code of the pages other than the rooms, fetched when first visited (asked for twice). */
const PAGE_CODE = {
  hall: () => import('@/features/hall/hall-page').then((m) => m.HallPage),
  translations: () => import('@/features/translations/about-translations-page').then((m) => m.AboutTranslationsPage),
  speakers: () => import('@/features/speakers/speakers-page').then((m) => m.SpeakersPage),
  speaker: () =>
    Promise.all([import('@/features/speakers/speaker-index'), import('@/features/speakers/speaker-page')]).then(
      ([{ getSpeakerEntry }, { SpeakerPage }]) =>
        function SpeakerRoute() {
          const { speakerId } = useParams();
          return getSpeakerEntry(speakerId) ? <SpeakerPage /> : <NotFoundRoute />;
        },
    ),
  figures: () => import('@/features/figures/figures-page').then((m) => m.FiguresPage),
  search: () => import('@/features/search/search-page').then((m) => m.SearchPage),
  catalogue: () => import('@/features/catalogue/catalogue-page').then((m) => m.CataloguePage),
  about: () => import('@/features/about/about-page').then((m) => m.AboutPage),
  collection: () => import('@/features/cards/collection-page').then((m) => m.CollectionPage),
} satisfies Record<string, () => Promise<ComponentType>>;
type LazyPageId = keyof typeof PAGE_CODE;

// With all the French strings: a room loads only its own (src/i18n/french.ts).
const loadPage = loadOnce((id: LazyPageId) =>
  Promise.all([retryOnce(PAGE_CODE[id]), loadFrenchStrings()]).then(([page]) => page),
);

function LazyPage({ id }: { id: LazyPageId }) {
  const Page = use(loadPage(id));
  // eslint-disable-next-line react-hooks/static-components -- the page's component, loaded once and kept (loadOnce): the same on every render
  return <Page />;
}

/**
 * Catches what breaks a page (its code or quotes could not be had, twice; a fault in rendering):
 * the route's error page, in place of the page only. Cleared by the next move.
 */
class RouteBoundary extends Component<{ place: string; children: ReactNode }, { place: string; caught: boolean }> {
  state = { place: this.props.place, caught: false };
  static getDerivedStateFromError() {
    return { caught: true };
  }
  static getDerivedStateFromProps(props: { place: string }, state: { place: string }) {
    return props.place === state.place ? null : { place: props.place, caught: false };
  }
  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }
  render() {
    return this.state.caught ? <RouteError /> : this.props.children;
  }
}

/** A route's page, kept from the faults of the pages around it. */
function Guarded({ children }: { children: ReactNode }) {
  const { pathname, search } = useLocation();
  return <RouteBoundary place={pathname + search}>{children}</RouteBoundary>;
}

/** `/`: the visitor's language (or the kiosk's, `/?kiosk&idle=…&lang=…&tour=…`, which it starts). */
function RootRoute() {
  const { search } = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    let live = true;
    // A kiosk's settings are read by its own code (its layer's chunk, which it loads next anyway),
    // loaded only when the address asks for one.
    const kiosk = new URLSearchParams(search).has('kiosk')
      ? import('@/features/kiosk/kiosk-layer').then(({ kioskFromQuery, startKiosk }) => {
          const settings = kioskFromQuery(search);
          if (settings) startKiosk(settings);
          return settings;
        })
      : Promise.resolve(null);
    void kiosk
      .then((settings) => settings?.lang ?? preferredLang())
      .then((lang) => live && navigate(paths.hall.getHref(lang), { replace: true }));
    return () => {
      live = false;
    };
  }, [search, navigate]);
  // Nothing to show: the visit goes on at once to the hall of its language.
  return null;
}

/** `/:lang/`: the page's language, complete, before the page renders. */
function LangRoute() {
  const { lang } = useParams();
  if (!isLang(lang)) return <NotFoundRoute />;
  use(loadLanguagePack(lang));
  return <LangLayout />;
}

/** `/:lang/:roomId/:cardId?`: the room's quotes, before its page renders. */
function RoomRoute() {
  const { roomId, cardId } = useParams();
  const summary = getRoomSummary(roomId);
  const room = summary && use(loadRoom(summary.id));
  if (!room || (cardId !== undefined && !getCard(room, cardId))) return <NotFoundRoute />;
  // A page of its own for each room (its bubbles arrive anew), whether or not rooms change by a transition.
  return <RoomPage key={room.id} room={room} cardId={cardId} OpenCards={OpenCards} />;
}

/** The open card's layer, its code loaded before (a move to a card waits for it: `prepareRoute`). */
const OpenCards: CardLayerSlot = (props) => {
  const Layer = use(loadCardLayer());
  // eslint-disable-next-line react-hooks/static-components -- loaded once and kept (loadOnce): the same on every render
  return <Layer {...props} />;
};

const lazyRoute = (id: LazyPageId, path: string | undefined): RouteObject => ({
  id,
  ...(path === undefined ? { index: true } : { path }),
  element: (
    <Guarded>
      <LazyPage id={id} />
    </Guarded>
  ),
});

export const routes: RouteObject[] = [
  { id: 'root', path: paths.root.path, element: <RootRoute /> },
  {
    id: 'lang',
    path: paths.hall.path,
    element: (
      <Guarded>
        <LangRoute />
      </Guarded>
    ),
    children: [
      lazyRoute('hall', undefined),
      // Beyond the rooms: fixed segments, matched before a room id.
      lazyRoute('translations', paths.translations.path),
      lazyRoute('speakers', paths.speakers.path),
      lazyRoute('speaker', paths.speaker.path),
      lazyRoute('figures', paths.figures.path),
      lazyRoute('search', paths.search.path),
      lazyRoute('catalogue', paths.catalogue.path),
      lazyRoute('about', paths.about.path),
      lazyRoute('collection', paths.collection.path),
      {
        id: 'room',
        path: `${paths.room.path}/${paths.card.path}?`,
        element: (
          <Guarded>
            <RoomRoute />
          </Guarded>
        ),
      },
      { id: 'lang-not-found', path: '*', element: <NotFoundRoute /> },
    ],
  },
  { id: 'not-found', path: '*', element: <NotFoundRoute /> },
];

/**
 * The exhibition's pages. No Suspense boundary: a page that waits holds the whole root, so that
 * a prerendered page is taken over in one piece (a boundary would let React hydrate the page
 * inside it after the rest, the visitor's replayed taps and keys arriving before it listens),
 * a page rendered afresh (`/`, the not-found page) shows nothing new until it is complete, and a
 * move (a transition) keeps the page shown until the next one is.
 */
export function AppRoutes() {
  return useRoutes(routes);
}

/** The routes a path matches, kept: react-router ranks all the routes again at each match. */
const matched = new Map<string, ReturnType<typeof matchRoutes<RouteObject>>>();
function matchesOf(pathname: string) {
  if (!matched.has(pathname)) matched.set(pathname, matchRoutes(routes, pathname, import.meta.env.BASE_URL));
  return matched.get(pathname) ?? [];
}

/**
 * What the page at `pathname` waits for (its language, its room's quotes, its code), loaded: before
 * React takes a prerendered page over (it would otherwise show nothing until they arrive), and
 * before the prerenderer renders it (a server render cannot wait).
 */
export async function prepareRoute(pathname: string): Promise<void> {
  const matches = matchesOf(pathname);
  await Promise.all(
    matches.map(({ route, params }) => {
      if (route.id === 'lang') return isLang(params.lang) ? loadLanguagePack(params.lang) : Promise.resolve();
      if (route.id === 'room') {
        const room = getRoomSummary(params.roomId);
        return room ? Promise.all([loadRoom(room.id), params.cardId && loadCardLayer()]) : Promise.resolve();
      }
      return route.id && route.id in PAGE_CODE ? loadPage(route.id as LazyPageId) : Promise.resolve();
    }),
  );
}

/**
 * Before a move inside the app (src/app/app-router.tsx): what could not be had before is asked for
 * again, and what the next page waits for is loaded, the page shown staying until it is there.
 */
export function prepareMove(pathname: string): Promise<void> {
  forgetFailures();
  return prepareRoute(pathname);
}
