// The entities each subgraph resolves by reference (`_entities`), read from the supergraph's join__type
// directives: the side door a caller who skips the gateway knocks on.
import { Kind, parse, type ConstValueNode } from "graphql";
import { readSupergraph } from "../../src/supergraph.js";

export interface EntityDoor {
  type: string;
  /** The subgraph's name as the stack knows it (organisation, requests, volunteers, station). */
  subgraph: string;
}

const valueOf = (node: ConstValueNode): unknown =>
  node.kind === Kind.STRING || node.kind === Kind.ENUM ? node.value : node.kind === Kind.BOOLEAN ? node.value : undefined;

/** Every (type, subgraph) with a key the subgraph can resolve. */
export function entityDoors(sdl = readSupergraph()): EntityDoor[] {
  const doors: EntityDoor[] = [];
  for (const definition of parse(sdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    for (const directive of definition.directives ?? []) {
      if (directive.name.value !== "join__type") continue;
      const args = Object.fromEntries((directive.arguments ?? []).map((arg) => [arg.name.value, valueOf(arg.value)]));
      if (args.key && args.resolvable !== false) doors.push({ type: definition.name.value, subgraph: String(args.graph).toLowerCase() });
    }
  }
  return doors;
}

/** `_entities` for one representation, selecting `selection` on the type. */
export const entitiesQuery = (type: string, selection: string) =>
  `query SideDoor($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${type} { ${selection} } } }`;
