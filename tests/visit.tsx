import { configure, getConfig } from '@testing-library/react';
import { createRoot, type Root } from 'react-dom/client';
import { createMemoryRouter } from 'react-router';
import { afterEach } from 'vitest';
import { AppRouter } from '@/app/app-router';
import { routes } from '@/app/router';

const visits: { root: Root; container: HTMLElement; restore: () => void }[] = [];

/**
 * The app's routes and router at `path`, in memory, rendered as the browser renders them: outside
 * React's `act`, which would wait for every move's loaders. Returns the history, to follow where
 * the visit goes and move. Queries (`screen.findBy…`) wait as usual.
 */
export function visit(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const { eventWrapper } = getConfig();
  const acting = (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT;
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  configure({ eventWrapper: (dispatch) => dispatch() });
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  root.render(<AppRouter router={router} />);
  visits.push({
    root,
    container,
    restore: () => {
      configure({ eventWrapper });
      (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = acting;
    },
  });
  return {
    get location() {
      return router.state.location;
    },
    push: (to: string) => void router.navigate(to),
    go: (delta: number) => void router.navigate(delta),
  };
}

afterEach(() => {
  for (const { root, container, restore } of visits.splice(0).reverse()) {
    root.unmount();
    container.remove();
    restore();
  }
});
