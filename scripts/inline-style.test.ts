// @vitest-environment node
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { inlineStylesheet, styleHash, syncStyleHash, withStyleHash } from './inline-style.ts';

const page = '<head><link rel="stylesheet" crossorigin href="/assets/index-x.css">\n</head>';
const conf = `add_header Content-Security-Policy "default-src 'self'; style-src 'self'; style-src-elem 'self'; style-src-attr 'unsafe-inline'" always;\n`;

describe('the inline stylesheet', () => {
  it('replaces the link by the stylesheet, hashed as the browser hashes it (UTF-8 text)', () => {
    const css = 'q::before{content:"«\\a0"}a{color:red}';
    const out = inlineStylesheet(page, (href) => (href === '/assets/index-x.css' ? `${css}\n` : ''));
    expect(out.html).toBe(`<head><style>${css}</style>\n</head>`);
    const expected = createHash('sha256').update(Buffer.from(css, 'utf8')).digest('base64');
    expect(out.hash).toBe(`'sha256-${expected}'`);
    expect(styleHash(css)).toBe(out.hash);
  });

  it('keeps "$&" in the stylesheet as text', () => {
    expect(inlineStylesheet(page, () => 'a::after{content:"$&"}').html).toContain('content:"$&"');
  });

  it('refuses a page without exactly one stylesheet, and a stylesheet that would end its element', () => {
    expect(() => inlineStylesheet('<head></head>', () => '')).toThrow(/one stylesheet link/);
    expect(() => inlineStylesheet(page, () => 'a{}</style><script>')).toThrow(/<\/style/);
  });
});

describe('the CSP style hash', () => {
  it('is put in style-src and style-src-elem, in place of the one before', () => {
    const once = withStyleHash(conf, "'sha256-AAA='");
    expect(once).toContain("style-src 'self' 'sha256-AAA='; style-src-elem 'self' 'sha256-AAA=';");
    expect(once).toContain("style-src-attr 'unsafe-inline'");
    const twice = withStyleHash(once, "'sha256-BBB='");
    expect(twice).toBe(withStyleHash(conf, "'sha256-BBB='"));
  });

  it('is updated in the file, or, when checked (CI), refused with the reason', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'csp-')), 'headers.conf');
    writeFileSync(file, conf);
    expect(() => syncStyleHash(file, "'sha256-CCC='", { check: true })).toThrow(
      /does not allow this build's inline style/,
    );
    expect(readFileSync(file, 'utf8')).toBe(conf);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    syncStyleHash(file, "'sha256-CCC='");
    expect(readFileSync(file, 'utf8')).toContain("style-src-elem 'self' 'sha256-CCC='");
    expect(warn).toHaveBeenCalledOnce();
    syncStyleHash(file, "'sha256-CCC='", { check: true });
    warn.mockRestore();
  });

  it('the committed header file allows the style element of the build it goes with', () => {
    const committed = readFileSync(join(__dirname, '../deploy/security-headers.conf'), 'utf8');
    expect(committed).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/=]+'; style-src-elem 'self' 'sha256-/);
  });
});
