import { PersonPicker, type Locale } from "@dongting/ui-kit";
import type { PersonOption } from "../graph/lookups";
import { usePeopleSearch } from "../hooks/usePeopleSearch";

/** Where a person lives and the phone, to tell namesakes apart. */
const describePerson = (person: PersonOption): string | null =>
  [person.neighbourhood ? `${person.neighbourhood.grid.name} · ${person.neighbourhood.name}` : null, person.phone]
    .filter(Boolean)
    .join(" · ") || null;

export interface ResidentPickerProps {
  value?: PersonOption | null;
  onChange?(person: PersonOption | null): void;
  locale: Locale;
  testId?: string;
}

/** The kit's PersonPicker over the organisation graph's people, as an antd form control (value/onChange). */
export function ResidentPicker({ value = null, onChange, locale, testId }: ResidentPickerProps) {
  return (
    <PersonPicker
      value={value}
      onChange={(person) => onChange?.(person)}
      locale={locale}
      useSearch={usePeopleSearch}
      describe={describePerson}
      testId={testId}
    />
  );
}
