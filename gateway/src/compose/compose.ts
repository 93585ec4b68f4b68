import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { composeServices } from "@apollo/composition";
import { gql } from "graphql-tag";
import { SUBGRAPHS } from "./subgraphs.js";

const run = promisify(execFile);
const GATEWAY_DIR = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Each subgraph's SDL comes from its own schema module, printed in a child process: type-graphql keeps
 * its metadata in one global store, so building four schemas in one process would mix their types.
 */
async function printSubgraphSdl(packageName: string): Promise<string> {
  const script = `
    const { definition } = await import(${JSON.stringify(`${packageName}/definition`)});
    const { printSubgraphSchema } = await import("@apollo/subgraph");
    process.stdout.write(printSubgraphSchema(await definition.buildSchema()));
  `;
  try {
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], {
      cwd: GATEWAY_DIR,
      maxBuffer: 20_000_000,
    });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? String(error);
    throw new Error(`cannot print the SDL of ${packageName} (is it built? pnpm build:server):\n${stderr}`);
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

/** Composes the four subgraphs into the supergraph SDL, or throws with every composition error. */
export async function composeSupergraph(): Promise<string> {
  const result = composeServices(await subgraphDefinitions());
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((error) => `- ${error.message}`).join("\n")}`);
  }
  return result.supergraphSdl;
}
