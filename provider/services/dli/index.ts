/** Typed DLI operations (spec/dli.md §2–§6): the only public entry of this folder. */
export * from "./databaseOperations";
export * from "./ddlResult";
export * from "./jobStatus";
export * from "./normaliseDliName";
export * from "./planOperations";
export * from "./planSchemas";
export * from "./queueOperations";
export * from "./queueSchemas";
export * from "./tableOperations";
export * from "./tableSchemas";
