import { z } from "zod";

/**
 * A declarative fault plan (house style §7.3 rule 9): rules matched by service and wire action,
 * applied to the next `count` matching calls or with a `probability`, set and cleared through the
 * control API. Kinds:
 * - `error`: answer `status` + `code` in the cloud's error shape instead of calling the handler;
 * - `latency`: wait `latencyMs` before handling;
 * - `resetBefore`: destroy the connection before the handler runs (state unchanged);
 * - `resetAfter`: run the handler, keep (and persist) its state change, then destroy the
 *   connection without answering — the "did my create happen?" case (ARCHITECTURE decision 9).
 */
export const FAULT_KINDS = ["error", "latency", "resetBefore", "resetAfter"] as const;

export const FaultRuleSchema = z
  .object({
    kind: z.enum(FAULT_KINDS),
    /** Wire action (`CreateFile`, `createCluster`); omitted: every action. */
    action: z.string().min(1).optional(),
    service: z.enum(["dataworks", "cdm", "dli", "iam"]).optional(),
    /** `error` only: HTTP status (default 500). */
    status: z.number().int().min(400).max(599).optional(),
    /** `error` only: the service error code (default: the cloud's internal-error code). */
    code: z.string().min(1).optional(),
    message: z.string().optional(),
    /** `latency` only. */
    latencyMs: z.number().int().min(0).max(600_000).optional(),
    /** Apply to the next `count` matching calls, then drop the rule; omitted: until cleared. */
    count: z.number().int().positive().optional(),
    /** Apply to each matching call with this probability (default 1). */
    probability: z.number().min(0).max(1).optional(),
  })
  .strict()
  .refine((rule) => rule.kind !== "latency" || rule.latencyMs !== undefined, {
    error: "a latency fault needs latencyMs",
    path: ["latencyMs"],
  });
export type FaultRule = z.infer<typeof FaultRuleSchema>;

export const FaultRulesSchema = z.union([FaultRuleSchema, z.array(FaultRuleSchema)]);

export interface ActiveFault extends FaultRule {
  readonly id: number;
  /** Calls still to be affected when the rule has a `count`. */
  remaining?: number;
  hits: number;
}

/** The faults that apply to one call, resolved once before it is handled. */
export interface AppliedFaults {
  readonly latencyMs: number;
  readonly error?: ActiveFault;
  readonly resetBefore: boolean;
  readonly resetAfter: boolean;
  /** Labels for the request log. */
  readonly labels: readonly string[];
}

export const NO_FAULTS: AppliedFaults = {
  latencyMs: 0,
  resetBefore: false,
  resetAfter: false,
  labels: [],
};

export class FaultPlan {
  private rules: ActiveFault[] = [];
  private nextId = 1;

  add(rules: readonly FaultRule[]): ActiveFault[] {
    const added = rules.map((rule) => ({
      ...rule,
      id: this.nextId++,
      hits: 0,
      ...(rule.count !== undefined ? { remaining: rule.count } : {}),
    }));
    this.rules.push(...added);
    return added;
  }

  list(): readonly ActiveFault[] {
    return this.rules;
  }

  clear(): void {
    this.rules = [];
  }

  /** Consumes the matching rules for one call; `random` decides probabilistic rules. */
  resolve(service: string, action: string, random: () => number): AppliedFaults {
    if (this.rules.length === 0) return NO_FAULTS;
    let latencyMs = 0;
    let error: ActiveFault | undefined;
    let resetBefore = false;
    let resetAfter = false;
    const labels: string[] = [];
    for (const rule of this.rules) {
      if (rule.service !== undefined && rule.service !== service) continue;
      if (rule.action !== undefined && rule.action !== action) continue;
      if (rule.probability !== undefined && random() >= rule.probability) continue;
      rule.hits += 1;
      if (rule.remaining !== undefined) rule.remaining -= 1;
      switch (rule.kind) {
        case "latency":
          latencyMs += rule.latencyMs ?? 0;
          labels.push(`latency:${rule.latencyMs ?? 0}`);
          break;
        case "error":
          error ??= rule;
          labels.push(`error:${rule.code ?? "default"}`);
          break;
        case "resetBefore":
          resetBefore = true;
          labels.push("resetBefore");
          break;
        case "resetAfter":
          resetAfter = true;
          labels.push("resetAfter");
          break;
      }
    }
    this.rules = this.rules.filter((rule) => rule.remaining === undefined || rule.remaining > 0);
    return { latencyMs, resetBefore, resetAfter, labels, ...(error ? { error } : {}) };
  }
}
