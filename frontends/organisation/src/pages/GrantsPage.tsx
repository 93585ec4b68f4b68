import { useMemo, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Card, Flex, Typography } from "antd";
import { NotAllowed, PersonPicker, type Locale } from "@dongting/ui-kit";
import { COMMUNITIES } from "../graph/grants";
import type { PersonOption } from "../graph/people";
import { describePerson, usePeopleSearch } from "../hooks/usePeopleSearch";
import { usePermissions } from "../hooks/permissions";
import { scopeOptions } from "../components/grant-scopes";
import { PersonGrants } from "../components/PersonGrants";
import { t } from "../i18n";

/** 角色授权: find a person, see their grants, grant a role in a scope or revoke one. */
export function GrantsPage({ locale }: { locale: Locale }) {
  const { grant } = usePermissions();
  const [person, setPerson] = useState<PersonOption | null>(null);
  const communities = useQuery(COMMUNITIES, { skip: !grant });
  const scopes = useMemo(() => scopeOptions(communities.data?.communities ?? []), [communities.data]);
  if (!grant) return <NotAllowed locale={locale} />;
  return (
    <Flex vertical gap={16} data-testid="grants-page">
      <Card>
        <Typography.Paragraph type="secondary">{t(locale, "grantsHint")}</Typography.Paragraph>
        <PersonPicker
          value={person}
          onChange={setPerson}
          locale={locale}
          useSearch={usePeopleSearch}
          describe={describePerson}
          placeholder={t(locale, "searchPerson")}
          testId="grant-person-picker"
        />
      </Card>
      {person ? <PersonGrants key={person.id} personId={person.id} scopes={scopes} locale={locale} /> : null}
    </Flex>
  );
}
