import '@/styles/global.css';
import '@/styles/pages.css';

/**
 * The page's only script at load. Every page is prerendered (src/app/prerender.ts): the reader
 * gets the quotes with the HTML and the stylesheet, and the app's code is requested only once
 * they are on screen, then takes the page over. On a slow network or a slow phone the app's
 * download and start never delay the first sight of the room.
 */
function afterFirstContentfulPaint(): Promise<void> {
  return new Promise((resolve) => {
    let observer: PerformanceObserver | undefined;
    const go = () => {
      observer?.disconnect();
      resolve();
    };
    // A tab opened in the background paints nothing until shown: nothing to wait for.
    if (document.visibilityState === 'hidden') return go();
    if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length) go();
      });
      observer.observe({ type: 'paint', buffered: true });
      // Whatever happens to the paint, the app starts.
      setTimeout(go, 2500);
    } else {
      // No paint timing: a frame, then a task after it, and that frame has been painted.
      requestAnimationFrame(() => setTimeout(go, 0));
    }
  });
}

// A page left while the app is on its way aborts the request: no error, the page is gone.
let leaving = false;
window.addEventListener('pagehide', () => (leaving = true));
window.addEventListener('pageshow', () => (leaving = false));

/**
 * The app, tried twice: on a poor network one failed request must not leave the room without
 * its controls (it stays readable either way: links and quotes are in the HTML).
 */
async function startApp(): Promise<void> {
  try {
    await import('./main');
  } catch (error) {
    if (leaving) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    if (leaving) return;
    try {
      await import('./main');
    } catch (again) {
      if (!leaving) throw again ?? error;
    }
  }
}

void afterFirstContentfulPaint().then(startApp);
