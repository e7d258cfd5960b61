import { z } from "zod";

/** Inputs every resource takes besides its own fields. */
export const PROVIDER_KEY = "__provider";
export const ADOPT = "adopt";
export const TIMEOUTS = "timeouts";
/** Set in the outputs of a partially failed create or update: the steps still to run. */
export const PENDING = "pending";

const minutes = z.number().positive().max(24 * 60);

export const adoptField = z.boolean().default(false);

export const timeoutsField = z
  .strictObject({ create: minutes.optional(), update: minutes.optional(), delete: minutes.optional() })
  .optional();

export type TimeoutsInput = z.infer<typeof timeoutsField>;
