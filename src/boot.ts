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

void afterFirstContentfulPaint().then(() => import('./main'));
