import type { SubgraphContext } from "@dongting/subgraph-kit";
import { classById } from "../class/class.loader.js";
import { proposalById } from "../proposal/proposal.loader.js";
import { ruleById } from "../rule/rule.loader.js";

/** `__resolveReference` of the council's own entities, each through its batched loader. */
export const classReference = { __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => classById(ctx).load(ref.id) };
export const proposalReference = { __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => proposalById(ctx).load(ref.id) };
export const ruleReference = { __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => ruleById(ctx).load(ref.id) };

/** No lookup: whether the request exists is the requests subgraph's business (it handed out the reference). */
export const residentRequestReference = { __resolveReference: (ref: { id: string }): { id: string } => ({ id: ref.id }) };
