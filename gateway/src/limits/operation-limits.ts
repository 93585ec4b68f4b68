/**
 * The gateway's operation limits are the kit's (`@dongting/subgraph-kit`, src/limits): one implementation,
 * applied here to the composed API schema and by every subgraph to its own schema, with the same numbers
 * (GATEWAY_MAX_DEPTH, GATEWAY_MAX_ALIASES, GATEWAY_MAX_TOKENS, GATEWAY_MAX_DIRECTIVES, GATEWAY_MAX_COST,
 * GATEWAY_DEFAULT_LIST_SIZE).
 */
export {
  DEFAULT_OPERATION_LIMITS as DEFAULT_LIMITS,
  operationLimits,
  readOperationLimits as readLimits,
  type OperationLimits,
} from "@dongting/subgraph-kit";
