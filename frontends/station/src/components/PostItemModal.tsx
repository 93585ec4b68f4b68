import { useMutation } from "@apollo/client/react";
import { App as AntApp, Checkbox, Form, Input, Modal } from "antd";
import { ITEM_DESCRIPTION_MAX_LENGTH, ITEM_TITLE_MAX_LENGTH } from "@dongting/domain/station";
import type { Locale } from "@dongting/ui-kit";
import { POST_ITEM } from "../graph/exchange";
import type { PersonOption } from "../graph/people";
import { failureLine, fieldName, stationFailure } from "../graph/failure";
import { usePermissions } from "../hooks/permissions";
import { t } from "../i18n";
import { PersonField } from "./OrganiserField";

interface ItemValues {
  title: string;
  description: string;
  forOther: boolean;
  owner: PersonOption | null;
}

const reject = (message: string) => Promise.reject(new Error(message));

/** Posts an idle item on the 百宝箱 board; staff may post for someone else. */
export function PostItemModal({ open, locale, onClose }: { open: boolean; locale: Locale; onClose(): void }) {
  const permissions = usePermissions();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<ItemValues>();
  const forOther = Form.useWatch("forOther", form) ?? false;
  const [postItem, posting] = useMutation(POST_ITEM, { refetchQueries: "active", awaitRefetchQueries: true });

  const post = async (values: ItemValues) => {
    const ownerId = values.forOther && values.owner ? values.owner.id : null;
    try {
      await postItem({ variables: { input: { title: values.title.trim(), description: values.description.trim() || null, ownerId } } });
      void message.success(t(locale, "itemPosted"));
      form.resetFields();
      onClose();
    } catch (error) {
      // A refused title or description shows on its field; any other refusal as a toast.
      const failure = stationFailure(error, locale);
      const fields = failure.fields
        .map(fieldName)
        .filter((name): name is "title" | "description" => name === "title" || name === "description");
      if (fields.length > 0) form.setFields(fields.map((name) => ({ name, errors: [failure.title] })));
      else void message.error(failureLine(error, locale));
    }
  };

  return (
    <Modal
      open={open}
      title={t(locale, "postItem")}
      okText={t(locale, "post")}
      okButtonProps={{ "data-testid": "post-item-submit" }}
      confirmLoading={posting.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<ItemValues>
        form={form}
        layout="vertical"
        initialValues={{ title: "", description: "", forOther: false, owner: null }}
        onFinish={(v) => void post(v)}
      >
        <Form.Item
          name="title"
          label={t(locale, "colItem")}
          required
          rules={[
            { validator: (_: unknown, value?: string) => ((value ?? "").trim() ? Promise.resolve() : reject(t(locale, "needItemTitle"))) },
            { max: ITEM_TITLE_MAX_LENGTH, message: t(locale, "itemTitleTooLong", { max: ITEM_TITLE_MAX_LENGTH }) },
          ]}
        >
          <Input data-testid="item-title" count={{ show: true, max: ITEM_TITLE_MAX_LENGTH }} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t(locale, "itemDescription")}
          rules={[{ max: ITEM_DESCRIPTION_MAX_LENGTH, message: t(locale, "itemDescriptionTooLong", { max: ITEM_DESCRIPTION_MAX_LENGTH }) }]}
        >
          <Input.TextArea count={{ show: true, max: ITEM_DESCRIPTION_MAX_LENGTH }} rows={3} />
        </Form.Item>
        {permissions.manage ? (
          <>
            <Form.Item name="forOther" valuePropName="checked" style={{ marginBottom: 8 }}>
              <Checkbox>{t(locale, "postForOther")}</Checkbox>
            </Form.Item>
            {forOther ? (
              <Form.Item
                name="owner"
                rules={[
                  { validator: (_: unknown, value: PersonOption | null) => (value ? Promise.resolve() : reject(t(locale, "needPerson"))) },
                ]}
              >
                <PersonField locale={locale} testId="item-owner" />
              </Form.Item>
            ) : null}
          </>
        ) : null}
      </Form>
    </Modal>
  );
}
