import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Select } from "antd";
import { useDebounced, type Locale } from "@dongting/ui-kit";
import { SEARCH_PEOPLE, type PersonOption } from "./org-queries";
import { t } from "./i18n";

/** Picks a person by any part of the name (`people(search)`), showing where he lives to tell namesakes apart. */
export function PersonPicker({
  value,
  onChange,
  locale,
  testId = "person-picker",
}: {
  value: PersonOption | null;
  onChange(person: PersonOption | null): void;
  locale: Locale;
  testId?: string;
}) {
  const [typed, setTyped] = useState("");
  const search = useDebounced(typed.trim(), 250);
  const { data, previousData, loading } = useQuery(SEARCH_PEOPLE, { variables: { search, first: 20 }, skip: search.length === 0 });
  const found = search ? ((data ?? previousData)?.people.edges.map((e) => e.node) ?? []) : [];
  const people = [...(value && !found.some((p) => p.id === value.id) ? [value] : []), ...found];
  const label = (p: PersonOption) => [p.name, p.neighbourhood?.name, p.phone].filter(Boolean).join(" · ");

  return (
    <Select
      data-testid={testId}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      allowClear
      style={{ width: "100%" }}
      placeholder={t(locale, "searchPerson")}
      value={value?.id}
      loading={loading}
      options={people.map((p) => ({ value: p.id, label: label(p) }))}
      optionRender={(option) => <span data-person-id={option.value}>{option.label}</span>}
      notFoundContent={search ? t(locale, "nobodyFound") : t(locale, "typeToSearch")}
      onChange={(id: string | undefined) => onChange(people.find((p) => p.id === id) ?? null)}
    />
  );
}
