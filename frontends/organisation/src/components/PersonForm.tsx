import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Button, Flex, Form, Input } from "antd";
import type { Locale } from "@dongting/ui-kit";
import { NAME_MAX, nameProblem, normaliseMobile } from "@dongting/domain/organisation";
import { ID_NUMBER_INPUT_MAX, normaliseIdNumber } from "@dongting/domain/organisation-people";
import { REGISTER_PERSON, UPDATE_PERSON } from "../graph/person-records";
import { tp } from "../i18n-people";
import { HomePicker, type HomeValue } from "./HomePicker";
import { RefusalAlert } from "./RefusalAlert";

/** Who is edited: a new person (register), or an existing one with what the page knows of them. */
export type PersonFormMode =
  { type: "register" } | { type: "edit"; id: string; name: string; phone: string | null; maskedIdNumber: string | null; home: HomeValue };

interface Values {
  name: string;
  phone?: string;
  idNumber?: string;
}

const EMPTY_HOME: HomeValue = { gridId: null, neighbourhoodId: null, buildingId: null };

/** Only what changed goes to updatePerson (a field left out is kept); a blank ID number keeps the one on record. */
function updateInput(mode: Extract<PersonFormMode, { type: "edit" }>, values: Values, home: HomeValue) {
  const input: Record<string, string | null> = {};
  const name = values.name.trim();
  if (name !== mode.name) input.name = name;
  const phone = values.phone?.trim() ? values.phone : null;
  if (phone !== mode.phone && !(phone && mode.phone && phone.includes("*"))) input.phone = phone;
  if (values.idNumber?.trim()) input.idNumber = values.idNumber;
  if (home.neighbourhoodId !== mode.home.neighbourhoodId) input.neighbourhoodId = home.neighbourhoodId;
  if (home.buildingId !== mode.home.buildingId) input.buildingId = home.buildingId;
  return input;
}

/**
 * Registers or edits a person: name, mobile number, ID number (checked with its GB 11643 check digit
 * before sending) and home (grid, neighbourhood, building). The graph checks everything again and words
 * its refusals from the organisation reasons.
 */
export function PersonForm({ mode, locale, onDone }: { mode: PersonFormMode; locale: Locale; onDone(id: string, name: string): void }) {
  const [form] = Form.useForm<Values>();
  const [home, setHome] = useState<HomeValue>(mode.type === "edit" ? mode.home : EMPTY_HOME);
  const [register, registering] = useMutation(REGISTER_PERSON);
  const [update, updating] = useMutation(UPDATE_PERSON);
  const [error, setError] = useState<unknown>(null);

  const submit = async (values: Values) => {
    setError(null);
    try {
      if (mode.type === "register") {
        const input = {
          name: values.name.trim(),
          phone: values.phone?.trim() || null,
          idNumber: values.idNumber?.trim() || null,
          neighbourhoodId: home.neighbourhoodId,
          buildingId: home.buildingId,
        };
        const result = await register({ variables: { input } });
        if (result.data) onDone(result.data.registerPerson.id, result.data.registerPerson.name);
      } else {
        const result = await update({ variables: { id: mode.id, input: updateInput(mode, values, home) } });
        if (result.data) onDone(result.data.updatePerson.id, result.data.updatePerson.name);
      }
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      data-testid="person-form"
      initialValues={mode.type === "edit" ? { name: mode.name, phone: mode.phone ?? "" } : {}}
      onFinish={(values) => void submit(values)}
    >
      <Form.Item
        name="name"
        label={tp(locale, "name")}
        rules={[
          {
            validator: (_rule, value: string | undefined) => {
              const problem = nameProblem(value ?? "");
              if (problem === "TEXT_BLANK") return Promise.reject(new Error(tp(locale, "nameRequired")));
              if (problem) return Promise.reject(new Error(tp(locale, "nameTooLong", { max: NAME_MAX })));
              return Promise.resolve();
            },
          },
        ]}
      >
        <Input data-testid="person-form-name" autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="phone"
        label={tp(locale, "phone")}
        rules={[
          {
            validator: (_rule, value: string | undefined) =>
              // A masked number as the page received it is kept as it is.
              !value || value.includes("*") || !("reason" in normaliseMobile(value))
                ? Promise.resolve()
                : Promise.reject(new Error(tp(locale, "phoneInvalid"))),
          },
        ]}
      >
        <Input data-testid="person-form-phone" autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="idNumber"
        label={tp(locale, "idNumber")}
        extra={mode.type === "edit" && mode.maskedIdNumber ? tp(locale, "idNumberKeep", { masked: mode.maskedIdNumber }) : undefined}
        rules={[
          {
            validator: (_rule, value: string | undefined) =>
              "invalid" in normaliseIdNumber(value) ? Promise.reject(new Error(tp(locale, "idNumberInvalid"))) : Promise.resolve(),
          },
        ]}
      >
        <Input data-testid="person-form-id-number" maxLength={ID_NUMBER_INPUT_MAX} autoComplete="off" />
      </Form.Item>
      <Form.Item label={tp(locale, "home")}>
        <HomePicker value={home} onChange={setHome} locale={locale} />
      </Form.Item>
      <RefusalAlert error={error} locale={locale} testId="person-form-error" />
      <Flex justify="end" style={{ marginTop: 12 }}>
        <Button type="primary" htmlType="submit" data-testid="person-form-submit" loading={registering.loading || updating.loading}>
          {tp(locale, "submit")}
        </Button>
      </Flex>
    </Form>
  );
}
