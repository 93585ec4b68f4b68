import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { PersonPicker, type PickablePerson } from "../src/PersonPicker";

const REGISTER: PickablePerson[] = [
  { id: "p1", name: "王建国" },
  { id: "p2", name: "王建华" },
  { id: "p3", name: "李敏" },
];

/** The picker's contract with a remote: a search by term; here over a fixed register. */
function useRegisterSearch(term: string) {
  return { people: term ? REGISTER.filter((p) => p.name.includes(term)) : [], loading: false, failed: false };
}

describe("PersonPicker", () => {
  it("asks to type first, then offers the matching people and hands back the one chosen", async () => {
    const onChange = vi.fn();
    render(<PersonPicker value={null} onChange={onChange} locale="zh-CN" useSearch={useRegisterSearch} />);
    const input = screen.getByRole("combobox");
    fireEvent.mouseDown(input);
    expect(await screen.findByText("请输入姓名")).toBeTruthy();
    fireEvent.change(input, { target: { value: "王建" } });
    await waitFor(() => expect(document.querySelectorAll("[data-person-id]").length).toBe(2));
    fireEvent.click(document.querySelector('[data-person-id="p2"]')!);
    expect(onChange).toHaveBeenCalledWith({ id: "p2", name: "王建华" });
  });

  it("says nobody was found in English when the locale is English", async () => {
    render(<PersonPicker value={null} onChange={() => {}} locale="en-US" useSearch={useRegisterSearch} />);
    const input = screen.getByRole("combobox");
    fireEvent.mouseDown(input);
    fireEvent.change(input, { target: { value: "赵" } });
    expect(await screen.findByText("Nobody found")).toBeTruthy();
  });
});
