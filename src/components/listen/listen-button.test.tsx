import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/i18n/react';
import { i18nFor } from '@/i18n/instances';
import { FakeSpeech, FakeUtterance, voice } from './fake-speech';
import { ListenButton } from './listen-button';
import { stop } from './use-speech';

let synth: FakeSpeech;

function install(voices: SpeechSynthesisVoice[]) {
  synth = new FakeSpeech(voices);
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
}

function renderListen(lang = 'fr') {
  return render(
    <I18nProvider i18n={i18nFor('fr')}>
      <ListenButton owner="test" items={[{ text: 'Bonjour', lang }]} lang={lang} label="Écouter" />
    </I18nProvider>,
  );
}

afterEach(() => {
  stop();
  vi.unstubAllGlobals();
});

describe('the listen control', () => {
  it('says Pause while reading, Resume when paused, and offers Stop until the reading ends', async () => {
    const user = userEvent.setup();
    install([voice('fr-FR', 'Thomas')]);
    renderListen();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['▶\uFE0EÉcouter']);
    await user.click(screen.getByRole('button', { name: 'Écouter' }));
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['❚❚Pause', '■Arrêter']);
    expect(synth.spoken.map((u) => u.text)).toEqual(['Bonjour']);

    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(synth.paused).toBe(true);
    // The same button, still focused: pressed again, it resumes.
    expect(screen.getByRole('button', { name: 'Reprendre' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(synth.paused).toBe(false);
    expect(screen.getByRole('button', { name: 'Pause' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Arrêter' }));
    expect(synth.queue).toEqual([]);
    expect(screen.getAllByRole('button')).toHaveLength(1);
    // Stop has gone with the reading: focus is back on the button that starts one.
    expect(screen.getByRole('button', { name: 'Écouter' })).toHaveFocus();
  });

  it('gives focus back to Listen when the reading ends while Stop has it', async () => {
    const user = userEvent.setup();
    install([voice('fr-FR', 'Thomas')]);
    renderListen();
    await user.click(screen.getByRole('button', { name: 'Écouter' }));
    screen.getByRole('button', { name: 'Arrêter' }).focus();
    act(() => synth.finishOne());
    expect(screen.queryByRole('button', { name: 'Arrêter' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Écouter' })).toHaveFocus();
  });

  it('is not shown where the browser has no voice for the language', () => {
    install([voice('en-GB', 'Daniel')]);
    const { container } = renderListen('fr');
    expect(container).toBeEmptyDOMElement();
  });

  it('is not shown where the browser has no speech synthesis', () => {
    const { container } = renderListen('fr');
    expect(container).toBeEmptyDOMElement();
  });
});
