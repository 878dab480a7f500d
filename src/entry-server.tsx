/**
 * Server entry, used at build time only (scripts/prerender.ts): renders one URL of the
 * exhibition to HTML with the same routes and components as the browser (react-router's static
 * handler runs the page's loaders and resolves its lazy code first). No hydration data in the
 * page: the site's CSP allows no inline script, and the browser loads the same static data from
 * the app's own chunks before it takes the page over (src/main.tsx).
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouterProvider, createStaticHandler, createStaticRouter } from 'react-router';
import { routes } from '@/app/router';
import { RenderStatus } from '@/app/routes/not-found-route';
import { LANG_DIR, isLang } from '@/config/languages';

export interface Rendered {
  status: number;
  /** The elements React hoists to <head>: title, description, links, preview meta. */
  head: string;
  body: string;
  lang: string;
  dir: 'ltr' | 'rtl';
}

const handler = createStaticHandler(routes, { basename: import.meta.env.BASE_URL });

export async function render(url: string): Promise<Rendered> {
  const address = new URL(url, 'http://localhost');
  const { pathname } = address;
  if (pathname === import.meta.env.BASE_URL) throw new Error(`${url} redirects; prerender its target instead`);
  const context = await handler.query(new Request(address));
  if (context instanceof Response) throw new Error(`${url} answered ${context.status}: prerender its target instead`);
  if (context.errors) throw new Error(`${url}: ${String(Object.values(context.errors)[0])}`);
  let status = 200;
  const html = renderToString(
    <StrictMode>
      <RenderStatus value={(code) => (status = code)}>
        <StaticRouterProvider
          router={createStaticRouter(handler.dataRoutes, context)}
          context={context}
          hydrate={false}
        />
      </RenderStatus>
    </StrictMode>,
  );
  // React 19 puts hoisted head elements first: split them from the body.
  const head = html.match(/^(?:<(?:title|meta|link)\b[^>]*>(?:[^<]*<\/title>)?)*/)?.[0] ?? '';
  const lang = pathname.slice(import.meta.env.BASE_URL.length).split('/')[0];
  const code = isLang(lang) ? lang : 'fr';
  return { status, head, body: html.slice(head.length), lang: code, dir: LANG_DIR[code] };
}

export { allPages } from '@/app/route-pages';
