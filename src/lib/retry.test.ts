import { describe, expect, it, vi } from 'vitest';
import { retryOnce } from './retry';

describe('retryOnce', () => {
  it('answers at once when the first request succeeds', async () => {
    const load = vi.fn().mockResolvedValue('page');
    await expect(retryOnce(load, 0)).resolves.toBe('page');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('asks a second time, after a pause, when the first request fails', async () => {
    vi.useFakeTimers();
    try {
      const load = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValue('page');
      const result = retryOnce(load, 800);
      await vi.advanceTimersByTimeAsync(799);
      expect(load).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(1);
      await expect(result).resolves.toBe('page');
      expect(load).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives the second failure when both fail, and asks no more', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('first')).mockRejectedValueOnce(new Error('second'));
    await expect(retryOnce(load, 0)).rejects.toThrow('second');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
