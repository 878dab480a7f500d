import { useTranslation } from '@/i18n/react';
import { SpeakerRole } from '@/components/speaker-role';
import type { Speaker } from '@/content/types';
import { LANG_DIR } from '@/config/languages';
import { useLang } from '@/hooks/use-lang';

/** Name, role and organisation of who said it, or that the participant is not named. */
export function SpeakerCaption({ speaker }: { speaker: Speaker | undefined }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!speaker) return <span className="caption__name">{t('speaker.unnamed')}</span>;
  return (
    <>
      {/* bdi: a Latin name keeps its order inside right-to-left text. */}
      <bdi className="caption__name">{speaker.name}</bdi>
      <SpeakerRole speaker={speaker} separator={LANG_DIR[lang] === 'rtl' ? '، ' : ', '} className="caption__role" />
    </>
  );
}
