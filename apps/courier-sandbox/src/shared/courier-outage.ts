import type { Courier } from './courier';

/** Which couriers are "down": their APIs answer 503 until brought back. */
export class CourierOutage {
  private readonly down = new Set<Courier>();

  set(courier: Courier, isDown: boolean): void {
    if (isDown) this.down.add(courier);
    else this.down.delete(courier);
  }

  isDown(courier: Courier): boolean {
    return this.down.has(courier);
  }

  list(): Courier[] {
    return [...this.down];
  }
}
