import { useLayoutEffect } from 'react';
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
  }) as unknown as HTMLElement['animate'];
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

  describe('keys pressed while the page changes', () => {
    /** A page that answers → by noting its name, as a room goes to the next one. */
    function KeyedPage({ name, heard }: { name: string; heard: string[] }) {
      useShortcuts({ next: () => heard.push(name) });
      return <p>{name}</p>;
    }
    const keyedAt = (page: string, heard: string[]) => (
      <PageTransition page={page}>{(shown) => <KeyedPage name={shown} heard={heard} />}</PageTransition>
    );
    const pressNext = () => fireEvent.keyDown(document.body, { key: 'ArrowRight' });

    it('are answered by the next page once it is there, not by the page leaving, and once', async () => {
      const heard: string[] = [];
      const { rerender } = render(keyedAt('travail', heard));
      rerender(keyedAt('culture', heard));
      pressNext();
      pressNext();
      expect(heard).toEqual([]);
      await act(async () => animations[0]!.finish());
      await screen.findByText('culture');
      // The last key pressed, answered by the page that came, once.
      expect(heard).toEqual(['culture']);
      pressNext();
      expect(heard).toEqual(['culture', 'culture']);
    });

    it('are kept for the next page when pressed as it is put on screen, before its keys are bound', async () => {
      // The browser may hand a key over between the commit of the next page (its layout effects)
      // and its passive effects (where its keys are bound): a busy phone, a page rendered in a
      // transition. Here the key is pressed from the page's own layout effect, in that moment.
      const heard: string[] = [];
      function PressedOnArrival({ name }: { name: string }) {
        useLayoutEffect(() => {
          if (name === 'culture') pressNext();
        }, [name]);
        return <KeyedPage name={name} heard={heard} />;
      }
      const at = (page: string) => (
        <PageTransition page={page}>{(shown) => <PressedOnArrival name={shown} />}</PageTransition>
      );
      const { rerender } = render(at('travail'));
      rerender(at('culture'));
      await act(async () => animations[0]!.finish());
      await screen.findByText('culture');
      expect(heard).toEqual(['culture']);
    });

    it('are not kept when no page is changing, nor once the next page is there', async () => {
      const heard: string[] = [];
      const { rerender } = render(<PageTransition page="hall">{() => <p>hall</p>}</PageTransition>);
      // A page without the key: pressed, it is for no one.
      pressNext();
      rerender(<PageTransition page="travail">{() => <p>travail</p>}</PageTransition>);
      pressNext();
      await act(async () => animations[0]!.finish());
      await screen.findByText('travail');
      // The page that came (the hall's door to a room, say) had no use for the key: it is dropped.
      rerender(keyedAt('travail', heard));
      expect(heard).toEqual([]);
    });
  });
});
