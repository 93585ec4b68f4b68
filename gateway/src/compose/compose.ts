import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { composeServices } from "@apollo/composition";
import { gql } from "graphql-tag";
import { SUBGRAPHS } from "./subgraphs.js";

const run = promisify(execFile);
const GATEWAY_DIR = fileURLToPath(new URL("../..", import.meta.url));
const PRINT_SDL = fileURLToPath(new URL("./print-subgraph-sdl.js", import.meta.url));

/** Each subgraph's SDL comes from its own schema module, printed in a child process (see print-subgraph-sdl.ts). */
async function printSubgraphSdl(packageName: string): Promise<string> {
  try {
    const { stdout } = await run(process.execPath, [PRINT_SDL, packageName], { cwd: GATEWAY_DIR, maxBuffer: 20_000_000 });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? String(error);
    throw new Error(`cannot print the SDL of ${packageName} (is it built? pnpm build:server):\n${stderr}`, { cause: error });
  }
}

export async function subgraphDefinitions() {
  return Promise.all(
    SUBGRAPHS.map(async (subgraph) => ({
      name: subgraph.name,
      url: subgraph.url,
      typeDefs: gql(await printSubgraphSdl(subgraph.packageName)),
    })),
  );
}

/** Composes the subgraphs into the supergraph SDL, or throws with every composition error. */
export async function composeSupergraph(): Promise<string> {
  const result = composeServices(await subgraphDefinitions());
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((error) => `- ${error.message}`).join("\n")}`);
  }
  return result.supergraphSdl;
}
