import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Button, Flex, Form, Select } from "antd";
import { ROLES, roleLabel, scopeKindLabel, type Locale, type Role, type ScopeKind } from "@dongting/ui-kit";
import { GRANT_ROLE } from "../graph/grants";
import type { ScopeOption } from "./grant-scopes";
import { RefusalAlert } from "./RefusalAlert";
import { t } from "../i18n";

const SCOPE_KINDS: readonly ScopeKind[] = ["GRID", "ORG_UNIT", "COMMUNITY", "STREET", "GLOBAL"];

interface GrantValues {
  role?: Role;
  scopeKind?: ScopeKind;
  scopeId?: string;
}

/**
 * Grants a person a role in a scope: the role, the kind of scope and the scope (picked from the communities, their
 * grids, committees and streets; none for GLOBAL). The graph decides whether the granter's own grants cover it.
 */
export function GrantForm({
  personId,
  scopes,
  locale,
  onGranted,
}: {
  personId: string;
  scopes: readonly ScopeOption[];
  locale: Locale;
  onGranted(): void;
}) {
  const [form] = Form.useForm<GrantValues>();
  const [error, setError] = useState<unknown>(null);
  const [grantRole, { loading }] = useMutation(GRANT_ROLE);
  const kind = Form.useWatch("scopeKind", form);

  const onFinish = async ({ role, scopeKind, scopeId }: GrantValues) => {
    if (!role || !scopeKind) return;
    setError(null);
    try {
      await grantRole({ variables: { personId, role, scopeKind, scopeId: scopeKind === "GLOBAL" ? null : (scopeId ?? null) } });
      form.resetFields();
      onGranted();
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <Form<GrantValues> form={form} layout="vertical" onFinish={(values) => void onFinish(values)} data-testid="grant-form">
      <Flex gap={12} wrap align="flex-end">
        <Form.Item name="role" label={t(locale, "grantRole")} rules={[{ required: true, message: t(locale, "grantRoleRequired") }]}>
          <Select<Role>
            data-testid="grant-role"
            style={{ width: 180 }}
            options={ROLES.map((role) => ({ value: role, label: <span data-option={role}>{roleLabel(locale, role)}</span> }))}
          />
        </Form.Item>
        <Form.Item
          name="scopeKind"
          label={t(locale, "grantScopeKind")}
          rules={[{ required: true, message: t(locale, "grantScopeKindRequired") }]}
        >
          <Select<ScopeKind>
            data-testid="grant-scope-kind"
            style={{ width: 140 }}
            onChange={() => form.setFieldValue("scopeId", undefined)}
            options={SCOPE_KINDS.map((value) => ({ value, label: <span data-option={value}>{scopeKindLabel(locale, value)}</span> }))}
          />
        </Form.Item>
        <Form.Item
          name="scopeId"
          label={t(locale, "grantScope")}
          rules={kind && kind !== "GLOBAL" ? [{ required: true, message: t(locale, "grantScopeRequired") }] : []}
        >
          <Select<string>
            data-testid="grant-scope"
            style={{ width: 240 }}
            showSearch={{ optionFilterProp: "title" }}
            disabled={!kind || kind === "GLOBAL"}
            options={scopes
              .filter((scope) => scope.kind === kind)
              .map((scope) => ({ value: scope.id, title: scope.label, label: <span data-option={scope.id}>{scope.label}</span> }))}
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={loading} data-testid="grant-submit">
            {t(locale, "grantSubmit")}
          </Button>
        </Form.Item>
      </Flex>
      {error ? <RefusalAlert error={error} locale={locale} testId="grant-error" /> : null}
    </Form>
  );
}
