import { Suspense, useState } from "react";
import { App as AntApp, Button, Card, Col, Row, Typography } from "antd";
import { PlusOutlined, ReloadOutlined } from "@ant-design/icons";
import { PageLoading, QueryError, type Locale, lazyPage } from "@dongting/ui-kit";
import { failureLine } from "../graph/failure";
import { OrgTreeContext, useOrgTreeState } from "../hooks/useOrgTree";
import { usePermissions } from "../hooks/permissions";
import { useOpenUnit } from "../hooks/useUnitNavigation";
import { OrgTree } from "../components/OrgTree";
import type { UnitFormMode } from "../components/UnitFormModal";
import { t } from "../i18n";

// The bare tree is what opening the remote shows: a unit's page (tabs, member table, dialogs) and the
// unit form load when a unit is selected or a root is being created.
const OrgUnitDetail = lazyPage(() => import("../components/OrgUnitDetail"), "OrgUnitDetail");
const UnitFormModal = lazyPage(() => import("../components/UnitFormModal"), "UnitFormModal");

const CREATE_ROOT: UnitFormMode = { type: "create", parent: null };

/**
 * The party organisation tree beside the selected unit's page. One element for the bare tree and for a
 * unit's page, so the loaded tree survives moving between them.
 */
export function PartyPage({ selectedId, locale }: { selectedId: string | null; locale: Locale }) {
  const treeApi = useOrgTreeState();
  const { tree, error, loading, loadRoots } = treeApi;
  const { editTree } = usePermissions();
  const { message } = AntApp.useApp();
  const openUnit = useOpenUnit();
  const [creatingRoot, setCreatingRoot] = useState(false);
  const roots = tree.rootIds;

  const reload = () =>
    loadRoots().catch((failure: unknown) => {
      void message.error(failureLine(failure, locale));
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
              <OrgTree selectedId={selectedId} onSelect={openUnit} onMoved={openUnit} locale={locale} />
            </Card>
          </Col>
          <Col xs={24} xl={14}>
            <Card title={t(locale, "detail")}>
              {selectedId ? (
                <Suspense fallback={<PageLoading />}>
                  <OrgUnitDetail key={selectedId} id={selectedId} locale={locale} />
                </Suspense>
              ) : (
                <Typography.Text type="secondary">{t(locale, "selectHint")}</Typography.Text>
              )}
            </Card>
          </Col>
        </Row>
      )}
      {creatingRoot ? (
        <Suspense fallback={null}>
          <UnitFormModal
            mode={CREATE_ROOT}
            locale={locale}
            onClose={() => setCreatingRoot(false)}
            onDone={(unitId) => {
              setCreatingRoot(false);
              void message.success(t(locale, "created"));
              void reload().then(() => openUnit(unitId));
            }}
          />
        </Suspense>
      ) : null}
    </OrgTreeContext.Provider>
  );
}
