import { useEffect, useState } from 'react';
import { useTranslation } from '@/i18n/react';
import { LANGS, LANG_DIR } from '@/config/languages';
import { dayMinute, formatDayMinute, type OpeningHours } from '@/config/kiosk-hours';
import { i18nFor } from '@/i18n/instances';

/**
 * Outside opening hours: a dim screen with the time, the exhibition's name and when it opens, in
 * every language; nothing to touch. It goes when the kiosk wakes at opening time.
 */
export function ClockScreen({ hours }: { hours: OpeningHours }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const opens = formatDayMinute(hours.open);
  return (
    <div className="kiosk-clock" role="region" aria-label={t('staff.clockTitle')}>
      <p className="kiosk-clock__time drifts">
        <time dateTime={formatDayMinute(dayMinute(now))}>{formatDayMinute(dayMinute(now))}</time>
      </p>
      <p className="kiosk-clock__name drifts">{t('layout.siteName')}</p>
      <ul className="kiosk-clock__opens drifts">
        {LANGS.map((lang) => (
          <li key={lang} lang={lang} dir={LANG_DIR[lang]}>
            {i18nFor(lang).t('staff.openFrom', { time: opens })}
          </li>
        ))}
      </ul>
    </div>
  );
}
