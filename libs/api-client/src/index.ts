export {
  createApiClient,
  type ApiClient,
  type ApiClientOptions,
  type ApiResponse,
  type ApiRequestBody,
  type GatewayPaths,
} from './api-client';
export { toProblem, type Problem } from './problem';
