import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Select } from "antd";
import { useDebounced, type Locale } from "@dongting/ui-kit";
import { SEARCH_PEOPLE, type PersonOption } from "../bookings-query";
import { t } from "../i18n";

/** Picks a person by name from the organisation graph (search as you type). */
export function PersonPicker({
  value,
  onChange,
  locale,
  testId,
}: {
  value: PersonOption | null;
  onChange(person: PersonOption | null): void;
  locale: Locale;
  testId?: string;
}) {
  const [typed, setTyped] = useState("");
  const search = useDebounced(typed.trim(), 250);
  const { data, loading } = useQuery(SEARCH_PEOPLE, { variables: { search, first: 20 }, skip: search.length === 0 });
  const found = data?.people.edges.map((e) => e.node) ?? [];
  const options = [...(value && !found.some((p) => p.id === value.id) ? [value] : []), ...found].map((p) => ({
    value: p.id,
    label: p.name,
  }));

  return (
    <div data-testid={testId}>
      <Select
        showSearch={{ filterOption: false, onSearch: setTyped }}
        allowClear
        style={{ width: "100%" }}
        placeholder={t(locale, "searchPerson")}
        value={value?.id}
        loading={loading}
        options={options}
        notFoundContent={search ? t(locale, "nobodyFound") : t(locale, "typeToSearch")}
        onChange={(id: string | undefined) => {
          const person = [...found, ...(value ? [value] : [])].find((p) => p.id === id) ?? null;
          onChange(person);
        }}
      />
    </div>
  );
}
