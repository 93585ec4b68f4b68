import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isNonNullType,
  isListType,
  isObjectType,
  isSpecifiedScalarType,
  isUnionType,
  type ASTNode,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type GraphQLType,
} from "graphql";
import { Supergraph } from "@apollo/federation-internals";
import { buildContractSchema, contractFileOf, type ContractFile } from "./contract-files.js";

/** The API schema integrators see: the supergraph without federation machinery and @inaccessible parts. */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

export interface ContractProblem {
  /** The contract file that asks for it, e.g. "council.graphql": each capability's issue removes its own gaps. */
  file: string;
  kind: "missing" | "mismatch";
  /** e.g. "type OrgUnit", "field OrgUnit.children", "argument Query.orgUnit(id)", "enum value OrgUnitKind.CENTRAL_HOUSEHOLD" */
  where: string;
  detail?: string;
}

/** An output may be stricter (non-null where the contract allows null); everything else must match exactly. */
function outputCompatible(contract: GraphQLOutputType | GraphQLType, actual: GraphQLType): boolean {
  if (isNonNullType(contract)) return isNonNullType(actual) && outputCompatible(contract.ofType, actual.ofType);
  if (isNonNullType(actual)) return outputCompatible(contract, actual.ofType);
  if (isListType(contract)) return isListType(actual) && outputCompatible(contract.ofType, actual.ofType);
  if (isListType(actual)) return false;
  return getNamedType(contract).name === getNamedType(actual).name;
}

type Report = (node: ASTNode | null | undefined, problem: Omit<ContractProblem, "file">) => void;

function sameType(contract: GraphQLInputType | GraphQLType, actual: GraphQLType): boolean {
  return String(contract) === String(actual);
}

function checkFields(
  typeName: string,
  contractFields: Record<string, GraphQLField<unknown, unknown>>,
  actualFields: Record<string, GraphQLField<unknown, unknown>>,
  report: Report,
) {
  for (const [fieldName, field] of Object.entries(contractFields)) {
    const actual = actualFields[fieldName];
    const where = `field ${typeName}.${fieldName}`;
    if (!actual) {
      report(field.astNode, { kind: "missing", where });
      continue;
    }
    if (!outputCompatible(field.type, actual.type)) {
      report(field.astNode, { kind: "mismatch", where, detail: `contract ${String(field.type)}, composed ${String(actual.type)}` });
    }
    for (const arg of field.args) {
      const actualArg = actual.args.find((candidate) => candidate.name === arg.name);
      const argWhere = `argument ${typeName}.${fieldName}(${arg.name})`;
      if (!actualArg) report(arg.astNode, { kind: "missing", where: argWhere });
      else if (!sameType(arg.type, actualArg.type)) {
        report(arg.astNode, {
          kind: "mismatch",
          where: argWhere,
          detail: `contract ${String(arg.type)}, composed ${String(actualArg.type)}`,
        });
      }
    }
  }
}

function checkType(contractType: GraphQLNamedType, actualType: GraphQLNamedType, report: Report) {
  const name = contractType.name;
  if (contractType.constructor !== actualType.constructor) {
    report(contractType.astNode, { kind: "mismatch", where: `type ${name}`, detail: "a different kind of type" });
    return;
  }
  if ((isObjectType(contractType) || isInterfaceType(contractType)) && (isObjectType(actualType) || isInterfaceType(actualType))) {
    checkFields(name, contractType.getFields(), actualType.getFields(), report);
  } else if (isInputObjectType(contractType) && isInputObjectType(actualType)) {
    const actualFields = actualType.getFields();
    for (const [fieldName, field] of Object.entries(contractType.getFields())) {
      const actual = actualFields[fieldName];
      const where = `input field ${name}.${fieldName}`;
      if (!actual) report(field.astNode, { kind: "missing", where });
      else if (!sameType(field.type, actual.type)) {
        report(field.astNode, { kind: "mismatch", where, detail: `contract ${String(field.type)}, composed ${String(actual.type)}` });
      }
    }
  } else if (isEnumType(contractType) && isEnumType(actualType)) {
    const values = new Set(actualType.getValues().map((value) => value.name));
    for (const value of contractType.getValues()) {
      if (!values.has(value.name)) report(value.astNode, { kind: "missing", where: `enum value ${name}.${value.name}` });
    }
  } else if (isUnionType(contractType) && isUnionType(actualType)) {
    const members = new Set(actualType.getTypes().map((member) => member.name));
    const declarations = [contractType.astNode, ...contractType.extensionASTNodes];
    for (const member of contractType.getTypes()) {
      if (members.has(member.name)) continue;
      const declaredIn = declarations.find((declaration) => declaration?.types?.some((named) => named.name.value === member.name));
      report(declaredIn, { kind: "missing", where: `union member ${name}.${member.name}` });
    }
  }
}

/**
 * Every contract type, field, argument, input field, enum value and union member missing from, or mismatched
 * in, `actual`, each under the contract file that declares it, in the order of the files.
 */
export function compareWithContract(contractFiles: readonly ContractFile[], actual: GraphQLSchema): ContractProblem[] {
  const contract = buildContractSchema(contractFiles);
  const problems: ContractProblem[] = [];
  const report: Report = (node, problem) => problems.push({ file: contractFileOf(node), ...problem });
  for (const contractType of Object.values(contract.getTypeMap())) {
    // Built-in scalars exist in every GraphQL schema whether or not a field uses them yet.
    if (contractType.name.startsWith("__") || isSpecifiedScalarType(contractType)) continue;
    const actualType = actual.getType(contractType.name);
    if (!actualType) {
      report(contractType.astNode, { kind: "missing", where: `type ${contractType.name}` });
      continue;
    }
    checkType(contractType, actualType, report);
  }
  const fileOrder = contractFiles.map((file) => file.name);
  return problems.sort((a, b) => fileOrder.indexOf(a.file) - fileOrder.indexOf(b.file));
}
