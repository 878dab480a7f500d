import { useTranslation } from 'react-i18next';
import type { Speaker } from '@/content/types';
import { useContentLang } from '@/content/use-content-lang';

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((part) => /^\p{Lu}/u.test(part))
    .slice(0, 2)
    .map((part) => part[0])
    .join('');
}

/** The voice a group of bubbles belongs to: a portrait mark, the name, the role as given. */
export function SpeakerHeader({ id, speaker }: { id: string; speaker: Speaker | undefined }) {
  const { t } = useTranslation();
  const { langAttr } = useContentLang();
  return (
    <header className="voice__header">
      <span className="voice__portrait" aria-hidden="true">
        {speaker ? initials(speaker.name) : '?'}
      </span>
      <div>
        <h2 id={id} className="voice__name">
          {speaker?.name ?? t('speaker.unnamed')}
        </h2>
        {speaker && (speaker.role || speaker.organisation) && (
          <p className="voice__role" lang={langAttr}>
            {[speaker.role, speaker.organisation].filter(Boolean).join(' · ')}
          </p>
        )}
        {speaker?.note && (
          <p className="voice__note" lang={langAttr}>
            {speaker.note}
          </p>
        )}
      </div>
    </header>
  );
}
