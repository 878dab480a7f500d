/**
 * The search's words in its address (`/:lang/recherche/?q=`): a search is a shareable link. A
 * module of its own, so that the boot (src/boot.ts) reads it without the routes.
 */
export const SEARCH_PARAM = 'q';

/** A collection's quotes in its address (`/:lang/collection/?c=`), as short codes (src/content/short-code.ts). */
export const COLLECTION_PARAM = 'c';
/** The collection page's segment: the boot starts the app at once there (no prerendered page holds a collection). */
export const COLLECTION_SEGMENT = 'collection';
