import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Button, Card, Empty, Popconfirm, Table, Tag } from "antd";
import { formatDateTime, roleLabel, scopeKindLabel, type Locale } from "@dongting/ui-kit";
import { PERSON_GRANTS, REVOKE_ROLE, type PersonGrant } from "../graph/grants";
import { scopeName, type ScopeOption } from "./grant-scopes";
import { GrantForm } from "./GrantForm";
import { RefusalAlert } from "./RefusalAlert";
import { t } from "../i18n";

/** One person's grants (role, scope, when and by whom), each revocable, and the form to grant another. */
export function PersonGrants({ personId, scopes, locale }: { personId: string; scopes: readonly ScopeOption[]; locale: Locale }) {
  const { data, loading, error, refetch } = useQuery(PERSON_GRANTS, { variables: { id: personId }, fetchPolicy: "network-only" });
  const [revokeRole, revoking] = useMutation(REVOKE_ROLE);
  const [revokeError, setRevokeError] = useState<unknown>(null);
  const person = data?.person;
  const grants = person?.grants ?? [];

  const revoke = async (grant: PersonGrant) => {
    setRevokeError(null);
    try {
      await revokeRole({ variables: { id: grant.id } });
      await refetch();
    } catch (failure) {
      setRevokeError(failure);
    }
  };

  return (
    <Card
      title={person ? t(locale, "grantsOf", { name: person.name }) : t(locale, "grantsTitle")}
      data-testid="person-grants"
      data-person-id={personId}
    >
      {error ? <RefusalAlert error={error} locale={locale} testId="grants-error" /> : null}
      <Table<PersonGrant>
        data-testid="grant-list"
        rowKey="id"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={grants}
        locale={{ emptyText: <Empty description={t(locale, "noGrants")} /> }}
        onRow={(grant) =>
          ({
            "data-grant-id": grant.id,
            "data-role": grant.role,
            "data-scope-kind": grant.scopeKind,
            "data-scope-id": grant.scopeId ?? "",
          }) as object
        }
        columns={[
          { title: t(locale, "grantRole"), key: "role", render: (_, grant) => <Tag color="red">{roleLabel(locale, grant.role)}</Tag> },
          {
            title: t(locale, "grantScope"),
            key: "scope",
            render: (_, grant) =>
              `${scopeKindLabel(locale, grant.scopeKind)} · ${scopeName(scopes, grant.scopeKind, grant.scopeId ?? null, locale)}`,
          },
          { title: t(locale, "grantedAt"), key: "at", render: (_, grant) => formatDateTime(locale, grant.grantedAt) },
          { title: t(locale, "grantedBy"), key: "by", render: (_, grant) => grant.grantedBy?.name ?? "—" },
          {
            title: "",
            key: "revoke",
            align: "right",
            render: (_, grant) => (
              <Popconfirm
                title={t(locale, "revokeConfirm")}
                okText={t(locale, "revoke")}
                cancelText={t(locale, "cancel")}
                onConfirm={() => revoke(grant)}
              >
                <Button danger size="small" loading={revoking.loading} data-testid="grant-revoke">
                  {t(locale, "revoke")}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      {revokeError ? <RefusalAlert error={revokeError} locale={locale} testId="revoke-error" /> : null}
      <div style={{ marginTop: 16 }}>
        <GrantForm personId={personId} scopes={scopes} locale={locale} onGranted={() => void refetch()} />
      </div>
    </Card>
  );
}
