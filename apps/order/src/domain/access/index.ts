export {
  assertVendorReader,
  isAdmin,
  mayAccessOwned,
  requireAdmin,
  requireShopper,
  shopperIdOf,
  vendorPackageActor,
} from './order-access.policy';
export type { Caller } from './order-access.policy';
