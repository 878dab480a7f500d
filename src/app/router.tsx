/**
 * The routes, declared once: shared by the browser (react-router's data router, src/main.tsx),
 * the prerenderer (src/entry-server.tsx) and the unit tests (tests/visit.tsx). Each page checks
 * that its place exists (an unknown language, room, card or speaker is the helpful not-found page,
 * status 404 when prerendered); what it needs (its language, a room's quotes, the open card's
 * code) is its route's `loader`, its code (the pages beyond the rooms) its route's `lazy`: a move
 * keeps the page shown until the next one has them (`useNavigation` says it is waiting). The rooms
 * are in the main bundle; an open card's code is not: it comes with the first card.
 */
import { useEffect, type ComponentType } from 'react';
import {
  Outlet,
  ScrollRestoration,
  matchRoutes,
  useLocation,
  useNavigate,
  useParams,
  type HydrationState,
  type LoaderFunctionArgs,
  type RouteObject,
} from 'react-router';
import { isLang, preferredLang } from '@/config/languages';
import { paths } from '@/config/paths';
import { getCard, loadRoom } from '@/content/room-content';
import { getRoomSummary } from '@/content/room-index';
import { loadLanguagePack } from '@/i18n/language-pack';
import { loadFrenchStrings } from '@/i18n/create-i18n';
import { retryOnce } from '@/lib/retry';
import { KeepScroll } from './keep-scroll';
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
    Promise.all([
      import('@/features/speakers/speaker-index'),
      import('@/features/speakers/speaker-page'),
      import('@/content/catalogue'),
    ]).then(
      ([{ getSpeakerEntry }, { SpeakerPage }, { useCatalogue }]) =>
        function SpeakerRoute() {
          const { speakerId } = useParams();
          return getSpeakerEntry(useCatalogue(), speakerId) ? <SpeakerPage /> : <NotFoundRoute />;
        },
    ),
  figures: () => import('@/features/figures/figures-page').then((m) => m.FiguresPage),
  search: () => import('@/features/search/search-page').then((m) => m.SearchPage),
  catalogue: () => import('@/features/catalogue/catalogue-page').then((m) => m.CataloguePage),
  about: () => import('@/features/about/about-page').then((m) => m.AboutPage),
  collection: () => import('@/features/cards/collection-page').then((m) => m.CollectionPage),
} satisfies Record<string, () => Promise<ComponentType>>;
type LazyPageId = keyof typeof PAGE_CODE;

