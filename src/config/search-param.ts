/**
 * The search's words in its address (`/:lang/recherche/?q=`): a search is a shareable link.
 */
export const SEARCH_PARAM = 'q';

/** A collection's quotes in its address (`/:lang/collection/?c=`), as short codes (src/content/short-code.ts). */
export const COLLECTION_PARAM = 'c';
/** The collection page's segment (`/:lang/collection/`). */
export const COLLECTION_SEGMENT = 'collection';
