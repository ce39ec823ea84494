import { describe, expect, it } from 'vitest';
import { noticeTone, readNotice, withNotice } from './notices';

describe('notices', () => {
  it('reads only the notices of the page', () => {
    expect(readNotice('restart', 'attempts')).toBe('attempts');
    expect(readNotice('restart', 'revoked')).toBeUndefined();
    expect(readNotice('devices', 'revoked')).toBe('revoked');
    expect(readNotice('home', ['logout-cancelled'])).toBeUndefined();
  });

  it('adds the notice to a path of ours, keeping its query', () => {
    expect(withNotice('/consent?consent_challenge=a%2Bb', 'ownForm', 'csrf')).toBe(
      '/consent?consent_challenge=a%2Bb&notice=csrf',
    );
    expect(withNotice('/devices', 'devices', 'revoked-others', { count: '3' })).toBe(
      '/devices?notice=revoked-others&count=3',
    );
    expect(withNotice('/', 'home', 'logout-cancelled')).toBe('/?notice=logout-cancelled');
  });

  it('a change that happened is good news, a pointer is information, the rest went wrong', () => {
    expect(noticeTone('revoked')).toBe('success');
    expect(noticeTone('revoked-all')).toBe('success');
    expect(noticeTone('current')).toBe('info');
    expect(noticeTone('csrf')).toBe('error');
    expect(noticeTone('not-found')).toBe('error');
  });
});
