import type { MouseEvent, ReactNode } from "react";
import { navigate } from "../routes";

/** A link inside the console: no reload, and a middle or ctrl click still opens a new tab. */
export function Link({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} onClick={follow} className={className}>
      {children}
    </a>
  );
}
