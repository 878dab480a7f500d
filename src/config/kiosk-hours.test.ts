// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { KIOSK_DEFAULTS } from './kiosk';
import {
  formatDayMinute,
  isOpen,
  nextDayMinute,
  nightlyReloadDue,
  parseDayMinute,
  parseOpeningHours,
} from './kiosk-hours';
import { parseKioskQuery } from './kiosk-query';

/** A local time on a fixed day (the kiosk's own clock). */
const at = (time: string, day = 10) => new Date(2025, 1, day, ...time.split(':').map(Number));

describe('opening hours', () => {
  it('are read from HH:MM-HH:MM, and nothing else', () => {
    expect(parseOpeningHours('09:00-18:00')).toEqual({ open: 540, close: 1080 });
    expect(parseOpeningHours('9:30-18:15')).toEqual({ open: 570, close: 1095 });
    expect(parseOpeningHours('18:00-02:00')).toEqual({ open: 1080, close: 120 });
    for (const bad of [
      '',
      '09:00',
      '09:00-',
      '9-18',
      '09:00-24:00',
      '25:00-26:00',
      '09:60-18:00',
      '09:00-09:00',
      '09:00-12:00-18:00',
      'always',
    ])
      expect(parseOpeningHours(bad), bad).toBeNull();
    expect(parseDayMinute(' 04:00 ')).toBe(240);
    expect(formatDayMinute(540)).toBe('09:00');
    expect(formatDayMinute(1439)).toBe('23:59');
  });

  it('are open from the opening minute to just before the closing one, across midnight too', () => {
    const day = parseOpeningHours('09:00-18:00');
    expect(isOpen(at('08:59'), day)).toBe(false);
    expect(isOpen(at('09:00'), day)).toBe(true);
    expect(isOpen(at('17:59'), day)).toBe(true);
    expect(isOpen(at('18:00'), day)).toBe(false);
    const night = parseOpeningHours('18:00-02:00');
    expect(isOpen(at('23:00'), night)).toBe(true);
    expect(isOpen(at('01:59'), night)).toBe(true);
    expect(isOpen(at('02:00'), night)).toBe(false);
    expect(isOpen(at('12:00'), night)).toBe(false);
    expect(isOpen(at('03:00'), null)).toBe(true);
  });

  it('come from the query, with a warning and the default for a bad value', () => {
    const warn = vi.fn();
    expect(parseKioskQuery('?kiosk&hours=10:00-19:30', warn)?.hours).toEqual({ open: 600, close: 1170 });
    expect(parseKioskQuery('?kiosk&hours=always', warn)?.hours).toBeNull();
    expect(warn).not.toHaveBeenCalled();
    expect(parseKioskQuery('?kiosk&hours=9h-18h', warn)?.hours).toBe(KIOSK_DEFAULTS.hours);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/ignoring hours=9h-18h .*09:00-18:00/));
  });
});

describe('the nightly reload', () => {
  it('is due at the first reload time after the page’s load', () => {
    expect(KIOSK_DEFAULTS.reloadAt).toBe(240);
    expect(nextDayMinute(at('14:00'), 240)).toEqual(at('04:00', 11));
    expect(nextDayMinute(at('03:59'), 240)).toEqual(at('04:00'));
    // Loaded by the reload itself at 04:00: the next one is tomorrow's.
    expect(nextDayMinute(at('04:00'), 240)).toEqual(at('04:00', 11));
  });

  it('waits until nobody is using the screen', () => {
    const due = at('04:00', 11);
    expect(nightlyReloadDue(at('03:59', 11), due, true)).toBe(false);
    expect(nightlyReloadDue(at('04:00', 11), due, true)).toBe(true);
    expect(nightlyReloadDue(at('04:05', 11), due, false)).toBe(false);
    expect(nightlyReloadDue(at('04:20', 11), due, true)).toBe(true);
    expect(nightlyReloadDue(at('04:20', 11), null, true)).toBe(false);
  });

  it('takes its time from the query, or none', () => {
    const warn = vi.fn();
    expect(parseKioskQuery('?kiosk&reload=03:30', warn)?.reloadAt).toBe(210);
    expect(parseKioskQuery('?kiosk&reload=never', warn)?.reloadAt).toBeNull();
    expect(warn).not.toHaveBeenCalled();
    expect(parseKioskQuery('?kiosk&reload=4am', warn)?.reloadAt).toBe(240);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/ignoring reload=4am .*using 04:00/));
  });
});
