export type HealthCheck = () => Promise<boolean>;

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, 'up' | 'down'>;
}

/**
 * `/healthz` answers whether the process is alive; `/readyz` whether its dependencies answer, so Kubernetes
 * stops sending traffic to a pod that lost its database without restarting it. A draining pod reports not ready.
 */
export class HealthRegistry {
  private readonly checks = new Map<string, HealthCheck>();
  private draining = false;

  add(name: string, check: HealthCheck): this {
    this.checks.set(name, check);
    return this;
  }

  markDraining(): void {
    this.draining = true;
  }

  async readiness(timeoutMs = 2_000): Promise<ReadinessReport> {
    const entries = await Promise.all(
      [...this.checks].map(
        async ([name, check]) => [name, (await withTimeout(check(), timeoutMs)) ? 'up' : 'down'] as const,
      ),
    );
    const checks = Object.fromEntries(entries);
    if (this.draining) checks['shutdown'] = 'down';
    return { ready: Object.values(checks).every((state) => state === 'up'), checks };
  }
}

async function withTimeout(check: Promise<boolean>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([check.catch(() => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
