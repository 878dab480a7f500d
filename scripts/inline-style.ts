/**
 * The stylesheet put in each prerendered page (scripts/prerender.ts), and the CSP that allows it.
 * A strict CSP refuses style elements; one is allowed by the SHA-256 of its exact text, which the
 * server's header must list (deploy/security-headers.conf, `style-src` and `style-src-elem`).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

/** The CSP source that allows a style element holding exactly `css`. */
export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/**
 * The page with its one stylesheet link replaced by the stylesheet itself. `read` gives the text of
 * the file a link names (its href as written).
 */
export function inlineStylesheet(html: string, read: (href: string) => string) {
  const links = [...html.matchAll(/<link rel="stylesheet"[^>]*\shref="([^"]+)"[^>]*>/g)];
  if (links.length !== 1) throw new Error(`expected one stylesheet link in the page, found ${links.length}`);
  const [tag, href] = links[0]! as unknown as [string, string];
  const css = read(href).trim();
  // Text that would end the element early, or a source map comment naming a file: not inlined.
  if (/<\/style/i.test(css)) throw new Error(`${href}: holds "</style", cannot be put in a style element`);
  return { html: html.replace(tag, () => `<style>${css}</style>`), css, hash: styleHash(css) };
}

const HASHED = /((?:^|[\s";])style-src(?:-elem)? 'self')((?: 'sha256-[A-Za-z0-9+/=]+')*)/g;

/** The header file's text with `hash` as the one style hash of `style-src` and `style-src-elem`. */
export function withStyleHash(conf: string, hash: string): string {
  let found = 0;
  const out = conf.replace(HASHED, (_, directive: string) => {
    found++;
    return `${directive} ${hash}`;
  });
  if (found !== 2) throw new Error(`expected style-src 'self' and style-src-elem 'self' in the CSP, found ${found}`);
  return out;
}

/**
 * Keeps the CSP of `file` in step with the inline style: rewrites its hash when it differs and says
 * so (the file is committed: commit the change), or, with `check` (CI), fails instead.
 */
export function syncStyleHash(file: string, hash: string, { check = false } = {}): void {
  const conf = readFileSync(file, 'utf8');
  const next = withStyleHash(conf, hash);
  if (next === conf) return;
  if (check)
    throw new Error(
      `${file}: its CSP does not allow this build's inline style (${hash}); run npm run build and commit the file`,
    );
  writeFileSync(file, next);
  console.warn(`\x1b[1;33m${file}: CSP style hash updated to ${hash} (the stylesheet changed): commit it\x1b[0m`);
}
