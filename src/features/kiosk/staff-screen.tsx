import { useEffect, useReducer, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from '@/i18n/react';
import { LANGS, LANG_DIR } from '@/config/languages';
import type { KioskSettings } from '@/config/kiosk';
import { formatDayMinute } from '@/config/kiosk-hours';
import { lastReset, type ResetReason } from './last-reset';
import { gatherStaffFacts, useVoices, type StaffFacts } from './use-staff-facts';
import { PIN_RULES, STAFF_PIN, pinReducer, storePinState, storedPinState } from './staff-pin';

interface StaffScreenProps {
  settings: KioskSettings;
  onClose: () => void;
  onRestart: () => void;
  onLeave: () => void;
}

/**
 * The staff screen, opened by a long press in the top-end corner: a PIN on a keypad, then what
 * the machine is running and how it is doing, and the ways to restart it or leave kiosk mode.
 * Never shown without a PIN configured (VITE_KIOSK_PIN).
 */
export function StaffScreen(props: StaffScreenProps) {
  const { t } = useTranslation();
  const [unlocked, setUnlocked] = useState(false);
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => dialog.current?.focus(), [unlocked]);
  if (STAFF_PIN === null) return null;
  return (
    // Escape closes a dialog (its keys reach it from any of its controls).
    // eslint-disable-next-line jsx-a11y-x/no-noninteractive-element-interactions
    <div
      ref={dialog}
      className="staff"
      role="dialog"
      aria-modal="true"
      aria-labelledby="staff-title"
      tabIndex={-1}
      onKeyDown={(event) => event.key === 'Escape' && props.onClose()}
    >
      <div className="staff__panel">
        <h2 id="staff-title" className="staff__title">
          {t('staff.title')}
        </h2>
        {unlocked ? <StaffFactsView {...props} /> : <PinPad pin={STAFF_PIN} onRight={() => setUnlocked(true)} />}
        <button type="button" className="staff__close button" onClick={props.onClose}>
          {t('staff.close')}
        </button>
      </div>
    </div>
  );
}

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

