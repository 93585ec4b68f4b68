import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Select, Typography } from "antd";
import { useDebounced, type Locale } from "@dongting/ui-kit";
import { SEARCH_PEOPLE, type PersonOption } from "../graph/lookups";
import { t } from "../i18n";

export interface PersonPickerProps {
  value?: PersonOption | null;
  onChange?(person: PersonOption | null): void;
  locale: Locale;
  testId?: string;
  placeholder?: string;
}

/** Picks a registered person by name from the organisation graph (`people(search)`, as you type). */
export function PersonPicker({ value = null, onChange, locale, testId, placeholder }: PersonPickerProps) {
  const [typed, setTyped] = useState("");
  const search = useDebounced(typed.trim(), 250);
  const { data, loading, error } = useQuery(SEARCH_PEOPLE, { variables: { search, first: 20 }, skip: search.length === 0 });
  const found = data?.people.edges.map((e) => e.node) ?? [];
  const known = [...(value && !found.some((p) => p.id === value.id) ? [value] : []), ...found];
  const options = known.map((person) => ({
    value: person.id,
    title: person.name,
    label: (
      <span data-person-id={person.id}>
        {person.name}
        <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
          {[person.neighbourhood ? `${person.neighbourhood.grid.name} · ${person.neighbourhood.name}` : null, person.phone]
            .filter(Boolean)
            .join(" · ")}
        </Typography.Text>
      </span>
    ),
  }));

  return (
    <div data-testid={testId}>
      <Select
        showSearch={{ filterOption: false, onSearch: setTyped }}
        allowClear
        style={{ width: "100%" }}
        placeholder={placeholder ?? t(locale, "searchPerson")}
        value={value?.id}
        loading={loading}
        options={options}
        labelRender={({ value: id, label }) => known.find((p) => p.id === id)?.name ?? label}
        status={error ? "error" : undefined}
        notFoundContent={error ? t(locale, "searchFailed") : search ? t(locale, "nobodyFound") : t(locale, "typeToSearch")}
        onChange={(id: string | undefined) => onChange?.(known.find((p) => p.id === id) ?? null)}
      />
    </div>
  );
}
