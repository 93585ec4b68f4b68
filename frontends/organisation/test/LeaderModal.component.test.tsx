import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MockedProvider } from "@apollo/client/testing/react";
import { describe, expect, it, vi } from "vitest";
import { LeaderModal } from "../src/components/LeaderModal";
import { SET_BUILDING_LEADER } from "../src/graph/grids";
import { SEARCH_PEOPLE } from "../src/graph/people";

const CHEN = {
  __typename: "Person",
  id: "p3",
  name: "陈晓",
  phone: "138****5678",
  neighbourhood: { __typename: "Neighbourhood", id: "n1", name: "东亭一邻里" },
};

describe("setting a leader", () => {
  it("finds the person by name and sets them as the building's leader", async () => {
    const onSaved = vi.fn();
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: SEARCH_PEOPLE, variables: { search: "陈", first: 20 } },
            result: {
              data: { people: { __typename: "PersonConnection", totalCount: 1, edges: [{ __typename: "PersonEdge", node: CHEN }] } },
            },
          },
          {
            request: { query: SET_BUILDING_LEADER, variables: { id: "b1", personId: "p3" } },
            result: {
              data: { setBuildingLeader: { __typename: "Building", id: "b1", leader: { __typename: "Person", id: "p3", name: "陈晓" } } },
            },
          },
        ]}
      >
        <LeaderModal
          target={{ level: "BUILDING", id: "b1", name: "1 号楼", leader: null }}
          locale="zh-CN"
          onClose={() => {}}
          onSaved={onSaved}
        />
      </MockedProvider>,
    );
    const save = screen.getByTestId("leader-save") as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    // Nobody to clear yet.
    expect((screen.getByTestId("leader-clear") as HTMLButtonElement).disabled).toBe(true);
    const input = screen.getByRole("combobox");
    fireEvent.mouseDown(input);
    fireEvent.change(input, { target: { value: "陈" } });
    const option = await waitFor(() => {
      const found = document.querySelector('[data-person-id="p3"]');
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    expect(option.textContent).toContain("东亭一邻里 · 138****5678");
    fireEvent.click(option);
    await waitFor(() => expect(save.disabled).toBe(false));
    await userEvent.setup().click(save);
    await waitFor(() =>
      expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: "b1" }), expect.objectContaining({ id: "p3", name: "陈晓" })),
    );
  });
});
