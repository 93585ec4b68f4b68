import { useMutation } from "@apollo/client/react";
import { App as AntApp, Button, Popconfirm } from "antd";
import { SafetyCertificateOutlined } from "@ant-design/icons";
import type { Locale } from "@dongting/ui-kit";
import { CONFIRM_REVIEW } from "../graph/workorders";
import { mayConfirmReview, type AftercareRequest } from "../hooks/aftercare";
import { usePermissions } from "../hooks/usePermissions";
import { t } from "../i18n";
import { GraphError } from "./GraphError";
import { REFETCH } from "./handling";

/**
 * 确认反评: an "unreasonable" review leaves the satisfaction rate only once a second handler confirms it, so the
 * button is for handlers other than the reviewer while the review waits for confirmation.
 */
export function ConfirmReviewAction({ request, locale }: { request: AftercareRequest & { id: string }; locale: Locale }) {
  const { message } = AntApp.useApp();
  const { viewer, handle, staff } = usePermissions();
  const [confirm, { loading, error }] = useMutation(CONFIRM_REVIEW, REFETCH);
  if (!mayConfirmReview(request, { personId: viewer.personId, handle, staff })) return null;
  return (
    <>
      <Popconfirm
        title={t(locale, "confirmReviewTitle")}
        description={t(locale, "confirmReviewHint")}
        okText={t(locale, "actConfirmReview")}
        cancelText={t(locale, "cancel")}
        okButtonProps={{ "data-testid": "confirm-review-ok" }}
        onConfirm={() =>
          confirm({ variables: { id: request.id } }).then(
            () => void message.success(t(locale, "confirmedDone")),
            () => undefined,
          )
        }
      >
        <Button icon={<SafetyCertificateOutlined />} data-action="confirm-review" loading={loading}>
          {t(locale, "actConfirmReview")}
        </Button>
      </Popconfirm>
      {error ? <GraphError error={error} locale={locale} style={{ marginTop: 8 }} /> : null}
    </>
  );
}
