/**
 * The French UI strings: the source of every language's, and what each falls back to. Those of a
 * room, its cards and the frame around them come with the app (named imports: the bundler leaves
 * the rest of the file out); those of the other pages (the hall, the explore pages, the about
 * pages: two thirds of the file) come with the first of them (`loadFrenchStrings` in
 * src/i18n/create-i18n.ts, which src/app/router.tsx has such a page wait for), so that a room does
 * not load them.
 */
import {
  attribution,
  card,
  collection,
  content,
  context,
  kiosk,
  language,
  layout,
  listen,
  notFound,
  room,
  share,
  speaker,
  translation,
} from './locales/fr.json';
import type { UiStrings } from './language-pack';

/** What a room page and an open card say. */
export const frenchRoomStrings: Partial<UiStrings> = {
  attribution,
  card,
  collection,
  content,
  context,
  kiosk,
  language,
  layout,
  listen,
  notFound,
  room,
  share,
  speaker,
  translation,
};
