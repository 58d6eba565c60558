import { passwordProblem } from './password-policy';

describe('password policy', () => {
  it('accepts a long, uncommon password', () => {
    expect(passwordProblem('nakshi-kantha-at-dawn')).toBeUndefined();
    expect(passwordProblem('Padma bridge 2022!')).toBeUndefined();
  });

  it.each([
    ['short1!', 'must be at least 10 characters'],
    ['01712345678901', 'must not be only digits'],
    ['aaaaaaaaaaaa', 'must use at least 4 different characters'],
    ['Password123', 'is too common; choose another'],
    ['BANGLADESH', 'is too common; choose another'],
    ['x'.repeat(129), 'must be at most 128 characters'],
  ])('refuses %s: %s', (password, reason) => {
    expect(passwordProblem(password)).toBe(reason);
  });

  it('refuses a password containing the phone number or the email name', () => {
    expect(passwordProblem('me-01712345678', ['+8801712345678'])).toBe(
      'must not contain your phone or email',
    );
    expect(passwordProblem('rahima.akter-pass', ['rahima.akter@example.com'])).toBe(
      'must not contain your phone or email',
    );
  });
});