function PinPad({ pin, onRight }: { pin: string; onRight: () => void }) {
  const { t } = useTranslation();
  const [state, dispatch] = useReducer(pinReducer(pin), undefined, () => storedPinState());
  const [now, setNow] = useState(() => Date.now());
  const locked = now < state.lockedUntil;
  useEffect(() => {
    storePinState(state);
    if (state.result === 'right') onRight();
  }, [state, onRight]);
  useEffect(() => {
    if (!locked) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [locked]);
  const submit = () => {
    setNow(Date.now());
    dispatch({ type: 'submit', now: Date.now() });
  };
  const onKey = (event: KeyboardEvent) => {
    if (/^\d$/.test(event.key)) dispatch({ type: 'digit', digit: event.key });
    else if (event.key === 'Backspace') dispatch({ type: 'erase' });
    else if (event.key === 'Enter') submit();
    else return;
    event.preventDefault();
  };
  const message = locked
    ? t('staff.locked', { n: Math.ceil((state.lockedUntil - now) / 1000) })
    : state.result === 'wrong'
      ? t('staff.wrongPin', { n: PIN_RULES.tries - state.failures })
      : '';
  return (
    // Digits typed on a keyboard, as well as tapped: the keypad's buttons have them too.
    // eslint-disable-next-line jsx-a11y-x/no-noninteractive-element-interactions
    <div className="staff__pin" role="group" aria-labelledby="staff-pin-label" onKeyDown={onKey}>
      <p id="staff-pin-label" className="staff__pin-label">
        {t('staff.pinPrompt')}
      </p>
      <p className="staff__dots" aria-live="polite">
        <span aria-hidden="true">{'•'.repeat(state.typed.length) || '\u00a0'}</span>
        <span className="sr-only">{t('staff.pinTyped', { n: state.typed.length })}</span>
      </p>
      <p className="staff__message" role="alert">
        {message}
      </p>
      <div className="staff__keys" dir="ltr">
        {KEYS.map((digit) => (
          <button
            key={digit}
            type="button"
            className="staff__key"
            disabled={locked}
            onClick={() => dispatch({ type: 'digit', digit })}
          >
            {digit}
          </button>
        ))}
        <button
          type="button"
          className="staff__key"
          disabled={locked}
          aria-label={t('staff.erase')}
          onClick={() => dispatch({ type: 'erase' })}
        >
          ⌫
        </button>
        <button
          type="button"
          className="staff__key"
          disabled={locked}
          onClick={() => dispatch({ type: 'digit', digit: '0' })}
        >
          0
        </button>
        <button type="button" className="staff__key staff__key--enter" disabled={locked} onClick={submit}>
          {t('staff.enter')}
        </button>
      </div>
    </div>
  );
}

function StaffFactsView({ settings, onRestart, onLeave }: StaffScreenProps) {
  const { t, i18n } = useTranslation();
  const [facts, setFacts] = useState<StaffFacts>();
  const voices = useVoices();
  useEffect(() => {
    let live = true;
    void gatherStaffFacts().then((gathered) => live && setFacts(gathered));
    return () => {
      live = false;
    };
  }, []);
  if (!facts) return <p className="staff__loading">{t('staff.loading')}</p>;
  const date = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
  const reasons: Record<ResetReason, string> = {
    idle: t('staff.reason.idle'),
    staff: t('staff.reason.staff'),
    nightly: t('staff.reason.nightly'),
  };
  const reset = lastReset();
  const { worker } = facts;
  const rows: [string, ReactNode][] = [
    [t('staff.version'), facts.version],
    [t('staff.builtAt'), date(facts.builtAt)],
    [t('staff.contentDate'), date(facts.contentDate)],
    [t('staff.publicAddress'), facts.publicAddress],
    [t('staff.qrCodes'), facts.qrShown ? t('staff.qrShown') : t('staff.qrHidden')],
    [
      t('staff.worker'),
      { none: t('staff.workerNone'), installing: t('staff.workerInstalling'), active: t('staff.workerActive') }[
        worker.state
      ],
    ],
    [t('staff.update'), worker.updateWaiting ? t('staff.updateWaiting') : t('staff.updateNone')],
    [
      t('staff.offline'),
      <>
        {worker.offlineReady ? t('staff.offlineReady') : t('staff.offlineNotReady')}
        <ul className="staff__list">
          {worker.caches.map(({ name, entries }) => (
            <li key={name} dir="ltr">
              {t('staff.cacheEntries', { name, n: entries })}
            </li>
          ))}
        </ul>
      </>,
    ],
    [t('staff.lastReset'), reset ? `${date(reset.at)} (${reasons[reset.reason]})` : t('staff.noReset')],
    [
      t('staff.hours'),
      settings.hours
        ? `${formatDayMinute(settings.hours.open)}–${formatDayMinute(settings.hours.close)}`
        : t('staff.alwaysOpen'),
    ],
    [t('staff.nightly'), settings.reloadAt === null ? t('staff.nightlyNever') : formatDayMinute(settings.reloadAt)],
    [
      t('staff.heap'),
      facts.heapUsed === null ? t('staff.unknown') : t('staff.megabytes', { n: (facts.heapUsed / 1e6).toFixed(1) }),
    ],
  ];
  return (
    <>
      <dl className="staff__facts" data-testid="staff-facts">
        {rows.map(([label, value]) => (
          <div key={label} className="staff__fact">
            <dt>{label}</dt>
            <dd>{typeof value === 'string' ? <bdi>{value}</bdi> : value}</dd>
          </div>
        ))}
        <div className="staff__fact staff__fact--wide">
          <dt>{t('staff.voices')}</dt>
          <dd>
            <ul className="staff__list">
              {LANGS.map((lang) => {
                const { count, name } = voices[lang];
                return (
                  <li key={lang} data-lang={lang}>
                    <span lang={lang} dir={LANG_DIR[lang]}>
                      {lang.toUpperCase()}
                    </span>{' '}
                    <bdi>{count > 0 ? t('staff.voiceCount', { n: count, name }) : t('staff.noVoice')}</bdi>
                  </li>
                );
              })}
            </ul>
          </dd>
        </div>
      </dl>
      <div className="staff__actions">
        <button type="button" className="button button--primary button--huge" onClick={onRestart}>
          {t('staff.restart')}
        </button>
        <button type="button" className="button button--huge" onClick={onLeave}>
          {t('staff.leave')}
        </button>
      </div>
    </>
  );
}
