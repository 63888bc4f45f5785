// Keyboard shortcuts (listed in the help dialog, index.html): j/k — and the arrows while the
// list has focus — move the selection through the queue, Enter opens the selected customer,
// c claims them, 1/2/3 choose a view, ? shows the help. None fires while the agent types in
// a field, or with Ctrl, Alt or Meta held (the browser's own shortcuts).

const TYPING = new Set(["INPUT", "TEXTAREA", "SELECT"]);

const typing = (node) => TYPING.has(node.tagName) || node.isContentEditable;

/**
 * `queue`: the list element; `on`: {move(delta), open(), claim(), view(name), help()}.
 */
export function bindKeys(queue, on) {
  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return;
    // Signed out (the console hidden), or the help dialog open: not for us.
    if (queue.closest("[hidden]") || document.querySelector("dialog[open]")) return;
    const target = event.target;
    if (typing(target)) {
      // Esc leaves the message box (or any field), so the shortcuts work again.
      if (event.key === "Escape") target.blur();
      return;
    }
    const inList = queue.contains(target);
    const action = {
      j: () => on.move(1),
      k: () => on.move(-1),
      ArrowDown: inList && (() => on.move(1)),
      ArrowUp: inList && (() => on.move(-1)),
      // On a button or a link, Enter is theirs.
      Enter: (target === document.body || target === queue) && on.open,
      c: on.claim,
      1: () => on.view("mine"),
      2: () => on.view("unassigned"),
      3: () => on.view("all"),
      "?": on.help,
    }[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });
}
