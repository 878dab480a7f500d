import { useTranslation } from 'react-i18next';
import type { Speaker } from '@/content/types';

/** Name, role and organisation of who said it, or that the participant is not named. */
export function SpeakerCaption({ speaker, langAttr }: { speaker: Speaker | undefined; langAttr?: string }) {
  const { t } = useTranslation();
  if (!speaker) return <span className="caption__name">{t('speaker.unnamed')}</span>;
  const details = [speaker.role, speaker.organisation].filter(Boolean).join(', ');
  return (
    <>
      <span className="caption__name">{speaker.name}</span>
      {details && (
        <span className="caption__role" lang={langAttr}>
          {details}
        </span>
      )}
    </>
  );
}
