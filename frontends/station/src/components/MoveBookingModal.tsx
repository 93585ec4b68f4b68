import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Alert, App as AntApp, Col, Form, Input, Modal, Row } from "antd";
import { formatClockTime, isLocalDate, localInstant, parseClockTime, type LocalDate } from "@dongting/domain/local-time";
import { shownText, type GraphFailure, type Locale } from "@dongting/ui-kit";
import { UPDATE_BOOKING } from "../graph/staff-tools";
import { stationFailure } from "../graph/failure";
import { localOf } from "../format";
import { t } from "../i18n";
import { TestIdNumber } from "./TestIdControls";

interface MoveValues {
  date: LocalDate;
  start: string;
  end: string;
  attendees: number | null;
}

export interface MovableBooking {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  attendees: number;
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

function initialValues(booking: MovableBooking): MoveValues {
  const start = localOf(booking.startsAt);
  const end = localOf(booking.endsAt);
  const endClock = end.date !== start.date && end.minute === 0 ? "24:00" : formatClockTime(Math.floor(end.minute));
  return { date: start.date, start: formatClockTime(Math.floor(start.minute)), end: endClock, attendees: booking.attendees };
}

/**
 * Moves a booking to another time (or changes its attendees) under the same rules as booking it; on an
 * approval zone the moved booking waits for approval again. A refusal is worded from its reason.
 */
export function MoveBookingModal({
  booking,
  locale,
  onClose,
  onMoved,
}: {
  booking: MovableBooking;
  locale: Locale;
  onClose(): void;
  onMoved(): void;
}) {
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<MoveValues>();
  const [refusal, setRefusal] = useState<GraphFailure | null>(null);
  const [move, { loading }] = useMutation(UPDATE_BOOKING, { refetchQueries: "active", awaitRefetchQueries: true });

  const submit = async (values: MoveValues) => {
    setRefusal(null);
    try {
      const { data } = await move({
        variables: {
          id: booking.id,
          startsAt: localInstant(values.date, parseClockTime(values.start)!).toISOString(),
          endsAt: localInstant(values.date, parseClockTime(values.end)!).toISOString(),
          attendees: values.attendees!,
        },
      });
      void message.success(t(locale, data?.updateBooking.status === "PENDING" ? "movedPending" : "moved"));
      onMoved();
    } catch (error) {
      setRefusal(stationFailure(error, locale));
    }
  };

  const clock = [{ pattern: CLOCK, required: true, message: t(locale, "settingClockTime") }];
  return (
    <Modal
      open
      title={t(locale, "moveTitle", { title: shownText(booking.title, locale) })}
      okText={t(locale, "moveSubmit")}
      okButtonProps={{ "data-testid": "move-submit" }}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<MoveValues>
        form={form}
        layout="vertical"
        data-testid="move-booking-form"
        initialValues={initialValues(booking)}
        onValuesChange={() => setRefusal(null)}
        onFinish={(values) => void submit(values)}
      >
        <Row gutter={12}>
          <Col xs={24} sm={9}>
            <Form.Item
              name="date"
              label={t(locale, "fieldDate")}
              rules={[
                {
                  validator: (_, v: string) => (isLocalDate(v) ? Promise.resolve() : Promise.reject(new Error(t(locale, "needMoveDate")))),
                },
              ]}
            >
              <Input type="date" data-testid="move-date" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={5}>
            <Form.Item name="start" label={t(locale, "fieldStart")} rules={clock}>
              <Input data-testid="move-start" placeholder="HH:mm" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={5}>
            <Form.Item name="end" label={t(locale, "fieldEnd")} rules={clock}>
              <Input data-testid="move-end" placeholder="HH:mm" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={5}>
            <Form.Item
              name="attendees"
              label={t(locale, "fieldAttendees")}
              rules={[{ required: true, message: t(locale, "needMoveAttendees") }]}
            >
              <TestIdNumber testId="move-attendees" precision={0} min={1} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {refusal ? <Alert type="error" showIcon data-testid="move-refusal" data-reason={refusal.reason ?? ""} title={refusal.title} /> : null}
    </Modal>
  );
}
