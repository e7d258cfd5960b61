import { z } from "zod";
import type { EmulatorCore } from "./emulatorCore";
import { FaultRulesSchema } from "./faultPlan";

/**
 * `/__emulator/…`: unauthenticated JSON endpoints to drive the emulator from tests and scripts
 * (reset, state dump, clock, faults, request log). Reference with curl examples: docs/emulator.md.
 */
export interface ControlAnswer {
  readonly status: number;
  readonly body: unknown;
}

const AdvanceSchema = z.object({ ms: z.number().int().nonnegative() }).strict();

export async function handleControl(
  core: EmulatorCore,
  method: string,
  path: string,
  query: URLSearchParams,
  body: Buffer,
): Promise<ControlAnswer> {
  const route = `${method} ${path.replace(/\/+$/, "") || "/"}`;
  switch (route) {
    case "GET /health":
      return ok({ ok: true });
    case "POST /reset":
      core.reset();
      await core.flush();
      return ok({ reset: true, clock: core.clock.snapshot() });
    case "GET /state":
      return ok({ clock: core.clock.snapshot(), services: core.states.snapshot() });
    case "GET /clock":
      return ok(core.clock.snapshot());
    case "POST /clock/advance": {
      const parsed = parseJson(body, AdvanceSchema);
      if (!parsed.ok) return parsed.answer;
      core.clock.advance(parsed.value.ms);
      core.markDirty();
      return ok(core.clock.snapshot());
    }
    case "GET /faults":
      return ok({ faults: core.faults.list() });
    case "POST /faults": {
      const parsed = parseJson(body, FaultRulesSchema);
      if (!parsed.ok) return parsed.answer;
      const rules = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
      return ok({ added: core.faults.add(rules), faults: core.faults.list() });
    }
    case "DELETE /faults":
      core.faults.clear();
      return ok({ faults: [] });
    case "GET /requests": {
      const filter = {
        ...(query.get("service") !== null ? { service: query.get("service") as string } : {}),
        ...(query.get("action") !== null ? { action: query.get("action") as string } : {}),
      };
      return ok({ requests: core.log.list(filter) });
    }
    case "DELETE /requests":
      core.log.clear();
      return ok({ requests: [] });
    default:
      return {
        status: 404,
        body: {
          error: "UnknownControlEndpoint",
          message: `No control endpoint ${method} /__emulator${path}. See docs/emulator.md.`,
        },
      };
  }
}

function ok(body: unknown): ControlAnswer {
  return { status: 200, body };
}

function parseJson<T>(
  body: Buffer,
  schema: z.ZodType<T>,
): { ok: true; value: T } | { ok: false; answer: ControlAnswer } {
  let raw: unknown;
  try {
    raw = JSON.parse(body.length === 0 ? "null" : body.toString("utf8"));
  } catch (err) {
    return { ok: false, answer: badRequest(`the body is not JSON: ${(err as Error).message}`) };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, answer: badRequest(z.prettifyError(parsed.error)) };
  return { ok: true, value: parsed.data };
}

function badRequest(message: string): ControlAnswer {
  return { status: 400, body: { error: "InvalidControlRequest", message } };
}
