/**
 * The styles put in each prerendered page (scripts/prerender.ts), and the CSP that allows them.
 * A page carries the rules of the stylesheet that the markup of its kind of page may use (its first
 * screen, at any width: criticalCss); the whole stylesheet follows at the end of its body, for
 * what the app renders later. A strict CSP refuses style elements; one is allowed by the SHA-256 of
 * its exact text, which the server's header must list (deploy/security-headers.conf, `style-src`
 * and `style-src-elem`).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

/** The CSP source that allows a style element holding exactly `css`. */
export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/**
 * The page's one stylesheet link: its tag, its href as written, and the stylesheet's text (`read`
 * gives the text of the file an href names).
 */
export function pageStylesheet(html: string, read: (href: string) => string) {
  const links = [...html.matchAll(/<link rel="stylesheet"[^>]*\shref="([^"]+)"[^>]*>/g)];
  if (links.length !== 1) throw new Error(`expected one stylesheet link in the page, found ${links.length}`);
  const [tag, href] = links[0]! as unknown as [string, string];
  const css = read(href).trim();
  // Text that would end a style element early: not inlined.
  if (/<\/style/i.test(css)) throw new Error(`${href}: holds "</style", cannot be put in a style element`);
  return { tag, href, css };
}

interface Block {
  /** The selector list or at-rule before `{`, or the whole statement (`@layer a, b`). */
  prelude: string;
  /** What is between the braces; none for a statement. */
  body?: string;
  /** The block as written. */
  text: string;
}

/** The top-level rules and statements of `css`, each as written (strings and comments skipped over). */
function cssBlocks(css: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  let depth = 0;
  let open = 0;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '"' || c === "'") {
      for (i++; i < css.length && css[i] !== c; i++) if (css[i] === '\\') i++;
    } else if (c === '/' && css[i + 1] === '*') i = css.indexOf('*/', i + 2) + 1 || css.length;
    else if (c === '{' && depth++ === 0) open = i;
    else if (c === '}' && --depth === 0) {
      blocks.push({
        prelude: css.slice(start, open).trim(),
        body: css.slice(open + 1, i),
        text: css.slice(start, i + 1),
      });
      start = i + 1;
    } else if (c === ';' && depth === 0) {
      blocks.push({ prelude: css.slice(start, i).trim(), text: css.slice(start, i + 1) });
      start = i + 1;
    }
  }
  return blocks;
}

/** A comma-separated list split at its top level (not inside `:is(a, b)` or `[x=","]`). */
function topLevelList(list: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      items.push(list.slice(start, i));
      start = i + 1;
    }
  }
  return [...items, list.slice(start)];
}

/**
 * What of a page a selector may ask for, beyond its elements: the class names of its `class`
 * attributes, and the values of its `lang` and `dir` attributes (as `lang=fr`, `dir=rtl`).
 */
export function vocabulary(html: string): Set<string> {
  const words = new Set<string>();
  for (const [, name, value] of html.matchAll(/\s(class|lang|dir)="([^"]*)"/g))
    for (const word of value!.split(/\s+/).filter(Boolean)) words.add(name === 'class' ? word : `${name}=${word}`);
  return words;
}

/**
 * Whether a selector may match an element of pages of that `vocabulary`: each class, `:lang()` and
 * `[dir=…]` it asks of an element must be among it. Those inside parentheses (`:not(.x)`,
 * `:is(.a, .b)`) do not count, nor anything else (elements, other attributes, states: a rule for
 * `:hover` comes with the page): a selector is kept when in doubt, never dropped.
 */
function mayMatch(selector: string, words: Set<string>): boolean {
  // `:lang(ar)` and `[dir=rtl]` as words (`.lang=ar`, `.dir=rtl`), then what is in parentheses out.
  let outside = selector.replace(/:lang\(([\w-]+)\)|\[dir="?(\w+)"?\]/g, (_, lang?: string, dir?: string) =>
    lang ? `.lang=${lang}` : `.dir=${dir}`,
  );
  while (/\([^()]*\)/.test(outside)) outside = outside.replace(/\([^()]*\)/g, '');
  return [...outside.matchAll(/\.((?:[\w=-]|\\.)+)/g)].every(([, word]) => words.has(word!.replace(/\\(.)/g, '$1')));
}

/**
 * The rules of `css` that pages of that `vocabulary` may use: a style rule when one of
 * its selectors may match (mayMatch), inside the @media, @supports, @layer and @container blocks it
 * was written in (at every width: a phone, a laptop and the kiosk alike); the @font-face and
 * @keyframes those rules name; statements (`@layer a, b;`) always. Each as written, in the
 * stylesheet's order: the whole stylesheet, when it follows, changes nothing on those pages.
 */
export function criticalCss(css: string, words: Set<string>): string {
  const used = (blocks: Block[]): string =>
    blocks
      .map(({ prelude, body, text }) => {
        if (body === undefined || (prelude.startsWith('@') && !/^@(media|supports|layer|container)\b/.test(prelude)))
          return text;
        if (prelude.startsWith('@')) {
          const inside = used(cssBlocks(body));
          return inside && `${prelude}{${inside}}`;
        }
        return topLevelList(prelude).some((selector) => mayMatch(selector, words)) ? text : '';
      })
      .join('');
  const blocks = cssBlocks(used(cssBlocks(css)));
  // Fonts and animations: those the kept rules name.
  const rules = blocks
    .filter(({ prelude }) => !/^@(font-face|keyframes)\b/.test(prelude))
    .map(({ text }) => text)
    .join('');
  const named = (name: string) =>
    new RegExp(`(^|[\\s,:"'])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[\\s,;"'!}])`).test(rules);
  return blocks
    .filter(({ prelude, body }) => {
      if (prelude === '@font-face') return named(/font-family:\s*(["']?)([^;"'}]+)\1/.exec(body!)?.[2] ?? '');
      const animation = /^@keyframes\s+(\S+)/.exec(prelude)?.[1];
      return animation ? named(animation) : true;
    })
    .map(({ text }) => text)
    .join('');
}

const HASHED = /((?:^|[\s";])style-src(?:-elem)? 'self')((?: 'sha256-[A-Za-z0-9+/=]+')*)/g;

/** The header file's text with `hashes` as the style hashes of `style-src` and `style-src-elem`. */
export function withStyleHashes(conf: string, hashes: string[]): string {
  let found = 0;
  const out = conf.replace(HASHED, (_, directive: string) => {
    found++;
    return [directive, ...[...new Set(hashes)].sort()].join(' ');
  });
  if (found !== 2) throw new Error(`expected style-src 'self' and style-src-elem 'self' in the CSP, found ${found}`);
  return out;
}

/**
 * Keeps the CSP of `file` in step with the pages' style elements: rewrites its hashes when they
 * differ and says so (the file is committed: commit the change), or, with `check` (CI), fails instead.
 */
export function syncStyleHashes(file: string, hashes: string[], { check = false } = {}): void {
  const conf = readFileSync(file, 'utf8');
  const next = withStyleHashes(conf, hashes);
  if (next === conf) return;
  if (check)
    throw new Error(
      `${file}: its CSP does not allow this build's inline styles; run npm run build and commit the file`,
    );
  writeFileSync(file, next);
  console.warn(
    `\x1b[1;33m${file}: CSP style hashes updated (${new Set(hashes).size}; the stylesheet or the pages changed): commit it\x1b[0m`,
  );
}
