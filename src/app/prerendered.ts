/**
 * Whether the page in the browser is the prerendered page of the address it is shown at (every
 * route is one, see scripts/prerender.ts). Not for `/`, the not-found page, or a page a host
 * served for another address (an encoded slash, a missing trailing slash): those are rendered
 * afresh (src/main.tsx).
 */
export function prerenderedHere(container: HTMLElement, pathname = window.location.pathname): boolean {
  const trimmed = (address: string) => address.replace(/\/+$/, '');
  return trimmed(container.dataset.prerendered ?? '#') === trimmed(pathname);
}
