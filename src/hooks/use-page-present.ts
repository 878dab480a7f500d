import { createContext, useContext } from 'react';

/** Given by the page transition (src/app/page-transition.tsx). */
export const PagePresentContext = createContext(true);

/** False inside a page that is leaving: it hears no keys, and what it shows stays as it was. */
export function usePagePresent(): boolean {
  return useContext(PagePresentContext);
}
