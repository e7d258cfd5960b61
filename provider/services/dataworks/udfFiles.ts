/**
 * Function (UDF) files: CreateUdfFile and UpdateUdfFile (spec/dataworks.md §3.2). A UDF file is a
 * DataStudio file: read it with getFile/listFiles and delete it with deleteFile (inference, §4.1).
 */
import { z } from "zod";
import type { OperationSender } from "../../operation";
import { defineAction } from "./defineAction";
import { standardEnvelope } from "./envelopes";
import { FunctionType, commaList, exactlyOneOf, idInput, projectSelector, text } from "./schemas";
import { wireLong } from "./wireScalars";

const resourceName = text.refine((value) => !value.includes(","), {
  error: "must not contain a comma",
});

/** The descriptive form fields both UDF actions share (all optional). */
const udfTexts = {
  /** Command format (命令格式), e.g. `StringConcat(String... substrs)`. */
  cmdDescription: z.string().optional(),
  parameterDescription: z.string().optional(),
  returnValue: z.string().optional(),
  example: z.string().optional(),
};

// ---- CreateUdfFile (level 2, §3.2.1) ----

export const CreateUdfFileInput = z
  .object({
    ...projectSelector,
    /** The class implementing the function (类名). */
    className: text,
    /** UDFs live under `业务流程/<flow>/函数/…` (§2.5). */
    fileFolderPath: text,
    /** The function name; it cannot be changed later (UpdateUdfFile has no FileName). */
    fileName: text,
    functionType: FunctionType,
    /** Resource names used by the function, e.g. `["string-concat-1.0.0.jar"]`. */
    resources: commaList(resourceName).refine((list) => list.length > 0, {
      error: "at least one resource is required",
    }),
    /** Required by CreateUdfFile (§3.2.1). */
    udfDescription: text,
    ...udfTexts,
  })
  .superRefine(exactlyOneOf("projectId", "projectIdentifier"));
export type CreateUdfFileInput = z.input<typeof CreateUdfFileInput>;

export const CREATE_UDF_FILE = defineAction({
  action: "CreateUdfFile",
  level: 2,
  idempotent: false,
  input: CreateUdfFileInput,
  response: standardEnvelope({ Data: wireLong }).transform((body) => body.Data),
});

/** Creates a function file; returns its `FileId`. */
export async function createUdfFile(
  client: OperationSender,
  input: CreateUdfFileInput,
): Promise<number> {
  return client.send(CREATE_UDF_FILE.operation(input));
}

// ---- UpdateUdfFile (level 2, §3.2.2) ----

export const UpdateUdfFileInput = z
  .object({
    ...projectSelector,
    /** Typed String by this API only (Long everywhere else, §3.2.2): sent as decimal text. */
    fileId: idInput.transform(String),
    /** `className`, `functionType` and `resources` are required on every update (§4.4). */
    className: text,
    functionType: FunctionType,
    resources: commaList(resourceName).refine((list) => list.length > 0, {
      error: "at least one resource is required",
    }),
    fileFolderPath: text.optional(),
    udfDescription: z.string().optional(),
    ...udfTexts,
  })
  .superRefine(exactlyOneOf("projectId", "projectIdentifier"));
export type UpdateUdfFileInput = z.input<typeof UpdateUdfFileInput>;

export const UPDATE_UDF_FILE = defineAction({
  action: "UpdateUdfFile",
  level: 2,
  idempotent: true,
  input: UpdateUdfFileInput,
  response: standardEnvelope({}).transform(() => undefined),
});

/** Updates a function file (its name cannot change). */
export async function updateUdfFile(
  client: OperationSender,
  input: UpdateUdfFileInput,
): Promise<void> {
  await client.send(UPDATE_UDF_FILE.operation(input));
}
