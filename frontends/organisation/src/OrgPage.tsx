import { useState } from "react";
import { App as AntApp, Button, Card, Col, Row, Typography } from "antd";
import { PlusOutlined, ReloadOutlined } from "@ant-design/icons";
import { PageLoading, QueryError, describeGraphError, joinPath, navigate, type Locale } from "@dongting/ui-kit";
import { OrgTree } from "./OrgTree";
import { OrgUnitDetail } from "./OrgUnitDetail";
import { UnitFormModal, type UnitFormMode } from "./UnitFormModal";
import { OrgTreeContext, useOrgTreeState } from "./useOrgTree";
import { usePermissions } from "./viewer";
import { t } from "./i18n";

const CREATE_ROOT: UnitFormMode = { type: "create", parent: null };

export interface OrgPageProps {
  basePath: string;
  selectedId: string | null;
  locale: Locale;
}

/** The party organisation tree beside the selected unit's page. */
export function OrgPage({ basePath, selectedId, locale }: OrgPageProps) {
  const treeApi = useOrgTreeState();
  const { tree, error, loading, loadRoots } = treeApi;
  const { editTree } = usePermissions();
  const { message } = AntApp.useApp();
  const [creatingRoot, setCreatingRoot] = useState(false);
  const roots = tree.rootIds;

  const reload = () =>
    loadRoots().catch((failure: unknown) => {
      const { title, detail } = describeGraphError(failure, locale);
      void message.error(`${title}: ${detail}`);
    });

  return (
    <OrgTreeContext.Provider value={treeApi}>
      {error && !roots ? (
        <QueryError error={error} locale={locale} onRetry={() => void reload()} />
      ) : !roots ? (
        <PageLoading />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={10}>
            <Card
              title={t(locale, "tree")}
              extra={
                <>
                  {editTree ? (
                    <Button size="small" icon={<PlusOutlined />} data-testid="create-root" onClick={() => setCreatingRoot(true)}>
                      {t(locale, "createRoot")}
                    </Button>
                  ) : null}{" "}
                  <Button
                    size="small"
                    icon={<ReloadOutlined />}
                    data-testid="refresh-tree"
                    loading={loading}
                    onClick={() => void reload()}
                    aria-label={t(locale, "refresh")}
                  />
                </>
              }
            >
              {editTree ? (
                <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
                  {t(locale, "dragHint")}
                </Typography.Paragraph>
              ) : null}
              <OrgTree
                selectedId={selectedId}
                onSelect={(id) => navigate(joinPath(basePath, "units", id))}
                onMoved={(unitId) => navigate(joinPath(basePath, "units", unitId))}
                locale={locale}
              />
            </Card>
          </Col>
          <Col xs={24} xl={14}>
            <Card title={t(locale, "detail")}>
              {selectedId ? (
                <OrgUnitDetail key={selectedId} id={selectedId} basePath={basePath} locale={locale} />
              ) : (
                <Typography.Text type="secondary">{t(locale, "selectHint")}</Typography.Text>
              )}
            </Card>
          </Col>
        </Row>
      )}
      <UnitFormModal
        mode={creatingRoot ? CREATE_ROOT : null}
        locale={locale}
        onClose={() => setCreatingRoot(false)}
        onDone={(unitId) => {
          setCreatingRoot(false);
          void message.success(t(locale, "created"));
          void reload().then(() => navigate(joinPath(basePath, "units", unitId)));
        }}
      />
    </OrgTreeContext.Provider>
  );
}
