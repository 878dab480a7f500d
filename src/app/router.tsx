/**
 * The routes, declared once: shared by the browser and the prerenderer. Loaders check that the
 * place exists, so an unknown language, room or card is a 404 with a helpful page, and load what
 * the page needs (a language, a room's quotes). The hall and the rooms are in the main bundle;
 * the pages beyond the rooms are loaded when visited (`lazy`), and before hydration when a visit
 * starts on one of them (see `prepareHydration`).
 */
import { data, matchRoutes, redirect, type HydrationState, type RouteObject } from 'react-router';
import { parseKioskQuery, startKiosk } from '@/config/kiosk';
import { isLang, preferredLang } from '@/config/languages';
import { paths } from '@/config/paths';
import { getCard, loadRoom } from '@/content/room-content';
import { getRoomSummary } from '@/content/room-index';
import { loadLanguagePack } from '@/i18n/language-pack';
import { retryOnce } from '@/lib/retry';
import { LangLayout } from './lang-layout';
import { HallRoute } from './routes/hall-route';
import { NotFoundRoute, RouteError } from './routes/not-found-route';
import { RoomRoute } from './routes/room-route';

const notFound = () => data(null, { status: 404, statusText: 'Not Found' });

export const routes: RouteObject[] = [
  {
    id: 'root',
    path: paths.root.path,
    loader: async ({ request }) => {
      // `/?kiosk&idle=…&lang=…&tour=…` starts the kiosk for this browser session.
      const kiosk = parseKioskQuery(new URL(request.url).search);
      if (kiosk) startKiosk(kiosk);
      return redirect(paths.hall.getHref(kiosk?.lang ?? (await preferredLang())));
    },
    // Nothing to show: the loader always redirects.
    Component: () => null,
    HydrateFallback: () => null,
    ErrorBoundary: RouteError,
  },
  {
    id: 'lang',
    path: paths.hall.path,
    loader: async ({ params }) => {
      if (!isLang(params.lang)) throw notFound();
      // The language's UI strings and content translation, before the page renders.
      await loadLanguagePack(params.lang);
      return null;
    },
    Component: LangLayout,
    // Shown for the instant a language pack loads on a first visit (nothing: no flash of text).
    HydrateFallback: () => null,
    ErrorBoundary: RouteError,
    children: [
      { id: 'hall', index: true, Component: HallRoute },
      // Beyond the rooms: fixed segments, matched before a room id.
      {
        id: 'translations',
        path: paths.translations.path,
        lazy: () =>
          import('@/features/translations/about-translations-page').then((m) => ({
            Component: m.AboutTranslationsPage,
          })),
      },
      {
        id: 'speakers',
        path: paths.speakers.path,
        lazy: () => import('@/features/speakers/speakers-page').then((m) => ({ Component: m.SpeakersPage })),
      },
      {
        id: 'speaker',
        path: paths.speaker.path,
        lazy: async () => {
          const [{ getSpeakerEntry }, { SpeakerPage }] = await Promise.all([
            import('@/features/speakers/speaker-index'),
            import('@/features/speakers/speaker-page'),
          ]);
          return {
            loader: ({ params }) => {
              if (!getSpeakerEntry(params.speakerId)) throw notFound();
              return null;
            },
            Component: SpeakerPage,
          };
        },
        ErrorBoundary: RouteError,
      },
      {
        id: 'figures',
        path: paths.figures.path,
        lazy: () => import('@/features/figures/figures-page').then((m) => ({ Component: m.FiguresPage })),
      },
      {
        id: 'search',
        path: paths.search.path,
        lazy: () => import('@/features/search/search-page').then((m) => ({ Component: m.SearchPage })),
      },
      {
        id: 'catalogue',
        path: paths.catalogue.path,
        lazy: () => import('@/features/catalogue/catalogue-page').then((m) => ({ Component: m.CataloguePage })),
      },
      {
        id: 'about',
        path: paths.about.path,
        lazy: () => import('@/features/about/about-page').then((m) => ({ Component: m.AboutPage })),
      },
      {
        id: 'room',
        path: `${paths.room.path}/${paths.card.path}?`,
        loader: async ({ params }) => {
          const summary = getRoomSummary(params.roomId);
          if (!summary) throw notFound();
          // The room's quotes, before its page renders (one chunk per room).
          const room = await loadRoom(summary.id);
          if (params.cardId !== undefined && !getCard(room, params.cardId)) throw notFound();
          return null;
        },
        Component: RoomRoute,
        ErrorBoundary: RouteError,
      },
      { id: 'lang-not-found', path: '*', Component: NotFoundRoute },
    ],
  },
  { id: 'not-found', path: '*', Component: NotFoundRoute },
];

// The code of every lazy route is asked for twice before the route shows its error.
(function retryLazyRoutes(list: RouteObject[]) {
  for (const route of list) {
    const { lazy } = route;
    if (typeof lazy === 'function') route.lazy = () => retryOnce(lazy);
    if (route.children) retryLazyRoutes(route.children);
  }
})(routes);

/**
 * Takes over a prerendered page: loads the code of its lazy routes and a room's quotes first (the
 * page would otherwise show its fallback, nothing, until they arrive), then returns what its
 * loaders returned (nothing: they only check and load), so the browser router renders the page
 * at once without running them again. See react-router's "Server-side rendering: lazy
 * routes".
 */
export async function prepareHydration(pathname: string): Promise<HydrationState> {
  const matches = matchRoutes(routes, pathname, import.meta.env.BASE_URL) ?? [];
  const room = getRoomSummary(matches.find((match) => match.route.id === 'room')?.params.roomId);
  await Promise.all([
    room && loadRoom(room.id),
    ...matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      Object.assign(route, { ...(await route.lazy()), lazy: undefined });
    }),
  ]);
  return { loaderData: Object.fromEntries(matches.filter((m) => m.route.loader).map((m) => [m.route.id, null])) };
}
