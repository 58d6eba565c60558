export { infraEnv, testRunId, type InfraEnv } from './infra-env';
export {
  createTestDatabase,
  dropTestDatabases,
  TEST_DATABASE_PREFIX,
  type TestDatabase,
} from './test-database';
export { findPrismaDrift } from './prisma-drift.checker';
export { waitFor } from './wait-for';
export { eventFixture } from './event-fixture';
export { freePort } from './free-port';
export { ServiceProcess, type ServiceProcessOptions } from './service-process';
export { SandboxProcess } from './sandbox.process';
export {
  CourierSandbox,
  courierEnv,
  type Courier,
  type SandboxConfig as CourierSandboxConfig,
  type SandboxParcel,
} from './courier-sandbox.process';
export { EmbeddedMarketplace, readSmsCode } from './embedded-marketplace';
export { TestTokenIssuer, type TestClaims } from './test-token.issuer';
export { describeSchemaDrift, type Migrate } from './schema-drift.suite';
export { KafkaBrokerProcess } from './kafka-broker.process';
export {
  CHROMIUM_PATH,
  ensureChromium,
  launchChromium,
  seriousAccessibilityViolations,
  type AxeViolation,
} from './browser/chromium';
export { measurePage, type PageBudget } from './browser/web-vitals';
export { startStorefrontServer } from './browser/storefront-server';
export {
  DEMO_DELIVERY,
  STOREFRONT_LABELS,
  StorefrontShopper,
  type StorefrontLabels,
} from './browser/storefront-shopper';
