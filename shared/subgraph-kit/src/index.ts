import "reflect-metadata";

export * from "./auth.js";
export * from "./database.js";
export * from "./errors.js";
export * from "./history.js";
export * from "./http-server.js";
export * from "./loaders.js";
export * from "./paging.js";
export * from "./periodic-job.js";
export * from "./scalars.js";
export * from "./schema.js";
export * from "./sql-counter.js";
export * from "./subgraph-server.js";
export * from "./migration-drift.js";
export * from "./demo-community.js";
