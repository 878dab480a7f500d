import { configure, getConfig } from '@testing-library/react';
import { createRoot, type Root } from 'react-dom/client';
import { createMemoryHistory } from 'history';
import { afterEach } from 'vitest';
import { AppRouter } from '@/app/app-router';
import { AppRoutes, prepareMove } from '@/app/router';

const visits: { root: Root; container: HTMLElement; restore: () => void }[] = [];

/**
 * The app's routes and router at `path`, in memory, rendered as the browser renders them: outside
 * React's `act`, which never resumes a page that waits (`use`) for its quotes or code to arrive.
 * Returns the history, to follow where the visit goes. Queries (`screen.findBy…`) wait as usual.
 */
export function visit(path: string) {
  const history = createMemoryHistory({ initialEntries: [path] });
  const { eventWrapper } = getConfig();
  const acting = (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT;
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  configure({ eventWrapper: (dispatch) => dispatch() });
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  root.render(
    <AppRouter history={history} prepare={prepareMove}>
      <AppRoutes />
    </AppRouter>,
  );
  visits.push({
    root,
    container,
    restore: () => {
      configure({ eventWrapper });
      (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = acting;
    },
  });
  return history;
}

afterEach(() => {
  for (const { root, container, restore } of visits.splice(0).reverse()) {
    root.unmount();
    container.remove();
    restore();
  }
});
