export * from "./entities.js";
export * from "./places.js";
export * from "./pull.js";
export * from "./resolver.js";
