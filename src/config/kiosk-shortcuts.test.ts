// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { blockedInKiosk } from './kiosk-shortcuts';

const key = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('the keys a kiosk ignores', () => {
  it('are print, save, open and the address bar, with Ctrl or Cmd', () => {
    for (const letter of ['p', 'P', 's', 'o', 'l']) {
      expect(blockedInKiosk(key(letter, { ctrlKey: true })), `Ctrl+${letter}`).toBe(true);
      expect(blockedInKiosk(key(letter, { metaKey: true })), `Cmd+${letter}`).toBe(true);
    }
  });

  it('are the developer tools, back and forward', () => {
    expect(blockedInKiosk(key('F12'))).toBe(true);
    expect(blockedInKiosk(key('I', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(blockedInKiosk(key('ArrowLeft', { altKey: true }))).toBe(true);
    expect(blockedInKiosk(key('ArrowRight', { altKey: true }))).toBe(true);
    expect(blockedInKiosk(key('BrowserBack'))).toBe(true);
  });

  it('are not the exhibition’s own keys, nor typing', () => {
    for (const plain of ['ArrowLeft', 'ArrowRight', 'Escape', 'h', 'o', '/', 'p', 's', 'Enter'])
      expect(blockedInKiosk(key(plain)), plain).toBe(false);
    expect(blockedInKiosk(key('P', { shiftKey: true }))).toBe(false);
  });
});
