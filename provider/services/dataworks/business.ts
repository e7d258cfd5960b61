/**
 * Business flows (业务流程): CreateBusiness, UpdateBusiness, GetBusiness, DeleteBusiness,
 * ListBusiness (spec/dataworks.md §3.4), and the exact-name lookup `findBusinessByName`.
 */
import { z } from "zod";
import type { OperationSender } from "../../operation";
import { wireObject } from "./camelKeys";
import { collectPages } from "./collectPages";
import { defineAction } from "./defineAction";
import { standardEnvelope } from "./envelopes";
import { BusinessUseType, exactlyOneOf, idInput, projectSelector, text } from "./schemas";
import { arrayOf, optional, wireInt, wireLong, wireLongOrNumericString } from "./wireScalars";

export const Business = wireObject({
  BusinessId: wireLong,
  BusinessName: z.string(),
  Description: optional(z.string()),
  Owner: optional(z.string()),
  /** Typed String by GetBusiness and Long by ListBusiness; read as a number either way. */
  ProjectId: optional(wireLongOrNumericString),
  UseType: optional(BusinessUseType),
});
export type Business = z.output<typeof Business>;

// ---- CreateBusiness (level 2, §3.4.1) ----

export const CreateBusinessInput = z
  .object({
    ...projectSelector,
    /** Unique within the workspace. */
    businessName: text,
    description: z.string().optional(),
    /** Owner's account ID; defaults to the caller. */
    owner: text.optional(),
    /** Fixed at creation (UpdateBusiness has no UseType); the service default is not documented. */
    useType: BusinessUseType.optional(),
  })
  .superRefine(exactlyOneOf("projectId", "projectIdentifier"));
export type CreateBusinessInput = z.input<typeof CreateBusinessInput>;

export const CREATE_BUSINESS = defineAction({
  action: "CreateBusiness",
  level: 2,
  idempotent: false,
  input: CreateBusinessInput,
  // The ID is a top-level `BusinessId`, not `Data` (§1.6).
  response: standardEnvelope({ BusinessId: wireLong }).transform((body) => body.BusinessId),
});

/** Creates a business flow; returns its `BusinessId`. */
export async function createBusiness(
  client: OperationSender,
  input: CreateBusinessInput,
): Promise<number> {
  return client.send(CREATE_BUSINESS.operation(input));
}

// ---- UpdateBusiness (level 2, §3.4.2) ----

export const UpdateBusinessInput = z
  .object({
    ...projectSelector,
    businessId: idInput,
    businessName: text.optional(),
    description: z.string().optional(),
    owner: text.optional(),
  })
  .superRefine(exactlyOneOf("projectId", "projectIdentifier"));
export type UpdateBusinessInput = z.input<typeof UpdateBusinessInput>;

export const UPDATE_BUSINESS = defineAction({
  action: "UpdateBusiness",
  level: 2,
  idempotent: true,
  input: UpdateBusinessInput,
  response: standardEnvelope({}).transform(() => undefined),
});

/** Updates a business flow's name, description or owner. */
export async function updateBusiness(
  client: OperationSender,
  input: UpdateBusinessInput,
): Promise<void> {
  await client.send(UPDATE_BUSINESS.operation(input));
}

// ---- GetBusiness (level 1, §3.4.3) ----

export const GetBusinessInput = z
  .object({ ...projectSelector, businessId: idInput })
  .superRefine(exactlyOneOf("projectId", "projectIdentifier"));
export type GetBusinessInput = z.input<typeof GetBusinessInput>;

export const GET_BUSINESS = defineAction({
  action: "GetBusiness",
  level: 1,
  idempotent: true,
  input: GetBusinessInput,
  response: standardEnvelope({ Data: Business }).transform((body) => body.Data),
});

/** Reads a business flow. */
export async function getBusiness(
  client: OperationSender,
  input: GetBusinessInput,
): Promise<Business> {
  return client.send(GET_BUSINESS.operation(input));
}

// ---- DeleteBusiness (level 3, §3.4.4) ----

export const DeleteBusinessInput = GetBusinessInput;
export type DeleteBusinessInput = z.input<typeof DeleteBusinessInput>;

export const DELETE_BUSINESS = defineAction({
  action: "DeleteBusiness",
  level: 3,
  idempotent: true,
  input: DeleteBusinessInput,
  response: standardEnvelope({}).transform(() => undefined),
});

/** Deletes a business flow (synchronous). Delete its files and folders first (§4.5). */
export async function deleteBusiness(
  client: OperationSender,
  input: DeleteBusinessInput,
): Promise<void> {
  await client.send(DELETE_BUSINESS.operation(input));
}

// ---- ListBusiness (level 1, §3.4.5) ----

export const ListBusinessPageInput = z
  .object({
    ...projectSelector,
    /** Fuzzy match on the business flow name. */
    keyword: text.optional(),
    pageNumber: z.number().int().min(1),
    pageSize: z.number().int().min(1).max(100),
  })
  .superRefine(exactlyOneOf("projectId", "projectIdentifier"));

export const LIST_BUSINESS = defineAction({
  action: "ListBusiness",
  level: 1,
  idempotent: true,
  input: ListBusinessPageInput,
  response: standardEnvelope({
    Data: z.object({
      PageNumber: wireInt,
      PageSize: wireInt,
      TotalCount: wireInt,
      Business: arrayOf(Business),
    }),
  }).transform((body) => ({ items: body.Data.Business, totalCount: body.Data.TotalCount })),
});

export type ListBusinessInput = Omit<
  z.input<typeof ListBusinessPageInput>,
  "pageNumber" | "pageSize"
>;

/** Lists every business flow matching the (fuzzy) keyword (all pages). */
export async function listBusiness(
  client: OperationSender,
  input: ListBusinessInput,
): Promise<Business[]> {
  return collectPages((pageNumber, pageSize) =>
    client.send(LIST_BUSINESS.operation({ ...input, pageNumber, pageSize })),
  );
}

export type FindBusinessByNameInput = Pick<ListBusinessInput, "projectId" | "projectIdentifier"> & {
  readonly name: string;
};

/**
 * Finds the business flow named exactly `name` (`Keyword` is fuzzy, §3.4.5). Names are unique per
 * workspace (§4.6), so paging stops at the first exact match.
 */
export async function findBusinessByName(
  client: OperationSender,
  input: FindBusinessByNameInput,
): Promise<Business | undefined> {
  const isWanted = (business: Business): boolean => business.businessName === input.name;
  const found = await collectPages(
    (pageNumber, pageSize) =>
      client.send(
        LIST_BUSINESS.operation({
          projectId: input.projectId,
          projectIdentifier: input.projectIdentifier,
          keyword: input.name,
          pageNumber,
          pageSize,
        }),
      ),
    { stopWhen: isWanted },
  );
  return found.find(isWanted);
}
