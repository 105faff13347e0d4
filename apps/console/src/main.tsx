import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createConsoleApi, csrfTokenHolder } from "./api";
import { App } from "./App";
import "./styles.css";

const csrf = csrfTokenHolder();
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");
createRoot(root).render(
  <StrictMode>
    <App csrf={csrf} api={createConsoleApi(csrf)} />
  </StrictMode>,
);
