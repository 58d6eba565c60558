import { ERROR_CATALOG } from './error-catalog';
import { ErrorCode } from './error-code';

export interface ClassifiedError {
  code: ErrorCode;
  detail: string;
}

const CODE_BY_STATUS: Readonly<Record<number, ErrorCode>> = {
  400: ErrorCode.BAD_REQUEST,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  406: ErrorCode.NOT_ACCEPTABLE,
  409: ErrorCode.CONFLICT,
  413: ErrorCode.PAYLOAD_TOO_LARGE,
  414: ErrorCode.URI_TOO_LONG,
  415: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
  429: ErrorCode.RATE_LIMITED,
};

/** Fastify's router and body-parser errors; their own messages quote the request, so replies use our wording. */
const DETAIL_BY_FASTIFY_CODE: Readonly<Record<string, string>> = {
  FST_ERR_BAD_URL:
    'The request path is not valid: check its percent-encoding (e.g. "%E0%A6%95", not "%E0%A6").',
  FST_ERR_MAX_PARAM_LENGTH: 'A path parameter is longer than any this endpoint accepts.',
  FST_ERR_CTP_BODY_TOO_LARGE: 'The request body is larger than this endpoint accepts.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'The request content type is not supported by this endpoint.',
  FST_ERR_CTP_INVALID_JSON_BODY: 'The request body is not valid JSON.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The request body is empty but its content type is application/json.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'The request body size does not match its Content-Length header.',
};

/**
 * Classifies an error that carries a 4xx HTTP status: `statusCode` (Fastify, http-errors) or
 * `getStatus()` (Nest's HttpException, e.g. its route-not-found). The detail is always our own text,
 * since framework messages can quote the request (a JSON parser's "Unexpected token … in '<body>'").
 * Anything else, 5xx included, is not a client error and gets undefined.
 */
export function classifyHttpStatusError(error: unknown): ClassifiedError | undefined {
  const status = httpStatusOf(error);
  if (status === undefined || status < 400 || status > 499) return undefined;
  const code = CODE_BY_STATUS[status] ?? ErrorCode.BAD_REQUEST;
  const fastifyCode = (error as { code?: unknown }).code;
  const detail = typeof fastifyCode === 'string' ? DETAIL_BY_FASTIFY_CODE[fastifyCode] : undefined;
  return { code, detail: detail ?? ERROR_CATALOG[code].defaultDetail };
}

function httpStatusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { statusCode, getStatus } = error as { statusCode?: unknown; getStatus?: unknown };
  if (Number.isInteger(statusCode)) return statusCode as number;
  if (typeof getStatus !== 'function') return undefined;
  const status: unknown = getStatus.call(error);
  return Number.isInteger(status) ? (status as number) : undefined;
}
