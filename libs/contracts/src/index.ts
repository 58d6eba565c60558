export { eventEnvelopeSchema, type EventEnvelope } from './envelope.schema';
export { poishaSchema, currencySchema } from './money.schema';
export { EVENTS, isEventType, topicOf, type EventType, type EventPayload } from './event-map';
export { createEnvelope, type EnvelopeOrigin } from './event-envelope.factory';
export { parseEnvelope, type ParsedEvent } from './event-envelope.parser';
export {
  createProductRequest,
  productView,
  listProductsQuery,
  productPage,
  type CreateProductRequest,
  type ProductView,
  type ListProductsQuery,
  type ProductPage,
} from './api/catalog.api';
export {
  searchQuery,
  searchHit,
  searchResult,
  type SearchQuery,
  type SearchHit,
  type SearchResult,
} from './api/search.api';
export {
  ROLES,
  roleSchema,
  accessTokenClaims,
  tokenPair,
  IDENTITY_HEADERS,
  type Role,
  type AccessTokenClaims,
  type TokenPair,
} from './api/auth.api';
