import { useState, type ReactNode } from 'react';
import { useTranslation } from '@/i18n/react';
import { SpeakerEmblem } from '@/components/speaker-emblem';
import { isolate } from '@/config/languages';
import { useLang } from '@/hooks/use-lang';
import type { Speaker } from '@/content/types';

/** A station with more bubbles than this shows the first VISIBLE_AT_FIRST, the rest one tap away. */
const COLLAPSE_OVER = 5;
const VISIBLE_AT_FIRST = 4;

/**
 * One voice of a room and its bubbles, read like a comic strip: the speaker's emblem and name
 * stay in view (sticky) beside the bubbles, whose tails point at the emblem. A long station shows
 * its first bubbles and "n more from <name>" (a disclosure: it opens without the app, and the
 * browser's find-in-page opens it too); it opens by itself, and stays open, once one of its
 * cards is opened.
 */
export function VoiceStation({
  id,
  speaker,
  colour,
  bubbles,
  total,
  holdsOpenCard,
}: {
  /** The id of the station's heading; the roster links to it. */
  id: string;
  speaker: Speaker | undefined;
  colour: string;
  /** The station's bubbles (`<li>`s) on the wall so far, in the wall's order. */
  bubbles: ReactNode[];
  /**
   * How many the station has in all: whether it folds is decided on this, not on the bubbles
   * there so far (a room reached in the app puts them on the wall one by one), so a bubble never
   * moves from the open list into the folded one.
   */
  total: number;
  /** Whether the card open now is one of this station's. */
  holdsOpenCard: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [open, setOpen] = useState(holdsOpenCard);
  if (holdsOpenCard && !open) setOpen(true);
  const name = speaker?.name ?? t('speaker.unnamed');
  const collapsed = total > COLLAPSE_OVER;
  const first = collapsed ? bubbles.slice(0, VISIBLE_AT_FIRST) : bubbles;
  const rest = collapsed ? bubbles.slice(VISIBLE_AT_FIRST) : [];
  return (
    <section className="voice" aria-labelledby={id} style={{ ['--voice' as string]: colour }}>
      <div className="voice__who">
        <SpeakerEmblem speaker={speaker} colour={colour} className="voice__emblem" />
        <h2 id={id} className="voice__name" tabIndex={-1}>
          <bdi>{name}</bdi>
        </h2>
      </div>
      <ul className="voice__bubbles">{first}</ul>
      {collapsed && rest.length > 0 && (
        <details className="voice__more" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
          <summary>
            <span className="voice__more-closed">
              {t('room.moreFrom', { count: total - VISIBLE_AT_FIRST, speaker: isolate(lang, name) })}
            </span>
            <span className="voice__more-open">{t('room.lessFrom', { speaker: isolate(lang, name) })}</span>
          </summary>
          <ul className="voice__bubbles">{rest}</ul>
        </details>
      )}
    </section>
  );
}
