export { armorRules } from "./armor-rules.js";
export { listPricing, operationCost, type CostInput, type ListPricing } from "./cost.js";
export { LIST_CAPS, isWindowCap, type FixedCap, type ListCap, type ListCaps, type WindowCap } from "./list-caps.js";
export {
  DEFAULT_OPERATION_LIMITS,
  LIMIT_REASONS,
  OPERATION_LIMIT_ENV,
  limitRefusal,
  readOperationLimits,
  type LimitReason,
  type OperationLimits,
} from "./limits.js";
export { operationLimits, type OperationLimitsSetup } from "./operation-limits.js";
export { windowSize, windowTotal } from "./windows.js";
