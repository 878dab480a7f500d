import { afterEach, describe, expect, it, vi } from 'vitest';
import { hasPublicAddress } from './site';

describe('an address a visitor’s phone can open (jsdom: served on localhost)', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('is none on the machine’s own address without VITE_PUBLIC_URL: no QR code to give', () => {
    vi.stubEnv('VITE_PUBLIC_URL', '');
    expect(hasPublicAddress()).toBe(false);
  });

  it('is the public address the build was given', () => {
    vi.stubEnv('VITE_PUBLIC_URL', 'https://expo.example.org');
    expect(hasPublicAddress()).toBe(true);
    expect(hasPublicAddress('127.0.0.1', 'http://192.168.1.10:4173')).toBe(true);
  });

  it('is where the exhibition is served, when that is not the machine’s own address', () => {
    expect(hasPublicAddress('expo.example.org', undefined)).toBe(true);
    expect(hasPublicAddress('[::1]', undefined)).toBe(false);
  });
});
