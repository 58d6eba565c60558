import { ErrorCode } from './error-code';

export interface ErrorCatalogEntry {
  status: number;
  title: string;
  /** Safe to show any client; used when an error brings no detail of its own or its own may leak. */
  defaultDetail: string;
}

/** The one mapping from code to HTTP. A `Record` so that a new code without an entry fails to compile. */
export const ERROR_CATALOG: Readonly<Record<ErrorCode, ErrorCatalogEntry>> = {
  VALIDATION_FAILED: {
    status: 400,
    title: 'Validation failed',
    defaultDetail: 'The request contains invalid values.',
  },
  BAD_REQUEST: {
    status: 400,
    title: 'Bad request',
    defaultDetail: 'The request could not be understood.',
  },
  UNAUTHENTICATED: {
    status: 401,
    title: 'Unauthenticated',
    defaultDetail: 'Authentication is required to access this resource.',
  },
  FORBIDDEN: {
    status: 403,
    title: 'Forbidden',
    defaultDetail: 'You are not allowed to perform this action.',
  },
  NOT_FOUND: {
    status: 404,
    title: 'Not found',
    defaultDetail: 'The requested resource was not found.',
  },
  NOT_ACCEPTABLE: {
    status: 406,
    title: 'Not acceptable',
    defaultDetail:
      'This endpoint answers with JSON only; send an Accept header that allows application/json.',
  },
  CONFLICT: {
    status: 409,
    title: 'Conflict',
    defaultDetail: 'The request conflicts with the current state of the resource.',
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    title: 'Payload too large',
    defaultDetail: 'The request body is larger than this endpoint accepts.',
  },
  URI_TOO_LONG: {
    status: 414,
    title: 'URI too long',
    defaultDetail: 'A path parameter is longer than any this endpoint accepts.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    title: 'Unsupported media type',
    defaultDetail: 'The request content type is not supported by this endpoint.',
  },
  RATE_LIMITED: {
    status: 429,
    title: 'Too many requests',
    defaultDetail: 'Too many requests; try again later.',
  },
  DEPENDENCY_UNAVAILABLE: {
    status: 503,
    title: 'Dependency unavailable',
    defaultDetail: 'A service this request depends on is temporarily unavailable; try again later.',
  },
  INTERNAL: {
    status: 500,
    title: 'Internal server error',
    defaultDetail: 'An unexpected error occurred.',
  },
};
