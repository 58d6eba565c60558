import { ConflictException } from './conflict.exception';
import { DependencyUnavailableException } from './dependency-unavailable.exception';
import { DomainException } from './domain.exception';
import { ERROR_CATALOG } from './error-catalog';
import { ErrorCode } from './error-code';
import { ForbiddenException } from './forbidden.exception';
import { NotFoundException } from './not-found.exception';
import { PROBLEM_CONTENT_TYPE } from './problem-details';
import { RateLimitedException } from './rate-limited.exception';
import { toProblem } from './to-problem';
import { UnauthenticatedException } from './unauthenticated.exception';
import { ValidationException } from './validation.exception';

function httpError(statusCode: number, code: string, message = 'framework message'): Error {
  return Object.assign(new Error(message), { statusCode, code });
}

describe('toProblem', () => {
  it('builds an RFC 9457 body for a domain exception', () => {
    const problem = toProblem(new NotFoundException('Product 42 was not found.'), {
      instance: '/v1/products/42',
      correlationId: 'corr-1',
    });

    expect(problem).toEqual({
      status: 404,
      headers: { 'Content-Type': 'application/problem+json' },
      body: {
        type: 'https://docs.getit.com.bd/problems/not-found',
        title: 'Not found',
        status: 404,
        detail: 'Product 42 was not found.',
        instance: '/v1/products/42',
        code: 'NOT_FOUND',
        correlationId: 'corr-1',
      },
    });
    expect(PROBLEM_CONTENT_TYPE).toBe('application/problem+json');
  });

  it.each([
    [new ValidationException('Bad input.'), 400, 'VALIDATION_FAILED', 'validation-failed'],
    [new DomainException(ErrorCode.BAD_REQUEST, 'Bad.'), 400, 'BAD_REQUEST', 'bad-request'],
    [new UnauthenticatedException(), 401, 'UNAUTHENTICATED', 'unauthenticated'],
    [new ForbiddenException(), 403, 'FORBIDDEN', 'forbidden'],
    [new NotFoundException('Gone.'), 404, 'NOT_FOUND', 'not-found'],
    [new DomainException(ErrorCode.NOT_ACCEPTABLE, 'XML?'), 406, 'NOT_ACCEPTABLE', 'not-acceptable'],
    [new ConflictException('SKU taken.'), 409, 'CONFLICT', 'conflict'],
    [new DomainException(ErrorCode.URI_TOO_LONG, 'Long.'), 414, 'URI_TOO_LONG', 'uri-too-long'],
    [new DomainException(ErrorCode.PAYLOAD_TOO_LARGE, 'Big.'), 413, 'PAYLOAD_TOO_LARGE', 'payload-too-large'],
    [
      new DomainException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, 'XML?'),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'unsupported-media-type',
    ],
    [new RateLimitedException(30), 429, 'RATE_LIMITED', 'rate-limited'],
    [new DependencyUnavailableException(), 503, 'DEPENDENCY_UNAVAILABLE', 'dependency-unavailable'],
    [new DomainException(ErrorCode.INTERNAL, 'Invariant broken.'), 500, 'INTERNAL', 'internal'],
  ])('maps %p to %d %s', (error, status, code, slug) => {
    const { status: actual, body } = toProblem(error);

    expect(actual).toBe(status);
    expect(body).toMatchObject({ status, code, type: `https://docs.getit.com.bd/problems/${slug}` });
    expect(body.title).toBe(ERROR_CATALOG[code as ErrorCode].title);
  });

  it('covers every error code in the catalog', () => {
    expect(Object.keys(ERROR_CATALOG).sort()).toEqual(Object.values(ErrorCode).sort());
  });

  it('lists field errors as `errors`', () => {
    const error = new ValidationException('The request body is invalid.', [
      { field: 'price', reason: 'must be at least 1' },
    ]);

    expect(toProblem(error).body.errors).toEqual([{ field: 'price', reason: 'must be at least 1' }]);
  });

  it('omits optional members that are not known', () => {
    const { body } = toProblem(new ConflictException('Order already shipped.'));

    expect(Object.keys(body).sort()).toEqual(['code', 'detail', 'status', 'title', 'type']);
  });

  it('adds extensions without letting them replace standard members', () => {
    const error = new ConflictException('Stock changed.', {
      extensions: { available: 3, status: 200, code: 'X' },
    });

    expect(toProblem(error).body).toMatchObject({ available: 3, status: 409, code: 'CONFLICT' });
  });

  it('sets Retry-After for a rate-limited request and repeats it in the body', () => {
    const problem = toProblem(new RateLimitedException(29.2));

    expect(problem.headers).toEqual({ 'Content-Type': 'application/problem+json', 'Retry-After': '30' });
    expect(problem.body['retryAfterSeconds']).toBe(30);
  });

  describe('unknown errors', () => {
    it.each([
      ['an Error', new Error('connect ECONNREFUSED 10.0.0.7:5432 password=hunter2')],
      ['a TypeError', new TypeError("Cannot read properties of undefined (reading 'id')")],
      ['a thrown string', 'boom'],
      ['undefined', undefined],
      ['a 5xx error', httpError(502, 'UPSTREAM', 'upstream at 10.0.0.9 failed')],
    ])('turn %s into a generic 500 without message or stack', (_name, error) => {
      const { status, body } = toProblem(error, { correlationId: 'corr-9' });

      expect(status).toBe(500);
      expect(body).toEqual({
        type: 'https://docs.getit.com.bd/problems/internal',
        title: 'Internal server error',
        status: 500,
        detail: 'An unexpected error occurred.',
        code: 'INTERNAL',
        correlationId: 'corr-9',
      });
    });

    it('hide the developer detail of an INTERNAL domain exception', () => {
      const error = new DomainException(ErrorCode.INTERNAL, 'ledger row 991 missing in schema payments');

      expect(toProblem(error).body.detail).toBe('An unexpected error occurred.');
    });
  });

  describe('errors carrying an HTTP status', () => {
    it.each([
      [
        'invalid JSON',
        httpError(400, 'FST_ERR_CTP_INVALID_JSON_BODY', 'Unexpected token } in JSON at position 9'),
        400,
        'BAD_REQUEST',
        'The request body is not valid JSON.',
      ],
      [
        'an empty JSON body',
        httpError(400, 'FST_ERR_CTP_EMPTY_JSON_BODY'),
        400,
        'BAD_REQUEST',
        'The request body is empty but its content type is application/json.',
      ],
      [
        'a body that is too large',
        httpError(413, 'FST_ERR_CTP_BODY_TOO_LARGE'),
        413,
        'PAYLOAD_TOO_LARGE',
        'The request body is larger than this endpoint accepts.',
      ],
      [
        'an unsupported media type',
        httpError(415, 'FST_ERR_CTP_INVALID_MEDIA_TYPE', 'Unsupported Media Type: text/evil'),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'The request content type is not supported by this endpoint.',
      ],
      [
        'bad percent-encoding in the path',
        httpError(400, 'FST_ERR_BAD_URL', "'/api/products/%E0%A4%A' is not a valid url component"),
        400,
        'BAD_REQUEST',
        'The request path is not valid: check its percent-encoding (e.g. "%E0%A6%95", not "%E0%A6").',
      ],
      [
        'an over-long path parameter',
        httpError(414, 'FST_ERR_MAX_PARAM_LENGTH', "'/api/products/aaaa' is exceeding the max param length"),
        414,
        'URI_TOO_LONG',
        'A path parameter is longer than any this endpoint accepts.',
      ],
      [
        'a 406 from content negotiation',
        httpError(406, 'FST_NOT_ACCEPTABLE'),
        406,
        'NOT_ACCEPTABLE',
        'This endpoint answers with JSON only; send an Accept header that allows application/json.',
      ],
      [
        'a 429 from a rate-limit plugin',
        httpError(429, 'FST_RATE_LIMIT'),
        429,
        'RATE_LIMITED',
        'Too many requests; try again later.',
      ],
      [
        'another 4xx',
        httpError(405, 'FST_ERR_METHOD'),
        400,
        'BAD_REQUEST',
        'The request could not be understood.',
      ],
    ])('maps %s with our own wording', (_name, error, status, code, detail) => {
      const { body } = toProblem(error);

      expect(body).toMatchObject({ status, code, detail });
    });

    it("reads Nest's getStatus() so its route-not-found is a 404", () => {
      const nestNotFound = Object.assign(new Error('Cannot GET /nope'), { getStatus: () => 404 });

      expect(toProblem(nestNotFound).body).toMatchObject({
        status: 404,
        code: 'NOT_FOUND',
        detail: 'The requested resource was not found.',
      });
    });
  });
});
