import { afterEach, describe, expect, it, vi } from 'vitest';
import { kioskAllowed, settingAllows } from './kiosk-allowed';
import { KIOSK_SETTINGS_KEY, kioskRequested } from './kiosk-session';
import { isLoopback } from './loopback';
import { KIOSK_DEFAULTS } from './kiosk';
import { kioskFromQuery } from './kiosk-query';

describe('where a kiosk may run', () => {
  it('knows the machine’s own addresses', () => {
    for (const host of ['localhost', '127.0.0.1', '127.1.2.3', '[::1]']) expect(isLoopback(host), host).toBe(true);
    for (const host of ['expo.example.org', '192.168.1.10', 'localhost.example.org', '127.0.0.1.nip.io', '[::2]'])
      expect(isLoopback(host), host).toBe(false);
  });

  it('allows a loopback address, and no other without the deploy setting', () => {
    expect(kioskAllowed('127.0.0.1')).toBe(true);
    expect(kioskAllowed('localhost')).toBe(true);
    expect(kioskAllowed('expo.example.org')).toBe(false);
    expect(kioskAllowed('192.168.1.10')).toBe(false);
  });

  it('allows every address with VITE_KIOSK=allow, or the host names it lists', () => {
    expect(settingAllows('expo.example.org', 'allow')).toBe(true);
    expect(settingAllows('kiosk.museum.lan', 'kiosk.museum.lan, 192.168.1.10')).toBe(true);
    expect(settingAllows('192.168.1.10', 'kiosk.museum.lan,192.168.1.10')).toBe(true);
    expect(settingAllows('expo.example.org', 'kiosk.museum.lan')).toBe(false);
    expect(settingAllows('expo.example.org', '')).toBe(false);
    expect(settingAllows('expo.example.org', 'off')).toBe(false);
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
