import { useQuery } from "@apollo/client/react";
import { Tag } from "antd";
import { Link, type Locale } from "@dongting/ui-kit";
import { BUILDING_PARTY_UNITS } from "../graph/person-records";
import { unitPath } from "../hooks/useUnitNavigation";
import { tp } from "../i18n-people";

/** The party units covering a grid or building, each a link to its page in the party tree. */
export function PartyUnitTags({ units, locale }: { units: ReadonlyArray<{ id: string; name: string }> | undefined; locale: Locale }) {
  if (!units?.length) return null;
  return (
    <Tag color="red" data-testid="party-units" data-unit-ids={units.map((unit) => unit.id).join(" ")}>
      {tp(locale, "partyUnits", { units: "" })}
      {units.map((unit, i) => (
        <span key={unit.id}>
          {i > 0 ? "、" : null}
          <Link href={unitPath(unit.id)}>{unit.name}</Link>
        </span>
      ))}
    </Tag>
  );
}

/** A building's party units, asked for when its row is shown (a neighbourhood has one to three buildings). */
export function BuildingPartyUnits({ buildingId, locale }: { buildingId: string; locale: Locale }) {
  const { data } = useQuery(BUILDING_PARTY_UNITS, { variables: { id: buildingId } });
  return <PartyUnitTags units={data?.building?.partyUnits} locale={locale} />;
}
