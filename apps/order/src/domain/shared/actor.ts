/** Who asks for a change. Couriers report through the system actor (webhooks, polling), never directly. */
export type Actor =
  | { kind: 'shopper'; shopperId: string }
  | { kind: 'vendor'; vendorId: string }
  | { kind: 'admin'; adminId: string }
  | { kind: 'system' };

export type ActorKind = Actor['kind'];