/** Around every page: the scroll, kept and put back (react-router's, and the app's: keep-scroll.tsx). */
function AppFrame() {
  return (
    <>
      <ScrollRestoration />
      <KeepScroll />
      <Outlet />
    </>
  );
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

/** `/:lang/`: the page's language, complete (its loader), before the page renders. */
function LangRoute() {
  const { lang } = useParams();
  return isLang(lang) ? <LangLayout /> : <NotFoundRoute />;
}

async function langLoader({ params }: LoaderFunctionArgs): Promise<null> {
  if (isLang(params.lang)) await loadLanguagePack(params.lang);
  return null;
}

/** A room's quotes, and the open card's code when the address names a card. */
async function roomLoader({ params }: LoaderFunctionArgs): Promise<null> {
  const summary = getRoomSummary(params.roomId);
  if (summary) await Promise.all([loadRoom(summary.id), params.cardId && loadCardLayer()]);
  return null;
}

/**
 * `/:lang/:roomId/:cardId?`: the room, or not-found for an unknown room or card. Its quotes are
 * there (its loader): read from what has arrived, not from the router's loader data, which a room
 * leaving (kept on screen while it fades out, src/app/lang-layout.tsx) no longer has.
 */
function RoomRoute() {
  const { roomId, cardId } = useParams();
  const summary = getRoomSummary(roomId);
  const room = summary && loadRoom.loaded(summary.id);
  if (!room || (cardId !== undefined && !getCard(room, cardId))) return <NotFoundRoute />;
  // A page of its own for each room (its bubbles arrive anew), whether or not rooms change by a transition.
  return <RoomPage key={room.id} room={room} cardId={cardId} OpenCards={OpenCards} />;
}

/**
 * The open card's layer: its code is there, loaded by the move to the first card opened (the room's
 * loader), which this slot is rendered after.
 */
const OpenCards: CardLayerSlot = (props) => {
  const Layer = loadCardLayer.loaded();
  // eslint-disable-next-line react-hooks/static-components -- loaded once and kept (loadOnce): the same on every render
  return Layer ? <Layer {...props} /> : null;
};

/**
 * Every room's quotes, for the pages that show them all: by the rooms' own loader, fetched beside
 * the page's code (src/content/catalogue.ts, which the page's code imports too).
 */
async function everyRoomLoader(): Promise<null> {
  await retryOnce(() => import('@/content/catalogue')).then((m) => m.loadCatalogue());
  return null;
}

/** The pages whose code could not be had, with why. */
const failures = new WeakMap<ComponentType, unknown>();

const lazyRoute = (id: LazyPageId, path: string | undefined, needs?: 'every room'): RouteObject => ({
  id,
  ...(path === undefined ? { index: true } : { path }),
  ...(needs && { loader: everyRoomLoader }),
  // With all the French strings: a room loads only its own (src/i18n/french.ts). Code that could not
  // be had (twice) is a page that throws, for the route's error page to say so ("Try again" reloads):
  // react-router renders nothing of a route whose `lazy` failed.
  lazy: async () => {
    try {
      const [Component] = await Promise.all([retryOnce(PAGE_CODE[id]), loadFrenchStrings()]);
      return { Component };
    } catch (error) {
      const Failed = () => {
        throw error;
      };
      failures.set(Failed, error);
      return { Component: Failed };
    }
  },
  ErrorBoundary: RouteError,
});

export const routes: RouteObject[] = [
  {
    id: 'app',
    Component: AppFrame,
    // Nothing before the page's data is there: the browser starts the router with it (src/main.tsx);
    // the unit tests' memory router (tests/visit.tsx) renders once its loaders have run.
    HydrateFallback: () => null,
    children: [
      { id: 'root', path: paths.root.path, Component: RootRoute },
      {
        id: 'lang',
        path: paths.hall.path,
        loader: langLoader,
        Component: LangRoute,
        ErrorBoundary: RouteError,
        children: [
          lazyRoute('hall', undefined),
          // Beyond the rooms: fixed segments, matched before a room id.
          lazyRoute('translations', paths.translations.path),
          lazyRoute('speakers', paths.speakers.path, 'every room'),
          lazyRoute('speaker', paths.speaker.path, 'every room'),
          lazyRoute('figures', paths.figures.path, 'every room'),
          lazyRoute('search', paths.search.path, 'every room'),
          lazyRoute('catalogue', paths.catalogue.path, 'every room'),
          lazyRoute('about', paths.about.path, 'every room'),
          lazyRoute('collection', paths.collection.path, 'every room'),
          {
            id: 'room',
            path: `${paths.room.path}/${paths.card.path}?`,
            loader: roomLoader,
            Component: RoomRoute,
            ErrorBoundary: RouteError,
          },
          { id: 'lang-not-found', path: '*', Component: NotFoundRoute },
        ],
      },
      { id: 'not-found', path: '*', Component: NotFoundRoute },
    ],
  },
];

/**
 * What the page at `url` needs, as the router would have it after its loaders: the matched routes'
 * code put in place (their `lazy` resolved into the route objects) and their loaders run. Given to
 * the router as its `hydrationData` when the browser takes a prerendered page over, so that the
 * first render is the page the prerenderer rendered (react-router's pattern for lazy routes with
 * server rendering, without the inline script a strict CSP forbids: all the data is static, in the
 * app's own chunks). What could not be had is in its `errors`, by route.
 */
export async function loadRouteData(url: URL, basename: string): Promise<HydrationState> {
  const matches = matchRoutes(routes, url.pathname, basename) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      Object.assign(route, await route.lazy(), { lazy: undefined });
    }),
  );
  const loaderData: Record<string, unknown> = {};
  const errors: Record<string, unknown> = {};
  for (const { route } of matches)
    if (route.id && route.Component && failures.has(route.Component)) errors[route.id] = failures.get(route.Component);
  const request = new Request(url);
  // The matched pattern, as react-router gives it (for logging only: no loader here reads it).
  const pattern = matches.map(({ route }) => route.path ?? '').join('/');
  await Promise.all(
    matches.map(async ({ route, params }) => {
      if (typeof route.loader !== 'function' || !route.id) return;
      try {
        loaderData[route.id] = await route.loader({ params, request, url, pattern, context: undefined });
      } catch (error) {
        errors[route.id] = error;
      }
    }),
  );
  return { loaderData, ...(Object.keys(errors).length && { errors }) };
}
