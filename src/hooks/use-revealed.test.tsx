import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useRevealed } from './use-revealed';

/** Frames the test gives one at a time: the callbacks asked for, then the task after the paint. */
let frames = new Map<number, FrameRequestCallback>();
let lastId = 0;

async function nextFrame() {
  const due = [...frames.values()];
  frames = new Map();
  await act(async () => {
    for (const callback of due) callback(performance.now());
    await vi.advanceTimersByTimeAsync(0);
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  frames = new Map();
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.set(++lastId, callback);
    return lastId;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function Wall({ total, all = false }: { total: number; all?: boolean }) {
  const shown = useRevealed(total, { all, latestMs: 3000 });
  return (
    <ul>
      {Array.from({ length: shown }, (_, i) => (
        <li key={i}>bubble {i}</li>
      ))}
    </ul>
  );
}

const count = () => screen.queryAllByRole('listitem').length;

describe('useRevealed', () => {
  it('renders none at first, then one more item in each frame, never two', async () => {
    render(<Wall total={4} />);
    expect(count()).toBe(0);
    for (const expected of [1, 2, 3, 4]) {
      await nextFrame();
      expect(count()).toBe(expected);
    }
    await nextFrame();
    expect(count()).toBe(4);
    expect(frames.size).toBe(0); // done: no frame asked for any more
  });

  it('renders all of them at once when asked to, and when asked to half-way', async () => {
    const { rerender } = render(<Wall total={5} all />);
    expect(count()).toBe(5);
    rerender(<Wall total={5} key="again" />);
    await nextFrame();
    expect(count()).toBe(1);
    rerender(<Wall total={5} key="again" all />);
    expect(count()).toBe(5);
    // Asked for no longer (a card closed): they stay.
    rerender(<Wall total={5} key="again" />);
    expect(count()).toBe(5);
    await nextFrame();
    expect(count()).toBe(5);
  });

  it('renders all of them once the time is up, when frames do not come (a tab in the background)', async () => {
    render(<Wall total={6} />);
    await nextFrame();
    expect(count()).toBe(1);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(3000);
    });
    expect(count()).toBe(6);
  });
});
