import type { EventBus } from '../../shared/ports/event-bus.port';

/**
 * A bus whose process dies during publish number `fatal`: the publishes before it go to `bus`, that one never
 * returns, and nothing after it runs. `dead` settles when it happens, so a test can inspect what the killed
 * process left behind.
 */
export function busDyingAt(bus: EventBus, fatal: number): { bus: EventBus; dead: Promise<void> } {
  let publishes = 0;
  let killed!: () => void;
  const dead = new Promise<void>((resolve) => (killed = resolve));
  const dying: EventBus = {
    publish: async (...args: Parameters<EventBus['publish']>) => {
      publishes += 1;
      if (publishes < fatal) return bus.publish(...args);
      killed();
      return new Promise<never>(() => undefined);
    },
  };
  return { bus: dying, dead };
}
