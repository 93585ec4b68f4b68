import { Select } from "antd";
import type { Locale, ViewerCommunity } from "@dongting/ui-kit";
import type { CommunityChoice } from "./community-choice";
import { t } from "./i18n";

export interface CommunitySwitcherProps {
  communities: readonly ViewerCommunity[];
  value: CommunityChoice;
  onChange: (choice: CommunityChoice) => void;
  locale: Locale;
}

/** The header's community switcher; only offered to viewers with several communities. */
export function CommunitySwitcher({ communities, value, onChange, locale }: CommunitySwitcherProps) {
  if (communities.length < 2) return null;
  return (
    <Select<CommunityChoice>
      aria-label={t(locale, "community")}
      data-testid="community-switch"
      data-value={value}
      value={value}
      onChange={onChange}
      style={{ minWidth: 160 }}
      popupMatchSelectWidth={false}
      options={[
        { value: "all", label: t(locale, "allCommunities") },
        ...communities.map((community) => ({ value: community.id, label: community.name, "data-code": community.code })),
      ]}
      optionRender={(option) => <span data-community-option={option.value}>{option.label}</span>}
    />
  );
}
