import { useQuery } from "@apollo/client/react";
import { Form, Radio } from "antd";
import { PersonPicker, type Locale, useCommunityFilter } from "@dongting/ui-kit";
import { TEAMS, type PersonOption } from "../graph/people";
import { usePeopleSearch } from "../hooks/usePeopleSearch";
import { t } from "../i18n";
import type { BookingValues, bookingRules } from "./booking-form";
import { TestIdSelect } from "./TestIdControls";

/** The kit's PersonPicker as a form control (Form.Item hands it value and onChange). */
export function PersonField({
  value,
  onChange,
  locale,
  testId,
}: {
  value?: PersonOption | null;
  onChange?(person: PersonOption | null): void;
  locale: Locale;
  testId: string;
}) {
  return (
    <PersonPicker
      value={value ?? null}
      onChange={(person) => onChange?.(person)}
      locale={locale}
      useSearch={usePeopleSearch}
      testId={testId}
    />
  );
}

/** Staff book for themselves, for a resident (picked by name) or for a volunteer team. */
export function OrganiserField({ locale, rules }: { locale: Locale; rules: ReturnType<typeof bookingRules> }) {
  const form = Form.useFormInstance<BookingValues>();
  const mode = Form.useWatch("organiser", form) ?? "self";
  const teams = useQuery(TEAMS, { variables: { ...useCommunityFilter() }, skip: mode !== "team" });
  return (
    <Form.Item label={t(locale, "fieldOrganiser")} style={{ marginBottom: 12 }}>
      <Form.Item name="organiser" noStyle>
        <Radio.Group data-testid="booking-organiser">
          <Radio value="self">{t(locale, "organiserSelf")}</Radio>
          <Radio value="person">{t(locale, "organiserPerson")}</Radio>
          <Radio value="team">{t(locale, "organiserTeam")}</Radio>
        </Radio.Group>
      </Form.Item>
      {mode === "person" ? (
        <Form.Item name="person" rules={rules.person} style={{ marginTop: 8, marginBottom: 0 }}>
          <PersonField locale={locale} testId="booking-person" />
        </Form.Item>
      ) : null}
      {mode === "team" ? (
        <Form.Item name="teamId" rules={rules.teamId} style={{ marginTop: 8, marginBottom: 0 }}>
          <TestIdSelect<string>
            testId="booking-team"
            showSearch={{ optionFilterProp: "label" }}
            placeholder={t(locale, "chooseTeam")}
            loading={teams.loading}
            options={(teams.data?.volunteerTeams ?? []).map((team) => ({ value: team.id, label: team.name }))}
          />
        </Form.Item>
      ) : null}
    </Form.Item>
  );
}
