import { Component, type ErrorInfo, type ReactNode } from "react";

/**
 * The console's last resort: a page that throws while it renders shows what
 * happened and a way back, not a blank screen (React unmounts the whole tree
 * on an uncaught render error).
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error("the console failed to render", error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="page" data-page="error">
        <p className="notice notice-failure" role="alert">
          В консоли произошла ошибка, и страницу не удалось показать. Обновите страницу; если ошибка повторится,
          сообщите администратору.
        </p>
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          Обновить
        </button>
      </main>
    );
  }
}
