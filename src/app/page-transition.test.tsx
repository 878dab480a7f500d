import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePagePresent } from '@/hooks/use-page-present';
import { useShortcuts } from '@/hooks/use-shortcuts';
import { PageTransition } from './page-transition';

/** A Web Animation the test ends or that is cancelled, as the browser's would be. */
interface FakeAnimation {
  keyframes: Keyframe[];
  finish: () => void;
  cancelled: boolean;
}

let animations: FakeAnimation[] = [];

beforeEach(() => {
  animations = [];
  HTMLElement.prototype.animate = vi.fn(function (keyframes: Keyframe[]) {
    let resolve!: () => void;
    let reject!: (reason: unknown) => void;
    const finished = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const record: FakeAnimation = { keyframes, finish: resolve, cancelled: false };
    animations.push(record);
    return {
      finished,
      cancel: () => {
        record.cancelled = true;
        reject(new DOMException('cancelled', 'AbortError'));
      },
    } as unknown as Animation;
  });
});

afterEach(() => {
  delete (HTMLElement.prototype as Partial<HTMLElement>).animate;
});

function Page({ name }: { name: string }) {
  const present = usePagePresent();
  return <p data-present={present}>{name}</p>;
}

const renderAt = (page: string) => <PageTransition page={page}>{(shown) => <Page name={shown} />}</PageTransition>;
const shown = () => screen.getByRole('paragraph');
const opacityAtEnd = (animation: FakeAnimation) => animation.keyframes.at(-1)?.opacity;

describe('PageTransition', () => {
  it('shows the first page without animating it', () => {
    render(renderAt('travail'));
    expect(shown()).toHaveTextContent('travail');
    expect(shown()).toHaveAttribute('data-present', 'true');
    expect(animations).toHaveLength(0);
  });

  it('keeps the page leaving on screen, no longer present, until the next one replaces it', async () => {
    const { rerender } = render(renderAt('travail'));
    const leaving = shown();
    rerender(renderAt('culture'));
    expect(shown()).toBe(leaving);
    expect(shown()).toHaveTextContent('travail');
    expect(shown()).toHaveAttribute('data-present', 'false');
    expect(animations).toHaveLength(1);
    // It dims, never to nothing: no empty screen between two rooms.
    expect(opacityAtEnd(animations[0]!)).toBeGreaterThan(0);
    expect(animations[0]!.keyframes[0]!.opacity).toBe(1);

    await act(async () => animations[0]!.finish());
    // Replaced in one commit: never a moment without a page.
    await screen.findByText('culture');
    expect(document.querySelectorAll('.page')).toHaveLength(1);
    expect(shown()).toHaveAttribute('data-present', 'true');
    // A new element, which plays its entrance.
    expect(shown()).not.toBe(leaving);
    expect(animations).toHaveLength(2);
    expect(opacityAtEnd(animations[1]!)).toBe(1);
    // It comes in from where the exit left off.
    expect(animations[1]!.keyframes[0]!.opacity).toBe(opacityAtEnd(animations[0]!));
  });

  it('keeps the page shown when it is asked for again before it has left', async () => {
    const { rerender } = render(renderAt('travail'));
    const first = shown();
    rerender(renderAt('culture'));
    rerender(renderAt('travail'));
    expect(animations[0]!.cancelled).toBe(true);
    await act(async () => {});
    expect(shown()).toBe(first);
    expect(shown()).toHaveAttribute('data-present', 'true');
    expect(animations).toHaveLength(1);
  });

  it('shows the last page asked for once the exit ends, however many were asked for meanwhile', async () => {
    const { rerender } = render(renderAt('travail'));
    rerender(renderAt('culture'));
    rerender(renderAt('education'));
    // One exit, not restarted.
    expect(animations).toHaveLength(1);
    expect(animations[0]!.cancelled).toBe(false);
    await act(async () => animations[0]!.finish());
    expect(await screen.findByRole('paragraph')).toHaveTextContent('education');
  });

  it('a page leaving hears no keys; the next one does once it is there', async () => {
    // A page that answers → by noting its name, as a room goes to the next one.
    const heard: string[] = [];
    function KeyedPage({ name }: { name: string }) {
      useShortcuts({ next: () => void heard.push(name) });
      return <p>{name}</p>;
    }
    const at = (page: string) => <PageTransition page={page}>{(shown) => <KeyedPage name={shown} />}</PageTransition>;
    const pressNext = () => fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    const { rerender } = render(at('travail'));
    pressNext();
    rerender(at('culture'));
    pressNext();
    await act(async () => animations[0]!.finish());
    await screen.findByText('culture');
    pressNext();
    // The key pressed while travail left was nobody's (the app's frame answers it: src/hooks/use-tour.ts).
    expect(heard).toEqual(['travail', 'culture']);
  });
});
