// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { KIOSK_COUNTDOWN, KIOSK_DEFAULTS } from '@/config/kiosk';
import { parseKioskQuery } from '@/config/kiosk-query';
import { initialKioskState, kioskReducer, type KioskAction, type KioskState } from './kiosk-machine';

const run = (idle: number, state: KioskState, actions: KioskAction[]) => actions.reduce(kioskReducer(idle), state);
const ticks = (n: number): KioskAction[] => Array.from({ length: n }, () => ({ type: 'tick' }));

describe('the kiosk idle machine', () => {
  it('waits on the attract loop until someone touches the screen', () => {
    const attract = initialKioskState(true);
    expect(run(5, attract, ticks(100)).phase).toBe('attract');
    expect(run(5, attract, [{ type: 'input' }]).phase).toBe('visiting');
  });

  it('warns after the idle time, then counts down for at least 20 seconds before resetting', () => {
    const visiting = initialKioskState(false);
    expect(run(5, visiting, ticks(4)).phase).toBe('visiting');
    const warned = run(5, visiting, ticks(5));
    expect(warned).toMatchObject({ phase: 'warning', countdown: KIOSK_COUNTDOWN });
    expect(KIOSK_COUNTDOWN).toBeGreaterThanOrEqual(20);
    expect(run(5, warned, ticks(KIOSK_COUNTDOWN - 1))).toMatchObject({ phase: 'warning', countdown: 1 });
    expect(run(5, warned, ticks(KIOSK_COUNTDOWN)).phase).toBe('reset');
  });

  it('keeps the visit going on any input, and starts the idle time again', () => {
    const warned = run(5, initialKioskState(false), ticks(5 + 10));
    const kept = run(5, warned, [{ type: 'input' }]);
    expect(kept).toEqual({ phase: 'visiting', idleFor: 0, countdown: KIOSK_COUNTDOWN });
    expect(run(5, kept, ticks(4)).phase).toBe('visiting');
  });

  it('stays reset once reset (the page reloads)', () => {
    const reset = run(3, initialKioskState(false), ticks(3 + KIOSK_COUNTDOWN));
    expect(run(3, reset, [{ type: 'input' }, ...ticks(3)]).phase).toBe('reset');
  });
});

describe('kiosk settings in the URL', () => {
  it('are absent without ?kiosk', () => {
    expect(parseKioskQuery('?idle=30')).toBeNull();
  });

  it('default sensibly', () => {
    expect(parseKioskQuery('?kiosk')).toEqual(KIOSK_DEFAULTS);
  });

  it('read idle, lang and tour', () => {
    expect(parseKioskQuery('?kiosk&idle=45&lang=ar&tour=8')).toEqual({
      ...KIOSK_DEFAULTS,
      idle: 45,
      lang: 'ar',
      tour: 8,
    });
  });

  it('ignore invalid values with a warning', () => {
    const warn = vi.fn();
    expect(parseKioskQuery('?kiosk&idle=soon&lang=xx&tour=-2', warn)).toEqual(KIOSK_DEFAULTS);
    expect(warn).toHaveBeenCalledTimes(3);
    expect(warn.mock.calls[0]![0]).toMatch(/idle=soon/);
  });
});

describe('the kiosk asleep outside opening hours', () => {
  it('goes back to the attract loop, whatever it was doing, and shows it on waking', () => {
    const warned = run(5, initialKioskState(false), ticks(6));
    expect(run(5, warned, [{ type: 'attract' }])).toEqual(initialKioskState(true));
  });
});
