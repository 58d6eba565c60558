import { DependencyUnavailableException } from './dependency-unavailable.exception';
import { DomainException } from './domain.exception';
import { ErrorCode } from './error-code';
import { NotFoundException } from './not-found.exception';
import { RateLimitedException } from './rate-limited.exception';
import { ValidationException } from './validation.exception';

describe('DomainException', () => {
  it('is an Error named after its class with the detail as message', () => {
    const error = new NotFoundException('Order 7 was not found.');

    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(DomainException);
    expect(error.name).toBe('NotFoundException');
    expect(error.message).toBe('Order 7 was not found.');
    expect(error.code).toBe(ErrorCode.NOT_FOUND);
    expect(error.stack).toContain('NotFoundException');
  });

  it('keeps the cause for logs', () => {
    const cause = new Error('ECONNREFUSED');

    expect(new DependencyUnavailableException(undefined, { cause }).cause).toBe(cause);
  });

  it('gives a validation exception an empty field list by default', () => {
    expect(new ValidationException().fieldErrors).toEqual([]);
  });

  it('rounds retryAfterSeconds up to whole seconds', () => {
    expect(new RateLimitedException(0.2).retryAfterSeconds).toBe(1);
  });
});
