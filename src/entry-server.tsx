/**
 * Server entry, used at build time only (src/app/prerender.ts): renders one URL of the
 * exhibition to HTML with the same routes, loaders and components as the browser.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { routes } from '@/app/router';
import { LANG_DIR, isLang } from '@/config/languages';

const handler = createStaticHandler(routes, { basename: import.meta.env.BASE_URL });

export interface Rendered {
  status: number;
  /** The elements React hoists to <head>: title, description, links, preview meta. */
  head: string;
  body: string;
  lang: string;
  dir: 'ltr' | 'rtl';
}

export async function render(url: string): Promise<Rendered> {
  const request = new Request(new URL(url, 'http://localhost'));
  const context = await handler.query(request);
  if (context instanceof Response)
    throw new Error(`${url} redirects (${context.status}); prerender its target instead`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <StrictMode>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </StrictMode>,
  );
  // React 19 puts hoisted head elements first: split them from the body.
  const head = html.match(/^(?:<(?:title|meta|link)\b[^>]*>(?:[^<]*<\/title>)?)*/)?.[0] ?? '';
  const lang = new URL(url, 'http://localhost').pathname.slice(import.meta.env.BASE_URL.length).split('/')[0];
  const code = isLang(lang) ? lang : 'fr';
  return { status: context.statusCode, head, body: html.slice(head.length), lang: code, dir: LANG_DIR[code] };
}

export { allPages } from '@/app/route-pages';
