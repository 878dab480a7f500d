/**
 * The routes, declared once: shared by the browser and (later) the prerenderer. Loaders only
 * check that the place exists, so an unknown language, room or card is a 404 with a helpful page.
 */
import { data, matchRoutes, redirect, type HydrationState, type RouteObject } from 'react-router';
import { parseKioskQuery, startKiosk } from '@/config/kiosk';
import { isLang, preferredLang } from '@/config/languages';
import { paths } from '@/config/paths';
import { getCard, getRoom } from '@/content/catalogue';
import { LangLayout } from './lang-layout';
import { AboutTranslationsPage } from '@/features/translations/about-translations-page';
import { loadLanguagePack } from '@/i18n/language-pack';
import { HallRoute } from './routes/hall-route';
import { NotFoundRoute, RouteError } from './routes/not-found-route';
import { RoomRoute } from './routes/room-route';
import { AboutPage } from '@/features/about/about-page';
import { CataloguePage } from '@/features/catalogue/catalogue-page';
import { FiguresPage } from '@/features/figures/figures-page';
import { SearchPage } from '@/features/search/search-page';
import { SpeakerPage } from '@/features/speakers/speaker-page';
import { SpeakersPage } from '@/features/speakers/speakers-page';
import { getSpeakerEntry } from '@/features/speakers/speaker-index';

const notFound = () => data(null, { status: 404, statusText: 'Not Found' });

export const routes: RouteObject[] = [
  {
    id: 'root',
    path: paths.root.path,
    loader: ({ request }) => {
      // `/?kiosk&idle=…&lang=…&tour=…` starts the kiosk for this browser session.
      const kiosk = parseKioskQuery(new URL(request.url).search);
      if (kiosk) startKiosk(kiosk);
      return redirect(paths.hall.getHref(kiosk?.lang ?? preferredLang()));
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
      { index: true, Component: HallRoute },
      { path: paths.translations.path, Component: AboutTranslationsPage },
      // Beyond the rooms: fixed segments, matched before a room id.
      { path: paths.speakers.path, Component: SpeakersPage },
      {
        id: 'speaker',
        path: paths.speaker.path,
        loader: ({ params }) => {
          if (!getSpeakerEntry(params.speakerId)) throw notFound();
          return null;
        },
        Component: SpeakerPage,
        ErrorBoundary: RouteError,
      },
      { path: paths.figures.path, Component: FiguresPage },
      { path: paths.search.path, Component: SearchPage },
      { path: paths.catalogue.path, Component: CataloguePage },
      { path: paths.about.path, Component: AboutPage },
      {
        id: 'room',
        path: `${paths.room.path}/${paths.card.path}?`,
        loader: ({ params }) => {
          const room = getRoom(params.roomId);
          if (!room || (params.cardId !== undefined && !getCard(room, params.cardId))) throw notFound();
          return null;
        },
        Component: RoomRoute,
        ErrorBoundary: RouteError,
      },
      { path: '*', Component: NotFoundRoute },
    ],
  },
  { path: '*', Component: NotFoundRoute },
];

/**
 * What a prerendered page's loaders returned (nothing: they only check and load a language), so
 * the browser router takes the page over without running them again or showing a fallback.
 */
export function hydrationData(pathname: string): HydrationState {
  const matches = matchRoutes(routes, pathname, import.meta.env.BASE_URL) ?? [];
  return { loaderData: Object.fromEntries(matches.filter((m) => m.route.loader).map((m) => [m.route.id, null])) };
}
