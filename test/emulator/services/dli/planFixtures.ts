/** A scaling-plan body (spec/dli.md §3.1); by default Mondays 20:30, 64 CUs, no validity window. */
export function planBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    plan_name: "plan_A",
    target_cu: 64,
    start_hour: 20,
    start_minute: 30,
    repeat_day: ["MONDAY"],
    activate: true,
    ...overrides,
  };
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
