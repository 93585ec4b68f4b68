// The house rules every rendered object must keep beyond the Kubernetes schema (validate.mjs checks the
// schema): hardened pods with probes, resources and pinned images, no Secret in the manifests, every
// referenced ConfigMap rendered (a generated name that missed its hash suffix breaks a pod at start), and
// each Deployment covered by a PodDisruptionBudget and a HorizontalPodAutoscaler.

/** @typedef {{ apiVersion: string, kind: string, metadata: { name: string, labels?: Record<string,string> }, spec?: any }} K8sObject */

const WORKLOADS = new Set(["Deployment", "StatefulSet", "Job"]);

/** A tag or digest that names one build: not missing, not `latest`. */
export function pinnedImage(image) {
  if (image.includes("@sha256:")) return true;
  const lastSegment = image.slice(image.lastIndexOf("/") + 1);
  const tag = lastSegment.includes(":") ? lastSegment.slice(lastSegment.indexOf(":") + 1) : "";
  return tag !== "" && tag !== "latest";
}

const matches = (selector = {}, labels = {}) =>
  Object.keys(selector).length > 0 && Object.entries(selector).every(([key, value]) => labels[key] === value);

/** Problems of one pod template (a Deployment's, a StatefulSet's or a Job's). */
function podProblems(kind, pod) {
  const problems = [];
  const spec = pod?.spec ?? {};
  for (const container of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
    const where = `container ${container.name}`;
    const security = container.securityContext ?? {};
    if (!pinnedImage(container.image ?? "")) problems.push(`${where}: image "${container.image}" has no pinned tag`);
    if ((security.runAsNonRoot ?? spec.securityContext?.runAsNonRoot) !== true) problems.push(`${where}: not runAsNonRoot`);
    if (security.readOnlyRootFilesystem !== true) problems.push(`${where}: root filesystem is writable`);
    if (security.allowPrivilegeEscalation !== false) problems.push(`${where}: allowPrivilegeEscalation is not false`);
    if (!(security.capabilities?.drop ?? []).includes("ALL")) problems.push(`${where}: capabilities not dropped (drop: [ALL])`);
    if (!container.resources?.requests?.cpu || !container.resources?.requests?.memory) problems.push(`${where}: no cpu/memory requests`);
    if (!container.resources?.limits?.memory) problems.push(`${where}: no memory limit`);
    if (kind !== "Job" && (!container.livenessProbe || !container.readinessProbe))
      problems.push(`${where}: no liveness or readiness probe`);
    for (const env of container.env ?? []) {
      if (/SECRET|PASSWORD|DATABASE_URL|TOKEN/.test(env.name) && env.value !== undefined)
        problems.push(`${where}: ${env.name} is inlined, not a secretKeyRef`);
    }
  }
  return problems;
}

/** The ConfigMap names a pod template refers to (volumes, envFrom, configMapKeyRef). */
function configMapRefs(pod) {
  const spec = pod?.spec ?? {};
  const names = (spec.volumes ?? []).flatMap((volume) => (volume.configMap ? [volume.configMap.name] : []));
  for (const container of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
    for (const from of container.envFrom ?? []) if (from.configMapRef) names.push(from.configMapRef.name);
    for (const env of container.env ?? []) if (env.valueFrom?.configMapKeyRef) names.push(env.valueFrom.configMapKeyRef.name);
  }
  return names;
}

/**
 * Every problem of a rendered overlay, as "Kind/name: problem" lines (empty: it keeps the rules).
 * @param {K8sObject[]} objects
 */
export function policyProblems(objects) {
  const problems = [];
  const byKind = (kind) => objects.filter((object) => object.kind === kind);
  const configMaps = new Set(byKind("ConfigMap").map((object) => object.metadata.name));
  for (const secret of byKind("Secret"))
    problems.push(`Secret/${secret.metadata.name}: Secrets are created by the operator, never rendered`);
  for (const object of objects.filter((candidate) => WORKLOADS.has(candidate.kind))) {
    const label = `${object.kind}/${object.metadata.name}`;
    const pod = object.spec?.template;
    for (const problem of podProblems(object.kind, pod)) problems.push(`${label}: ${problem}`);
    for (const name of configMapRefs(pod)) if (!configMaps.has(name)) problems.push(`${label}: ConfigMap "${name}" is not rendered`);
  }
  for (const deployment of byKind("Deployment")) {
    const label = `Deployment/${deployment.metadata.name}`;
    const podLabels = deployment.spec?.template?.metadata?.labels;
    if (!byKind("PodDisruptionBudget").some((pdb) => matches(pdb.spec?.selector?.matchLabels, podLabels)))
      problems.push(`${label}: no PodDisruptionBudget`);
    if (!byKind("HorizontalPodAutoscaler").some((hpa) => hpa.spec?.scaleTargetRef?.name === deployment.metadata.name)) {
      problems.push(`${label}: no HorizontalPodAutoscaler`);
    }
  }
  const pods = objects.filter((object) => WORKLOADS.has(object.kind)).map((object) => object.spec?.template?.metadata?.labels);
  for (const service of byKind("Service")) {
    if (!pods.some((labels) => matches(service.spec?.selector, labels))) problems.push(`Service/${service.metadata.name}: selects no pod`);
  }
  for (const hpa of byKind("HorizontalPodAutoscaler")) {
    const target = hpa.spec?.scaleTargetRef?.name;
    if (!byKind("Deployment").some((deployment) => deployment.metadata.name === target))
      problems.push(`HorizontalPodAutoscaler/${hpa.metadata.name}: no Deployment ${target}`);
  }
  return problems;
}

/** What a deployable overlay must contain (the list), as missing-item lines. */
export function missingParts(objects) {
  const count = (kind) => objects.filter((object) => object.kind === kind).length;
  const expected = {
    Deployment: 12,
    Service: 12,
    Job: 5,
    NetworkPolicy: 5,
    PodDisruptionBudget: 12,
    HorizontalPodAutoscaler: 12,
    Ingress: 1,
  };
  return Object.entries(expected)
    .filter(([kind, least]) => count(kind) < least)
    .map(([kind, least]) => `expected at least ${least} ${kind} objects, found ${count(kind)}`);
}
