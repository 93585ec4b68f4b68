export * from "./migration-drift.js";
export * from "./refusals.js";
export * from "./test-database.js";
export * from "./test-subgraph.js";
