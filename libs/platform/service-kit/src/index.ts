export {
  httpServiceConfig,
  databaseConfig,
  messagingConfig,
  requireBrokersForKafka,
} from './service-config.schema';
export {
  requestContextFrom,
  requestIdFrom,
  systemContext,
  type RequestContext,
  type Locale,
} from './request-context';
export { Ctx } from './ctx.decorator';
export { ProblemFilter } from './problem.filter';
export { sendProblem } from './problem-reply';
export { conditionalJson, ifNoneMatch, taggedJson } from './conditional-reply';
export { createHttpApp, type HttpAppOptions } from './http-app';
export { ServiceRuntime, type DatabaseSettings, type MessagingSettings } from './service-runtime';
export {
  type RunningService,
  type EmbeddedServiceOptions,
  type ServiceEntry,
  type SharedInfrastructure,
} from './running-service';
export { runStandalone } from './standalone.runner';
export { serviceMigrationsDir } from './migrations-dir';
export { BatchSweeper, type BatchSweeperOptions } from './batch.sweeper';
export {
  ServiceHost,
  migrateService,
  type ServiceHostConfig,
  type ServiceHostOptions,
  type ServeOptions,
  type TxOf,
} from './service-host';
export { eventRequestContext } from './event-request-context';
