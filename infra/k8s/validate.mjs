// Validates a rendered overlay: kubectl kustomize infra/k8s/overlays/prod | node infra/k8s/validate.mjs prod
// Every object is checked against the Kubernetes schema of its apiVersion and kind (kubernetes-models: the
// OpenAPI schemas of the API server, compiled), then against the house rules (policies.mjs), and the copies
// kustomize needs inside this folder are compared with their sources. Exit 1 on any problem, listing each.
// The YAML is decoded by kubectl itself (already needed to render): `kubectl label --local` reads every
// document the way the API server would and prints it as JSON, without a cluster.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import * as models from "kubernetes-models";
import { missingParts, policyProblems } from "./policies.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, "../..");
/** Kustomize reads no file outside its folder, so these sources are copied in; a stale copy is a failure. */
const COPIES = [
  ["gateway/supergraph.graphql", "infra/k8s/base/supergraph.graphql"],
  ["infra/router/router.yaml", "infra/k8s/overlays/router/router.yaml"],
];

/** The model class of an apiVersion and kind: "networking.k8s.io/v1" -> models.networkingK8sIo.v1. */
function modelOf(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  const key = group
    ? group
        .split(".")
        .map((part, index) => (index ? part[0].toUpperCase() + part.slice(1) : part))
        .join("")
    : "v1";
  const versions = group ? models[key] : { v1: models.v1 };
  return versions?.[version]?.[kind];
}

/** Concatenated JSON documents (kubectl prints one per object) as values. */
function splitJson(text) {
  const values = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === "\\") index++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "{") {
      if (depth++ === 0) start = index;
    } else if (char === "}" && --depth === 0) values.push(JSON.parse(text.slice(start, index + 1)));
  }
  return values.flatMap((value) => (value.kind === "List" ? value.items : [value]));
}

function decode(yaml) {
  // Removing a label nobody has changes nothing but the empty `labels: {}` it leaves, which is valid.
  const result = spawnSync("kubectl", ["label", "--local", "-f", "-", "-o", "json", "dongting.example/validate-"], {
    input: yaml,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new Error(`kubectl is needed to decode the YAML: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`kubectl could not decode the rendered YAML:\n${result.stderr}`);
  return splitJson(result.stdout);
}

function schemaProblems(objects) {
  const problems = [];
  for (const object of objects) {
    const label = `${object.kind}/${object.metadata?.name ?? "?"}`;
    const Model = object.apiVersion && object.kind ? modelOf(object.apiVersion, object.kind) : undefined;
    if (!Model) {
      problems.push(`${label}: no schema for ${object.apiVersion} ${object.kind}`);
      continue;
    }
    try {
      new Model(object).validate();
    } catch (error) {
      problems.push(`${label} (${object.apiVersion}): ${error.message}`);
    }
  }
  return problems;
}

function staleCopies() {
  return COPIES.filter(([source, copy]) => readFileSync(join(ROOT, source), "utf8") !== readFileSync(join(ROOT, copy), "utf8")).map(
    ([source, copy]) => `${copy} differs from ${source}: cp ${source} ${copy}`,
  );
}

const overlay = process.argv[2] ?? "stdin";
const yaml = readFileSync(0, "utf8");
if (!yaml.trim()) {
  console.error(
    `[validate] ${overlay}: nothing on stdin (kubectl kustomize infra/k8s/overlays/${overlay} | node ${relative(process.cwd(), fileURLToPath(import.meta.url))} ${overlay})`,
  );
  process.exit(1);
}
const objects = decode(yaml);
const problems = [...schemaProblems(objects), ...policyProblems(objects), ...missingParts(objects), ...staleCopies()];
if (problems.length) {
  console.error(`[validate] ${overlay}: ${problems.length} problem(s) in ${objects.length} objects`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
const kinds = [...new Set(objects.map((object) => object.kind))].sort();
console.log(`[validate] ${overlay}: ${objects.length} objects valid (${kinds.join(", ")})`);
