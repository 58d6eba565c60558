import { ConflictException, DomainException, toProblem } from '@getit/errors';
import { raceAsConflict } from './problem-reply';

const pgError = (code: string) => Object.assign(new Error('database said no'), { code });

describe('raceAsConflict', () => {
  it.each(['40001', '40P01', '23505'])(
    'answers a %s that reached the HTTP layer with 409 problem+json',
    (code) => {
      const problem = toProblem(raceAsConflict(pgError(code)));
      expect(problem.status).toBe(409);
      expect(problem.body).toMatchObject({ code: 'CONFLICT', reason: 'concurrent_change' });
      expect(problem.body.detail).not.toContain('database said no');
    },
  );

  it('leaves domain errors and other failures as they are', () => {
    const domain = new ConflictException('Only 100 poisha can still be refunded.');
    expect(raceAsConflict(domain)).toBe(domain);
    const other = pgError('23503');
    expect(raceAsConflict(other)).toBe(other);
    expect(raceAsConflict(other) instanceof DomainException).toBe(false);
  });

  it('answers a lost database connection or an exhausted pool with 503 problem+json, not 500', () => {
    for (const error of [
      pgError('57P01'),
      Object.assign(new Error('Unable to start a transaction in the given time'), { code: 'P2028' }),
    ]) {
      const problem = toProblem(raceAsConflict(error));
      expect(problem.status).toBe(503);
      expect(problem.body).toMatchObject({ reason: 'database_unavailable' });
    }
  });
});
