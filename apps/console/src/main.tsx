import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createConsoleApi, csrfTokenHolder } from "./api";
import { App } from "./App";
import { ErrorBoundary } from "./ui/ErrorBoundary";
import "./styles.css";

const csrf = csrfTokenHolder();
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App csrf={csrf} api={createConsoleApi(csrf)} />
    </ErrorBoundary>
  </StrictMode>,
);
