import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isNonNullType,
  isListType,
  isObjectType,
  isSpecifiedScalarType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type GraphQLType,
} from "graphql";
import { Supergraph } from "@apollo/federation-internals";

/** The API schema integrators see: the supergraph without federation machinery and @inaccessible parts. */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

export interface ContractProblem {
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

function sameType(contract: GraphQLInputType | GraphQLType, actual: GraphQLType): boolean {
  return String(contract) === String(actual);
}

function checkFields(
  typeName: string,
  contractFields: Record<string, GraphQLField<unknown, unknown>>,
  actualFields: Record<string, GraphQLField<unknown, unknown>>,
  problems: ContractProblem[],
) {
  for (const [fieldName, field] of Object.entries(contractFields)) {
    const actual = actualFields[fieldName];
    const where = `field ${typeName}.${fieldName}`;
    if (!actual) {
      problems.push({ kind: "missing", where });
      continue;
    }
    if (!outputCompatible(field.type, actual.type)) {
      problems.push({ kind: "mismatch", where, detail: `contract ${String(field.type)}, composed ${String(actual.type)}` });
    }
    for (const arg of field.args) {
      const actualArg = actual.args.find((candidate) => candidate.name === arg.name);
      const argWhere = `argument ${typeName}.${fieldName}(${arg.name})`;
      if (!actualArg) problems.push({ kind: "missing", where: argWhere });
      else if (!sameType(arg.type, actualArg.type)) {
        problems.push({ kind: "mismatch", where: argWhere, detail: `contract ${String(arg.type)}, composed ${String(actualArg.type)}` });
      }
    }
  }
}

function checkType(contractType: GraphQLNamedType, actualType: GraphQLNamedType, problems: ContractProblem[]) {
  const name = contractType.name;
  if (contractType.constructor !== actualType.constructor) {
    problems.push({ kind: "mismatch", where: `type ${name}`, detail: "a different kind of type" });
    return;
  }
  if ((isObjectType(contractType) || isInterfaceType(contractType)) && (isObjectType(actualType) || isInterfaceType(actualType))) {
    checkFields(name, contractType.getFields(), actualType.getFields(), problems);
  } else if (isInputObjectType(contractType) && isInputObjectType(actualType)) {
    const actualFields = actualType.getFields();
    for (const [fieldName, field] of Object.entries(contractType.getFields())) {
      const actual = actualFields[fieldName];
      const where = `input field ${name}.${fieldName}`;
      if (!actual) problems.push({ kind: "missing", where });
      else if (!sameType(field.type, actual.type)) {
        problems.push({ kind: "mismatch", where, detail: `contract ${String(field.type)}, composed ${String(actual.type)}` });
      }
    }
  } else if (isEnumType(contractType) && isEnumType(actualType)) {
    const values = new Set(actualType.getValues().map((value) => value.name));
    for (const value of contractType.getValues()) {
      if (!values.has(value.name)) problems.push({ kind: "missing", where: `enum value ${name}.${value.name}` });
    }
  } else if (isUnionType(contractType) && isUnionType(actualType)) {
    const members = new Set(actualType.getTypes().map((member) => member.name));
    for (const member of contractType.getTypes()) {
      if (!members.has(member.name)) problems.push({ kind: "missing", where: `union member ${name}.${member.name}` });
    }
  }
}

/** Every contract type, field, argument, input field and enum value missing from, or mismatched in, `actual`. */
export function compareWithContract(contractSdl: string, actual: GraphQLSchema): ContractProblem[] {
  const contract = buildSchema(contractSdl, { assumeValidSDL: true });
  const problems: ContractProblem[] = [];
  for (const contractType of Object.values(contract.getTypeMap())) {
    // Built-in scalars exist in every GraphQL schema whether or not a field uses them yet.
    if (contractType.name.startsWith("__") || isSpecifiedScalarType(contractType)) continue;
    const actualType = actual.getType(contractType.name);
    if (!actualType) {
      problems.push({ kind: "missing", where: `type ${contractType.name}` });
      continue;
    }
    checkType(contractType, actualType, problems);
  }
  return problems;
}
