import { useNavigate, useSubmit } from "@remix-run/react";
import { useEffect } from "react";

function isPlainLeftClick(event: MouseEvent): boolean {
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    !event.metaKey &&
    !event.ctrlKey &&
    !event.shiftKey &&
    !event.altKey
  );
}

/**
 * Client-side navigation for plain <a> and <form data-enhance> elements.
 * Long lists (threads, posts) use plain elements because Remix's <Link> and
 * <Form> each run router hooks during the server render, which cost more than
 * the rest of a 50-post page; this one listener gives them the same in-app
 * navigation once JavaScript has loaded. Without JavaScript they are ordinary
 * links and forms.
 */
export function EnhancedNavigation() {
  const navigate = useNavigate();
  const submit = useSubmit();
  useEffect(() => {
    function onClick(event: MouseEvent) {
      if (!isPlainLeftClick(event)) return;
      const anchor = (event.target as Element | null)?.closest?.("a[href]");
      if (
        !(anchor instanceof HTMLAnchorElement) ||
        anchor.target ||
        anchor.hasAttribute("download") ||
        anchor.dataset.reload !== undefined
      )
        return;
      if (anchor.origin !== window.location.origin || anchor.pathname.startsWith("/api/")) return;
      const samePage = anchor.pathname === window.location.pathname && anchor.search === window.location.search;
      if (samePage && anchor.hash) return; // let the browser jump to the anchor
      event.preventDefault();
      navigate(`${anchor.pathname}${anchor.search}${anchor.hash}`, {
        preventScrollReset: anchor.dataset.keepScroll !== undefined,
      });
    }
    function onSubmit(event: SubmitEvent) {
      const form = event.target;
      if (event.defaultPrevented || !(form instanceof HTMLFormElement) || form.dataset.enhance === undefined) return;
      event.preventDefault();
      const submitter =
        event.submitter instanceof HTMLButtonElement || event.submitter instanceof HTMLInputElement
          ? event.submitter
          : null;
      submit(submitter ?? form, {
        method: (form.getAttribute("method") ?? "get") as "get" | "post",
        action: form.getAttribute("action") ?? undefined,
        preventScrollReset: true,
      });
    }
    document.addEventListener("click", onClick);
    document.addEventListener("submit", onSubmit);
    return () => {
      document.removeEventListener("click", onClick);
      document.removeEventListener("submit", onSubmit);
    };
  }, [navigate, submit]);
  return null;
}
