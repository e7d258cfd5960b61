import type { ServiceModule } from "../types";

/**
 * The state slice of every service, keyed by service name. Slices are plain JSON objects mutated in
 * place by the handlers; a reset swaps in fresh `initialState()` values.
 */
export class ServiceStates {
  private slices = new Map<string, unknown>();

  constructor(
    private readonly services: readonly ServiceModule[],
    persisted?: Readonly<Record<string, unknown>>,
  ) {
    this.reset();
    if (persisted) {
      for (const service of services) {
        if (Object.prototype.hasOwnProperty.call(persisted, service.name)) {
          this.slices.set(service.name, persisted[service.name]);
        }
      }
    }
  }

  get(name: string): unknown {
    return this.slices.get(name);
  }

  reset(): void {
    this.slices = new Map(this.services.map((service) => [service.name, service.initialState()]));
  }

  snapshot(): Record<string, unknown> {
    return Object.fromEntries(this.slices);
  }
}
