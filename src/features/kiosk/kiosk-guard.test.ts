import { describe, expect, it } from 'vitest';
import { keepOneHistoryEntry } from '@/config/kiosk-allowed';
import { guardKiosk } from './kiosk-guard';

describe('the kiosk guard', () => {
  keepOneHistoryEntry();
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
