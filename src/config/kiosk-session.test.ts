import { afterEach, describe, expect, it, vi } from 'vitest';
import { KIOSK_SETTINGS_KEY, guardKiosk, kioskAllowed, kioskRequested } from './kiosk-session';
import { isLoopback } from './loopback';
import { KIOSK_DEFAULTS, kioskFromQuery } from './kiosk';

describe('where a kiosk may run', () => {
  it('knows the machine’s own addresses', () => {
    for (const host of ['localhost', 'LOCALHOST', 'kiosk.localhost', '127.0.0.1', '127.1.2.3', '[::1]'])
      expect(isLoopback(host), host).toBe(true);
    for (const host of ['expo.example.org', '192.168.1.10', 'localhost.example.org', '127.0.0.1.nip.io', '[::2]'])
      expect(isLoopback(host), host).toBe(false);
  });

  it('allows a loopback address, whatever the deploy setting', () => {
    expect(kioskAllowed('127.0.0.1', undefined)).toBe(true);
    expect(kioskAllowed('localhost', '')).toBe(true);
  });

  it('refuses any other address without the deploy setting', () => {
    expect(kioskAllowed('expo.example.org', undefined)).toBe(false);
    expect(kioskAllowed('expo.example.org', '')).toBe(false);
    expect(kioskAllowed('192.168.1.10', 'off')).toBe(false);
  });

  it('allows every address with VITE_KIOSK=allow, or the host names it lists', () => {
    expect(kioskAllowed('expo.example.org', 'allow')).toBe(true);
    expect(kioskAllowed('kiosk.museum.lan', 'kiosk.museum.lan, 192.168.1.10')).toBe(true);
    expect(kioskAllowed('192.168.1.10', 'kiosk.museum.lan, 192.168.1.10')).toBe(true);
    expect(kioskAllowed('expo.example.org', 'kiosk.museum.lan')).toBe(false);
  });

  it('ignores ?kiosk where it is not allowed, and says so without a warning', () => {
    const log = vi.fn();
    expect(kioskFromQuery('?kiosk&idle=3&tour=1', false, log)).toBeNull();
    expect(log).toHaveBeenCalledOnce();
    expect(kioskFromQuery('?q=kiosk', false, log)).toBeNull();
    expect(log).toHaveBeenCalledOnce();
    expect(kioskFromQuery('?kiosk', true, log)).toEqual(KIOSK_DEFAULTS);
  });
});

describe('a kiosk tab (jsdom: http://localhost)', () => {
  afterEach(() => sessionStorage.clear());

  it('is one when its address or its session says so', () => {
    expect(kioskRequested('')).toBe(false);
    expect(kioskRequested('?kiosk')).toBe(true);
    sessionStorage.setItem(KIOSK_SETTINGS_KEY, '{}');
    expect(kioskRequested('')).toBe(true);
  });
});

describe('the kiosk guard', () => {
  guardKiosk();
  const press = (init: KeyboardEventInit) => {
    const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
    document.body.dispatchEvent(event);
    return event.defaultPrevented;
  };
  const click = (html: string, init: MouseEventInit = {}) => {
    document.body.innerHTML = html;
    const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init });
    document.querySelector('a')!.dispatchEvent(event);
    return event.defaultPrevented;
  };

  it('keeps a single history entry: every push replaces the page', () => {
    const before = window.history.length;
    window.history.pushState({ idx: 1 }, '', '/fr/search/?q=Marie+Dupont');
    window.history.pushState({ idx: 2 }, '', '/fr/travail/');
    expect(window.history.length).toBe(before);
    expect(window.location.pathname).toBe('/fr/travail/');
    expect(window.history.state).toEqual({ idx: 2 });
  });

  it('catches the browser’s ways out and lets the app’s keys through', () => {
    expect(press({ key: 'p', ctrlKey: true })).toBe(true);
    expect(press({ key: 'S', metaKey: true, shiftKey: true })).toBe(true);
    expect(press({ key: 'F12' })).toBe(true);
    expect(press({ key: 'ArrowLeft', altKey: true })).toBe(true);
    expect(press({ key: 'ArrowLeft' })).toBe(false);
    expect(press({ key: '/' })).toBe(false);
    expect(press({ key: 'p' })).toBe(false);
  });

  it('follows no link out of the exhibition, to a new tab or to a download', () => {
    expect(click('<a href="https://example.org/">source</a>')).toBe(true);
    expect(click('<a href="/fr/travail/" target="_blank">room</a>')).toBe(true);
    expect(click('<a href="/fr/travail/" download>room</a>')).toBe(true);
    expect(click('<a href="/fr/travail/">room</a>', { ctrlKey: true })).toBe(true);
  });

  it('follows a link the app left to the browser in place of the page', () => {
    const before = window.history.length;
    expect(click('<a href="#catalogue-hall">hall</a>')).toBe(true);
    expect(window.location.hash).toBe('#catalogue-hall');
    expect(window.history.length).toBe(before);
  });
});
