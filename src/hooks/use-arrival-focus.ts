import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * Arriving on a page by a link inside the app puts focus on its h1 (give it `tabIndex={-1}`):
 * a screen reader announces the new page, and Tab goes on from its top instead of from the link
 * that was just removed (focus would fall back to the body). Not on the first page of a visit
 * (the browser starts at the top), nor when only the language changes (focus stays on the
 * language switch), nor when only the query changes (typing in the search field). Rooms do the
 * same in RoomPage, where closing a card also gives focus back.
 */
export function useArrivalFocus<T extends HTMLElement = HTMLHeadingElement>() {
  const heading = useRef<T>(null);
  const { key, pathname } = useLocation();
  // The place without its language: /fr/recherche/ and /en/recherche/ are the same place.
  const place = pathname.replace(/^\/[^/]+/, '');
  const arrivedByLink = key !== 'default';
  useEffect(() => {
    if (arrivedByLink) heading.current?.focus({ preventScroll: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the place changes
  }, [place]);
  return heading;
}
