/** Typed CDM operations (spec/cdm.md §2–§4): the only public entry of this folder. */
export * from "./clusterOperations";
export * from "./clusterSchemas";
export * from "./configValues";
export * from "./jobOperations";
export * from "./jobSchemas";
export * from "./linkConnectors";
export * from "./linkOperations";
export * from "./linkSchemas";
export * from "./submissionSchemas";
export * from "./validationResult";
