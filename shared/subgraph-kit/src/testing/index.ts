export * from "./test-database.js";
export * from "./test-subgraph.js";
