// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { loadOnce } from './once';

describe('loadOnce', () => {
  it('loads a key once, and gives what it loaded synchronously once it has arrived', async () => {
    const load = vi.fn(async (key: string) => key.toUpperCase());
    const loader = loadOnce(load);
    const first = loader('a');
    expect(loader('a')).toBe(first);
    expect(loader.loaded('a')).toBeUndefined();
    expect(await first).toBe('A');
    expect(loader.loaded('a')).toBe('A');
    expect(await loader('a')).toBe('A');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('has what it is given from the start', async () => {
    const load = vi.fn(async (key: string) => key);
    const loader = loadOnce(load, [['fr', 'français']]);
    expect(loader.loaded('fr')).toBe('français');
    expect(await loader('fr')).toBe('français');
    expect(load).not.toHaveBeenCalled();
  });

  it('asks again at the next call after a failure', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce('back');
    const loader = loadOnce(load as (key: string) => Promise<string>);
    await expect(loader('room')).rejects.toThrow('offline');
    expect(loader.loaded('room')).toBeUndefined();
    expect(await loader('room')).toBe('back');
    expect(loader.loaded('room')).toBe('back');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
