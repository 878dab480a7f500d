import { afterEach, describe, expect, it } from 'vitest';
import { DRIFT, driftAt } from './drift';
import { lastReset, recordReset } from './last-reset';
import { forgetStorage } from './reset';
import {
  INITIAL_PIN,
  PIN_RULES,
  pinReducer,
  storePinState,
  storedPinState,
  type PinAction,
  type PinState,
} from './staff-pin';

const run = (state: PinState, actions: PinAction[]) => actions.reduce(pinReducer('2468'), state);
const type = (digits: string, now = 0): PinAction[] => [
  ...[...digits].map((digit): PinAction => ({ type: 'digit', digit })),
  { type: 'submit', now },
];

describe('the staff PIN', () => {
  afterEach(() => sessionStorage.clear());

  it('opens with the right code, erasing included', () => {
    expect(run(INITIAL_PIN, type('2468')).result).toBe('right');
    expect(run(INITIAL_PIN, [{ type: 'digit', digit: '9' }, { type: 'erase' }, ...type('2468')]).result).toBe('right');
  });

  it('refuses a wrong code, and locks the keypad after five, even the right code, for a while', () => {
    const once = run(INITIAL_PIN, type('1111'));
    expect(once).toMatchObject({ result: 'wrong', failures: 1, typed: '' });
    const four = run(INITIAL_PIN, [...type('1'), ...type('2'), ...type('3'), ...type('4')]);
    expect(four).toMatchObject({ result: 'wrong', failures: 4 });
    const locked = run(four, type('5', 1000));
    expect(locked).toMatchObject({ result: 'locked', lockedUntil: 1000 + PIN_RULES.lockoutMs });
    expect(run(locked, type('2468', 1000 + PIN_RULES.lockoutMs - 1)).result).toBe('locked');
    expect(run(locked, type('2468', 1000 + PIN_RULES.lockoutMs)).result).toBe('right');
    expect(PIN_RULES.tries).toBe(5);
  });

  it('keeps its count of tries across openings of the keypad and resets, never what was typed', () => {
    const locked = run(INITIAL_PIN, [...type('1'), ...type('1'), ...type('1'), ...type('1'), ...type('1', 5)]);
    storePinState({ ...locked, typed: '24' });
    forgetStorage();
    expect(storedPinState()).toEqual({ ...INITIAL_PIN, lockedUntil: locked.lockedUntil });
  });
});

describe('the last reset', () => {
  afterEach(() => sessionStorage.clear());

  it('is remembered with its reason, through the reset’s own clearing of storage', () => {
    expect(lastReset()).toBeNull();
    recordReset('nightly', new Date('2025-02-11T04:00:00Z'));
    forgetStorage();
    expect(lastReset()).toEqual({ at: '2025-02-11T04:00:00.000Z', reason: 'nightly' });
    sessionStorage.setItem('contre-sommet.kiosk.lastReset', '{"at":"yesterday","reason":"idle"}');
    expect(lastReset()).toBeNull();
  });
});

describe('the burn-in drift', () => {
  it('stays within a few pixels, keeps moving, and comes back round', () => {
    const path = Array.from({ length: DRIFT.points }, (_, n) => driftAt(n));
    for (const { x, y } of path) expect(Math.max(Math.abs(x), Math.abs(y))).toBeLessThanOrEqual(DRIFT.amplitude);
    expect(new Set(path.map(({ x, y }) => `${x},${y}`)).size).toBeGreaterThan(DRIFT.points / 2);
    expect(driftAt(DRIFT.points + 3)).toEqual(driftAt(3));
  });
});
