export { PACKAGE_STATUSES, isPackageTerminal, transitionPackage, wasHandedOver } from './package-lifecycle';
export type { PackageAction, PackageSnapshot, PackageStatus } from './package-lifecycle';
