import { personaToken, postGraph } from "@dongting/ui-kit/e2e";

const withheld = (answer: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  answer.errors?.filter((error) => error.extensions?.reason === "FIELD_NOT_ALLOWED").length ?? 0;

/**
 * What the resident may read of the trees, as the graph answers her: a unit's secretary (named if he is one
 * of her own leaders, else withheld) and how many grid leaders are withheld from her (all but her own).
 */
export async function residentView(
  unitId: string,
): Promise<{ secretary: string | null; secretaryHidden: boolean; hiddenGridLeaders: number }> {
  const token = await personaToken("resident");
  const unit = await postGraph<{ orgUnit: { secretary: { name: string } | null } }>(
    `query S($id: ID!) { orgUnit(id: $id) { secretary { name } } }`,
    token,
    { id: unitId },
  );
  const grids = await postGraph("{ grids { leader { id } } }", token);
  return {
    secretary: unit.data?.orgUnit?.secretary?.name ?? null,
    secretaryHidden: withheld(unit) > 0,
    hiddenGridLeaders: withheld(grids),
  };
}
