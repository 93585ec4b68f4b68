import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Form, Input, Modal, Select } from "antd";
import { PersonPicker, useCommunityFilter, type Locale } from "@dongting/ui-kit";
import { CLASS_NAME_MAX } from "@dongting/domain/council";
import { ADD_CLASS_MEMBER, CREATE_RESIDENT_CLASS, NEIGHBOURHOODS, SET_COMMITTEE_POST, type PersonOption } from "../graph/classes";
import { COMMITTEE_POSTS, committeePostLabel, type CommitteePost } from "../labels";
import { usePeopleSearch } from "../hooks/usePeopleSearch";
import { Refusal } from "./Refusal";
import { t } from "../i18n";

export interface ClassFormModalProps {
  open: boolean;
  locale: Locale;
  onClose: () => void;
  onCreated?: (classId: string) => void;
}

interface ClassFields {
  name: string;
  neighbourhoodId?: string;
}

/** Staff create a resident class in the community acted in, optionally of one neighbourhood (小区). */
export function ClassFormModal({ open, locale, onClose, onCreated }: ClassFormModalProps) {
  const [form] = Form.useForm<ClassFields>();
  const [error, setError] = useState<unknown>(null);
  const community = useCommunityFilter();
  const grids = useQuery(NEIGHBOURHOODS, { variables: community, skip: !open });
  const [createClass, { loading }] = useMutation(CREATE_RESIDENT_CLASS, { refetchQueries: "active" });

  const submit = async ({ name, neighbourhoodId }: ClassFields) => {
    setError(null);
    try {
      const answer = await createClass({ variables: { name: name.trim(), neighbourhoodId: neighbourhoodId ?? null, ...community } });
      onCreated?.(answer.data!.createResidentClass.id);
      onClose();
    } catch (refusal) {
      setError(refusal);
    }
  };

  return (
    <Modal
      open={open}
      title={t(locale, "newClass")}
      okText={t(locale, "create")}
      cancelText={t(locale, "cancel")}
      confirmLoading={loading}
      okButtonProps={{ "data-testid": "class-form-submit" }}
      onOk={() => form.submit()}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      destroyOnHidden
      forceRender
    >
      <Form<ClassFields> form={form} layout="vertical" onFinish={(fields) => void submit(fields)} preserve={false} data-testid="class-form">
        <Form.Item
          name="name"
          label={t(locale, "className")}
          rules={[
            { required: true, whitespace: true, message: t(locale, "required", { field: t(locale, "className") }) },
            { max: CLASS_NAME_MAX, message: t(locale, "tooLong", { field: t(locale, "className"), max: CLASS_NAME_MAX }) },
          ]}
        >
          <Input data-testid="class-name" maxLength={CLASS_NAME_MAX} />
        </Form.Item>
        <Form.Item name="neighbourhoodId" label={t(locale, "neighbourhood")}>
          <Select
            data-testid="class-neighbourhood"
            allowClear
            showSearch={{ optionFilterProp: "label" }}
            loading={grids.loading}
            options={(grids.data?.grids ?? []).map((grid) => ({
              label: grid.name,
              title: grid.name,
              options: grid.neighbourhoods.map((n) => ({ value: n.id, label: n.name })),
            }))}
          />
        </Form.Item>
      </Form>
      <Refusal error={error} locale={locale} onClose={() => setError(null)} testId="class-form-error" />
    </Modal>
  );
}

export interface ClassPersonModalProps {
  open: boolean;
  classId: string;
  locale: Locale;
  onClose: () => void;
}

/** Staff or the class's monitor add a resident to the class. */
export function AddMemberModal({ open, classId, locale, onClose }: ClassPersonModalProps) {
  const [person, setPerson] = useState<PersonOption | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [addMember, { loading }] = useMutation(ADD_CLASS_MEMBER, { refetchQueries: "active", awaitRefetchQueries: true });

  const submit = async () => {
    if (!person) return;
    setError(null);
    try {
      await addMember({ variables: { classId, personId: person.id } });
      setPerson(null);
      onClose();
    } catch (refusal) {
      setError(refusal);
    }
  };

  return (
    <Modal
      open={open}
      title={t(locale, "addMember")}
      okText={t(locale, "save")}
      cancelText={t(locale, "cancel")}
      okButtonProps={{ disabled: !person, "data-testid": "add-member-submit" }}
      confirmLoading={loading}
      onOk={() => void submit()}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t(locale, "person")} required>
          <PersonPicker value={person} onChange={setPerson} locale={locale} useSearch={usePeopleSearch} testId="member-picker" />
        </Form.Item>
      </Form>
      <Refusal error={error} locale={locale} onClose={() => setError(null)} testId="add-member-error" />
    </Modal>
  );
}

/** Staff set a committee post (班长, 副班长, 委员); one monitor per class, a person monitor of one class only. */
export function CommitteePostModal({ open, classId, locale, onClose }: ClassPersonModalProps) {
  const [person, setPerson] = useState<PersonOption | null>(null);
  const [post, setPost] = useState<CommitteePost>("MEMBER");
  const [error, setError] = useState<unknown>(null);
  const [setCommitteePost, { loading }] = useMutation(SET_COMMITTEE_POST, { refetchQueries: "active", awaitRefetchQueries: true });

  const submit = async () => {
    if (!person) return;
    setError(null);
    try {
      await setCommitteePost({ variables: { classId, personId: person.id, post } });
      setPerson(null);
      onClose();
    } catch (refusal) {
      setError(refusal);
    }
  };

  return (
    <Modal
      open={open}
      title={t(locale, "setPost")}
      okText={t(locale, "save")}
      cancelText={t(locale, "cancel")}
      okButtonProps={{ disabled: !person, "data-testid": "post-submit" }}
      confirmLoading={loading}
      onOk={() => void submit()}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t(locale, "person")} required>
          <PersonPicker value={person} onChange={setPerson} locale={locale} useSearch={usePeopleSearch} testId="post-picker" />
        </Form.Item>
        <Form.Item label={t(locale, "post")}>
          <Select<CommitteePost>
            data-testid="post-select"
            value={post}
            onChange={setPost}
            options={COMMITTEE_POSTS.map((p) => ({ value: p, label: committeePostLabel(locale, p) }))}
          />
        </Form.Item>
      </Form>
      <Refusal error={error} locale={locale} onClose={() => setError(null)} testId="post-error" />
    </Modal>
  );
}
