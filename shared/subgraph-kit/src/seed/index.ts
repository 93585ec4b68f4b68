export * from "./bulk-insert.js";
export * from "./demo-community.js";
export * from "./seeded-random.js";
export * from "../geography-copy/demo.js";
export * from "./district.js";
