// The fields of the editable grids in the browser: their changes sent to the circuit, and their typed values kept in
// this tab's sessionStorage until they are saved (docs/decisions/0011).
// A grid's element around its fields says what it edits, data-unsaved-scope="<scope>", and each field its name
// within it (name="months-12"). The browser is the only party sure to have what was typed: while the circuit is lost,
// typing still works but no event reaches the server, and a new circuit (server restart, reload, resume after a pause)
// starts from the database. The island reads its scope back when its circuit starts, and forgets it once saved.
const prefix = "emulation.unsaved.";

/** A grid's field: an element with a name inside an element with a scope. */
function scopeOf(field) {
    return field instanceof HTMLElement && field.getAttribute("name") ? field.closest("[data-unsaved-scope]") : null;
}

function keyOf(scope, field) {
    return prefix + scope.dataset.unsavedScope + "/" + field.getAttribute("name");
}

// A grid listens to its fields' changes once, on its scope's element (@onfieldchange, FieldChangeEventArgs.cs): the
// browser's change, told which field it came from. Registered once per document, as soon as Blazor is there, before
// any circuit renders a grid.
function registerFieldChange() {
    if (!window.Blazor?.registerCustomEventType) {
        setTimeout(registerFieldChange, 20);
        return;
    }
    try {
        window.Blazor.registerCustomEventType("fieldchange", {
            browserEventName: "change",
            createEventArgs: event => ({ field: event.target.getAttribute?.("name") ?? "", value: event.target.value ?? null }),
        });
    } catch {
        // Registered already: this module was loaded a second time under another address.
    }
}
registerFieldChange();

function remember(event) {
    const field = event.target;
    const scope = scopeOf(field);
    if (!scope) return;
    const key = keyOf(scope, field);
    try {
        sessionStorage.setItem(key, field.value);
    } catch {
        // Storage full or refused (private mode): the page still works, only this safety net is off.
    }
    markTabs();
}

function keysStartingWith(start) {
    const keys = [];
    for (let i = 0; i < sessionStorage.length; i++) {
        const key = sessionStorage.key(i);
        if (key?.startsWith(start)) keys.push(key);
    }
    return keys;
}

// A link to another part of the page (a workspace tab) says data-unsaved-tab="<scope>/<field prefix>": its mark shows
// while this tab keeps values typed there and not saved, so a head who comes back on another tab after a lost
// connection is told where they are.
function markTabs() {
    document.querySelectorAll("[data-unsaved-tab]").forEach(link => {
        const mark = link.querySelector(".app-tab-unsaved");
        if (mark) mark.hidden = keysStartingWith(prefix + link.dataset.unsavedTab).length === 0;
    });
}

function keysOf(scope) {
    return keysStartingWith(prefix + scope + "/");
}

/**
 * The values typed in this scope and not saved, by field ({"value-VB_DEN": "12,5"}), as one JSON string: a string is
 * the one type the circuit's interop already knows, where a dictionary would cost every circuit its own type metadata.
 * Not the field being typed in: its change tells the circuit when it is left, and put back now, its text would be
 * replaced under the cursor by the circuit's (1500 shown as 1.500, which that change would then send back).
 */
export function read(scope) {
    const start = prefix.length + scope.length + 1;
    const editing = document.activeElement;
    const editingKey = scopeOf(editing) ? keyOf(scopeOf(editing), editing) : null;
    return JSON.stringify(Object.fromEntries(keysOf(scope).filter(key => key !== editingKey)
        .map(key => [key.substring(start), sessionStorage.getItem(key) ?? ""])));
}

/** Forgets the given fields of the scope (what was just saved), or all of them when none are named. */
export function forget(scope, fields) {
    const keys = fields ? fields.map(field => prefix + scope + "/" + field) : keysOf(scope);
    keys.forEach(key => sessionStorage.removeItem(key));
    markTabs();
}

// Both: a text field says "input" at each key press (kept even if the tab closes before the field is left), a select
// only "change".
document.addEventListener("input", remember, true);
document.addEventListener("change", remember, true);

// Back on the same circuit after a network drop: what was typed meanwhile is in the fields but the server never heard
// of it. Each remembered field of the page gets its kept value and sends its change again, which brings the circuit up
// to date with what the user sees. Only after a loss: a new page's first connection has nothing to catch up on.
let lost = false;
document.getElementById("components-reconnect-modal")?.addEventListener("components-reconnect-state-changed", event => {
    const state = event.detail?.state;
    if (state !== "hide") {
        lost = true;
        return;
    }
    if (!lost) return;
    lost = false;
    document.querySelectorAll("[data-unsaved-scope] [name]").forEach(field => {
        const scope = scopeOf(field);
        const kept = scope ? sessionStorage.getItem(keyOf(scope, field)) : null;
        if (kept !== null) {
            field.value = kept;
            field.dispatchEvent(new Event("change", { bubbles: true }));
        }
    });
});

markTabs();
// A tab link is a link: enhanced navigation brings the next tab's page without loading this module again (js/app-shell.js).
document.addEventListener("app:pageloaded", markTabs);

// Signing out on a shared computer leaves nothing typed behind in the tab.
document.addEventListener("submit", event => {
    if (event.target instanceof HTMLFormElement && event.target.matches("[data-sign-out]")) {
        for (let i = sessionStorage.length - 1; i >= 0; i--) {
            const key = sessionStorage.key(i);
            if (key?.startsWith(prefix)) sessionStorage.removeItem(key);
        }
    }
}, true);
