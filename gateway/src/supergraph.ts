import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const SUPERGRAPH_PATH = fileURLToPath(new URL("../supergraph.graphql", import.meta.url));

export function readSupergraph(path = SUPERGRAPH_PATH): string {
  return readFileSync(path, "utf8");
}

/** The subgraph name -> routing URL pairs recorded in the supergraph's join__Graph enum. */
export function subgraphUrls(supergraphSdl: string): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const match of supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)) {
    urls[match[1]] = match[2];
  }
  return urls;
}
