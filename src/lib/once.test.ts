// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { forgetFailures, loadOnce } from './once';

describe('loadOnce', () => {
  it('loads a key once, and gives what it loaded synchronously once it has arrived', async () => {
    const load = vi.fn(async (key: string) => key.toUpperCase());
    const loader = loadOnce(load);
    const first = loader('a');
    expect(loader('a')).toBe(first);
    expect(loader.loaded('a')).toBeUndefined();
    expect(await first).toBe('A');
    expect(loader.loaded('a')).toBe('A');
    // What React's `use` reads to return at once instead of waiting.
    expect(first).toMatchObject({ status: 'fulfilled', value: 'A' });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('has what it is given from the start, settled', () => {
    const load = vi.fn(async (key: string) => key);
    const loader = loadOnce(load, [['fr', 'français']]);
    expect(loader.loaded('fr')).toBe('français');
    expect(loader('fr')).toMatchObject({ status: 'fulfilled', value: 'français' });
    expect(load).not.toHaveBeenCalled();
  });

  it('keeps a failure, for the page to say so, until failures are forgotten: then asks again', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce('back');
    const loader = loadOnce(load as (key: string) => Promise<string>);
    const failed = loader('room');
    await expect(failed).rejects.toThrow('offline');
    expect(failed).toMatchObject({ status: 'rejected' });
    expect(loader('room')).toBe(failed);
    expect(loader.loaded('room')).toBeUndefined();
    forgetFailures();
    expect(await loader('room')).toBe('back');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
