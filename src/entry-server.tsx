/**
 * Server entry, used at build time only (src/app/prerender.ts): renders one URL of the
 * exhibition to HTML with the same routes and components as the browser, once what the page
 * waits for (its language, its room's quotes, its code) is loaded.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { AppRoutes, prepareRoute } from '@/app/router';
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

export async function render(url: string): Promise<Rendered> {
  const { pathname } = new URL(url, 'http://localhost');
  if (pathname === import.meta.env.BASE_URL) throw new Error(`${url} redirects; prerender its target instead`);
  await prepareRoute(pathname);
  let status = 200;
  const html = renderToString(
    <StrictMode>
      <RenderStatus value={(code) => (status = code)}>
        <StaticRouter basename={import.meta.env.BASE_URL} location={url}>
          <AppRoutes />
        </StaticRouter>
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
