import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeSpeech, voice } from '@/components/listen/fake-speech';
import { useVoices } from './use-staff-facts';

function Voices({ arriveWhileRendering }: { arriveWhileRendering?: FakeSpeech }) {
  const voices = useVoices();
  // Time passing between the first render and the effect that listens: the voices come then.
  if (arriveWhileRendering && arriveWhileRendering.voices.length === 0)
    arriveWhileRendering.loadVoices([voice('fr-FR', 'Français'), voice('ar', 'العربية')]);
  return <p>{`fr ${voices.fr.count}, ar ${voices.ar.count}`}</p>;
}

describe('useVoices', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists the voices that come later, by voiceschanged', async () => {
    const speech = new FakeSpeech();
    vi.stubGlobal('speechSynthesis', speech);
    render(<Voices />);
    expect(screen.getByText('fr 0, ar 0')).toBeInTheDocument();
    speech.loadVoices([voice('fr-FR', 'Français')]);
    expect(await screen.findByText('fr 1, ar 0')).toBeInTheDocument();
  });

  it('lists the voices that came before it listened, their event unheard', async () => {
    const speech = new FakeSpeech();
    vi.stubGlobal('speechSynthesis', speech);
    render(<Voices arriveWhileRendering={speech} />);
    expect(await screen.findByText('fr 1, ar 1')).toBeInTheDocument();
  });
});
