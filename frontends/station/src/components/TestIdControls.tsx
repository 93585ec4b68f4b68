import { InputNumber, Select, type InputNumberProps, type SelectProps } from "antd";

/*
 * antd controls inside a wrapper that carries the test id: a Form.Item hands its value and onChange to
 * its direct child, and the browser tests find the control inside the wrapper (`getByTestId(...).locator(...)`).
 */

export function TestIdSelect<V>({ testId, ...props }: SelectProps<V> & { testId: string }) {
  return (
    <div data-testid={testId}>
      <Select<V> {...props} />
    </div>
  );
}

export function TestIdNumber({ testId, ...props }: InputNumberProps<number> & { testId: string }) {
  return (
    <span data-testid={testId}>
      <InputNumber<number> {...props} />
    </span>
  );
}
