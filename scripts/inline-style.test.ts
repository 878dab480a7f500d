// @vitest-environment node
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  criticalCss,
  pageStylesheet,
  styleHash,
  syncStyleHashes,
  vocabulary,
  withStyleHashes,
} from './inline-style.ts';

const page = '<head><link rel="stylesheet" crossorigin href="/assets/index-x.css">\n</head>';
const conf = `add_header Content-Security-Policy "default-src 'self'; style-src 'self'; style-src-elem 'self'; style-src-attr 'unsafe-inline'" always;\n`;

describe('the page stylesheet', () => {
  it('is read from the one link of the page, hashed as the browser hashes it (UTF-8 text)', () => {
    const css = 'q::before{content:"«\\a0"}a{color:red}';
    const out = pageStylesheet(page, (href) => (href === '/assets/index-x.css' ? `${css}\n` : ''));
    expect(out).toEqual({
      tag: '<link rel="stylesheet" crossorigin href="/assets/index-x.css">',
      href: '/assets/index-x.css',
      css,
    });
    const expected = createHash('sha256').update(Buffer.from(css, 'utf8')).digest('base64');
    expect(styleHash(css)).toBe(`'sha256-${expected}'`);
  });

  it('refuses a page without exactly one stylesheet, and a stylesheet that would end its element', () => {
    expect(() => pageStylesheet('<head></head>', () => '')).toThrow(/one stylesheet link/);
    expect(() => pageStylesheet(page, () => 'a{}</style><script>')).toThrow(/<\/style/);
  });
});

describe('the rules a kind of page carries', () => {
  const html =
    '<html lang="fr" dir="ltr"><body class="room"><p class="bubble bubble--wide" dir="rtl">x</p></body></html>';
  const words = vocabulary(html);

  it('knows the classes, languages and directions of the pages', () => {
    expect([...words].sort()).toEqual(['bubble', 'bubble--wide', 'dir=ltr', 'dir=rtl', 'lang=fr', 'room']);
  });

  it('keeps the rules that may match, in any state and at any width, as written and in order', () => {
    const css =
      '@layer base,app;:root{--x:1}p{margin:0}.bubble:hover,.card{color:red}.card{color:blue}' +
      '@media (max-width:30rem){.room .bubble::before{content:"{"}.open{top:0}}' +
      '@media print{.card{x:y}}.bubble:not(.open){a:b}:is(.a,.b) .bubble{c:d}[dir=rtl] .bubble{e:f}:lang(ar) p{g:h}' +
      'p:not(:lang(ar)){i:j}[dir="ltr"] .card{k:l}';
    expect(criticalCss(css, words)).toBe(
      '@layer base,app;:root{--x:1}p{margin:0}.bubble:hover,.card{color:red}' +
        '@media (max-width:30rem){.room .bubble::before{content:"{"}}' +
        '.bubble:not(.open){a:b}:is(.a,.b) .bubble{c:d}[dir=rtl] .bubble{e:f}p:not(:lang(ar)){i:j}',
    );
  });

  it('keeps the fonts and animations the kept rules name, and no other', () => {
    const css =
      '@font-face{font-family:Face A;src:url(a.woff2)}@font-face{font-family:"Face B";src:url(b.woff2)}' +
      '@keyframes spin{to{rotate:1turn}}@keyframes fade{to{opacity:0}}' +
      '.room{font-family:Face A,serif;animation:spin 1s}.open{font-family:"Face B";animation:fade 1s}';
    expect(criticalCss(css, words)).toBe(
      '@font-face{font-family:Face A;src:url(a.woff2)}@keyframes spin{to{rotate:1turn}}.room{font-family:Face A,serif;animation:spin 1s}',
    );
  });
});

describe('the CSP style hash', () => {
  it('are put in style-src and style-src-elem, in place of those before', () => {
    const once = withStyleHashes(conf, ["'sha256-AAA='"]);
    expect(once).toContain("style-src 'self' 'sha256-AAA='; style-src-elem 'self' 'sha256-AAA=';");
    expect(once).toContain("style-src-attr 'unsafe-inline'");
    const twice = withStyleHashes(once, ["'sha256-BBB='", "'sha256-AAB='"]);
    expect(twice).toContain("style-src-elem 'self' 'sha256-AAB=' 'sha256-BBB=';");
    expect(twice).toBe(withStyleHashes(conf, ["'sha256-AAB='", "'sha256-BBB='"]));
  });

  it('is updated in the file, or, when checked (CI), refused with the reason', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'csp-')), 'headers.conf');
    writeFileSync(file, conf);
    expect(() => syncStyleHashes(file, ["'sha256-CCC='"], { check: true })).toThrow(
      /does not allow this build's inline styles/,
    );
    expect(readFileSync(file, 'utf8')).toBe(conf);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    syncStyleHashes(file, ["'sha256-CCC='"]);
    expect(readFileSync(file, 'utf8')).toContain("style-src-elem 'self' 'sha256-CCC='");
    expect(warn).toHaveBeenCalledOnce();
    syncStyleHashes(file, ["'sha256-CCC='"], { check: true });
    warn.mockRestore();
  });

  it('the committed header file allows style elements by their hashes', () => {
    const committed = readFileSync(join(__dirname, '../deploy/security-headers.conf'), 'utf8');
    expect(committed).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+; style-src-elem 'self' 'sha256-/);
  });
});
