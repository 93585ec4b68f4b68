import { useState } from "react";
import { Select, Typography } from "antd";
import { createI18n } from "./i18n";
import type { Locale } from "./remote-props";
import { useDebounced } from "./useDebounced";

/** What the picker needs of a person; remotes pass their own typed query's nodes. */
export interface PickablePerson {
  id: string;
  name: string;
}

/** A remote's search: its own typed `people(search)` query, skipped while `term` is empty. */
export type UsePeopleSearch<P extends PickablePerson> = (term: string) => { people: readonly P[]; loading: boolean; failed: boolean };

export interface PersonPickerProps<P extends PickablePerson> {
  value: P | null;
  onChange(person: P | null): void;
  locale: Locale;
  useSearch: UsePeopleSearch<P>;
  /** A secondary line that tells namesakes apart (neighbourhood, masked phone). */
  describe?: (person: P) => string | null;
  testId?: string;
  placeholder?: string;
}

const t = createI18n({
  "zh-CN": { searchPerson: "输入姓名搜索", nobodyFound: "没有找到此人", typeToSearch: "请输入姓名", searchFailed: "搜索失败" },
  "en-US": { searchPerson: "Search by name", nobodyFound: "Nobody found", typeToSearch: "Type a name", searchFailed: "Search failed" },
});

/** Picks a registered person by any part of the name, as you type. */
export function PersonPicker<P extends PickablePerson>({
  value,
  onChange,
  locale,
  useSearch,
  describe,
  testId = "person-picker",
  placeholder,
}: PersonPickerProps<P>) {
  const [typed, setTyped] = useState("");
  const term = useDebounced(typed.trim(), 250);
  const { people: found, loading, failed } = useSearch(term);
  const known = [...(value && !found.some((p) => p.id === value.id) ? [value] : []), ...(term ? found : [])];
  const options = known.map((person) => ({
    value: person.id,
    title: person.name,
    label: (
      <span data-person-id={person.id}>
        {person.name}
        {describe?.(person) ? (
          <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
            {describe(person)}
          </Typography.Text>
        ) : null}
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
        status={failed ? "error" : undefined}
        notFoundContent={failed ? t(locale, "searchFailed") : term ? t(locale, "nobodyFound") : t(locale, "typeToSearch")}
        onChange={(id: string | undefined) => onChange(known.find((p) => p.id === id) ?? null)}
      />
    </div>
  );
}
