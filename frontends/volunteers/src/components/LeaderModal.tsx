import { useMemo, useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Form, Modal } from "antd";
import { PersonPicker, type Locale } from "@dongting/ui-kit";
import { SEARCH_PEOPLE, SET_TEAM_LEADER, type PersonOption } from "../graph/staff-tools";
import { Refusal } from "./Refusal";
import { t } from "../i18n";

/** The picker's search: `people(search)` in the organisation graph, nothing while the term is empty. */
function usePeopleSearch(term: string) {
  const { data, loading, error } = useQuery(SEARCH_PEOPLE, { variables: { search: term, first: 20 }, skip: term.length === 0 });
  const people = useMemo(() => data?.people.edges.map((edge) => edge.node) ?? [], [data]);
  return { people, loading, failed: error !== undefined };
}

export interface LeaderModalProps {
  open: boolean;
  teamId: string;
  locale: Locale;
  onClose: () => void;
}

/** Hands a team to a new leader (staff); he joins the team if he is not in it. */
export function LeaderModal({ open, teamId, locale, onClose }: LeaderModalProps) {
  const [person, setPerson] = useState<PersonOption | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [setLeader, { loading }] = useMutation(SET_TEAM_LEADER, { refetchQueries: "active", awaitRefetchQueries: true });

  const submit = async () => {
    if (!person) return;
    setError(null);
    try {
      await setLeader({ variables: { teamId, personId: person.id } });
      setPerson(null);
      onClose();
    } catch (refusal) {
      setError(refusal);
    }
  };

  return (
    <Modal
      open={open}
      title={t(locale, "setLeader")}
      okText={t(locale, "save")}
      cancelText={t(locale, "cancel")}
      okButtonProps={{ disabled: !person, "data-testid": "leader-submit" }}
      confirmLoading={loading}
      onOk={() => void submit()}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t(locale, "newLeader")} required>
          <PersonPicker value={person} onChange={setPerson} locale={locale} useSearch={usePeopleSearch} testId="leader-picker" />
        </Form.Item>
      </Form>
      <Refusal error={error} locale={locale} onClose={() => setError(null)} testId="leader-error" />
    </Modal>
  );
}
