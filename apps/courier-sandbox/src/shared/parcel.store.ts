import type { Courier } from './courier';
import type { Parcel } from './parcel';

/** Every parcel of every courier, by courier and id, and by merchant reference (unique per courier). */
export class ParcelStore {
  private readonly parcels = new Map<string, Parcel>();

  add(parcel: Parcel): void {
    this.parcels.set(`${parcel.courier}:${parcel.id}`, parcel);
  }

  get(courier: Courier, id: string): Parcel | undefined {
    return this.parcels.get(`${courier}:${id}`);
  }

  find(courier: Courier, match: (parcel: Parcel) => boolean): Parcel | undefined {
    for (const parcel of this.parcels.values())
      if (parcel.courier === courier && match(parcel)) return parcel;
    return undefined;
  }

  byMerchantRef(courier: Courier, ref: string): Parcel | undefined {
    return this.find(courier, (parcel) => parcel.merchantRef === ref);
  }

  list(courier?: Courier): Parcel[] {
    return [...this.parcels.values()].filter((parcel) => !courier || parcel.courier === courier);
  }

  clear(courier?: Courier): void {
    for (const [key, parcel] of this.parcels)
      if (!courier || parcel.courier === courier) this.parcels.delete(key);
  }
}
