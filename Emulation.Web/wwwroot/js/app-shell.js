// The static layout's behaviour in the browser: the menu drawer on narrow screens, and focus on the page's heading
// after an enhanced navigation (the layout is rendered by the server and has no circuit to do either).
const narrow = window.matchMedia("(max-width: 959.98px)");

function parts() {
    return {
        toggle: document.querySelector("[data-testid='nav-toggle']"),
        drawer: document.getElementById("app-drawer"),
        scrim: document.querySelector("[data-app-drawer-scrim]"),
    };
}

function setOpen(open, { focusToggle = false } = {}) {
    const { toggle, drawer, scrim } = parts();
    if (!toggle || !drawer) return;
    drawer.classList.toggle("app-drawer--open", open);
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
    if (scrim) scrim.hidden = !open;
    if (open) {
        drawer.querySelector("a")?.focus();
    } else if (focusToggle) {
        toggle.focus();
    }
}

function isOpen() {
    return parts().drawer?.classList.contains("app-drawer--open") ?? false;
}

document.addEventListener("click", event => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    if (target.closest("[data-testid='nav-toggle']")) {
        setOpen(!isOpen());
    } else if (target.closest("[data-app-drawer-scrim]")) {
        setOpen(false, { focusToggle: true });
    } else if (narrow.matches && target.closest("#app-drawer a")) {
        setOpen(false);
    }
});

document.addEventListener("keydown", event => {
    if (event.key === "Escape" && isOpen()) {
        setOpen(false, { focusToggle: true });
    }
});

narrow.addEventListener("change", () => setOpen(false));

let lastLocation = location.pathname + location.search;

function focusHeading() {
    const here = location.pathname + location.search;
    if (here === lastLocation) return;
    lastLocation = here;
    setOpen(false);
    const heading = document.querySelector("main h1");
    (heading ?? document.getElementById("main-content"))?.focus({ preventScroll: false });
}

function whenBlazorReady(callback) {
    if (window.Blazor?.addEventListener) {
        callback(window.Blazor);
    } else {
        setTimeout(() => whenBlazorReady(callback), 50);
    }
}

// Other scripts of the page hear of a page brought by enhanced navigation as the document's "app:pageloaded" event,
// without each waiting for Blazor.
whenBlazorReady(blazor => blazor.addEventListener("enhancedload", () => {
    focusHeading();
    document.dispatchEvent(new Event("app:pageloaded"));
}));

// FilePick (Components/Shared/FilePick.razor): the chosen file's name beside our button, in place of the browser's.
document.addEventListener("change", event => {
    const input = event.target;
    const name = input instanceof HTMLInputElement && input.type === "file"
        ? input.closest(".file-pick")?.querySelector("[data-file-name]") : null;
    if (!name) return;
    const files = [...(input.files ?? [])].map(file => file.name);
    name.textContent = files.length ? files.join(", ") : name.dataset.none;
});

// A posted upload form names its size limit (data-max-bytes): a file over it is not sent, and the form's notice
// (data-too-large) says so; the server would otherwise refuse a body over its own cap without reading it.
document.addEventListener("submit", event => {
    const form = event.target;
    const max = form instanceof HTMLFormElement ? Number(form.dataset.maxBytes) : 0;
    if (!max) return;
    const tooLarge = [...form.querySelectorAll("input[type=file]")].some(input => [...(input.files ?? [])].some(file => file.size > max));
    const notice = form.querySelector("[data-too-large]");
    if (notice) notice.hidden = !tooLarge;
    if (tooLarge) event.preventDefault();
});
