import type { DataWorksContext } from "./context";
import { dataWorksOptions } from "./options";

/**
 * Success envelopes (spec/dataworks.md §1.6). `ErrorCode`/`ErrorMessage` are omitted on success
 * (§0.3: the documented success examples carry placeholder error fields).
 */

/** DataStudio family: `HttpStatusCode` (Integer), `RequestId`, `Success`, plus `Data` or a top-level ID. */
export function studioOk(
  ctx: DataWorksContext,
  fields: Record<string, unknown> = {},
): Record<string, unknown> {
  return { HttpStatusCode: 200, RequestId: ctx.requestId, Success: true, ...fields };
}

/**
 * Tenant family (data sources, GetProject): no error fields. `HttpStatusCode` is typed String for
 * Create/Update/DeleteDataSource but printed as a number in every example (§1.6, §6 q5); `stringable`
 * marks those three APIs so the `tenantStatusCodeAsString` option can switch them.
 */
export function tenantOk(
  ctx: DataWorksContext,
  data: unknown,
  stringable = false,
): Record<string, unknown> {
  const asString = stringable && dataWorksOptions(ctx.options).tenantStatusCodeAsString;
  return {
    HttpStatusCode: asString ? "200" : 200,
    RequestId: ctx.requestId,
    Success: true,
    Data: data,
  };
}
