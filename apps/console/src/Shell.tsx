import { failureText } from "./api";
import { Account } from "./pages/Account";
import { Accounts } from "./pages/Accounts";
import { Audit } from "./pages/Audit";
import { Deliveries } from "./pages/Deliveries";
import { Kiosks } from "./pages/Kiosks";
import { Overview } from "./pages/Overview";
import { Payment } from "./pages/Payment";
import { Payments } from "./pages/Payments";
import { Refunds } from "./pages/Refunds";
import type { PageName, Route } from "./routes";
import { mayAct, useSession, type Role } from "./session";
import { roleNames } from "./ui/labels";
import { Link } from "./ui/Link";
import { Empty } from "./ui/Notice";
import { Page } from "./ui/Page";

/** The menu: each page, and who sees it (the server refuses the rest anyway). */
const menu: Array<{ page: PageName; href: string; title: string; role: Role }> = [
  { page: "overview", href: "/", title: "Киоски сейчас", role: "viewer" },
  { page: "payments", href: "/payments", title: "Платежи", role: "viewer" },
  { page: "refunds", href: "/refunds", title: "Поздние оплаты", role: "viewer" },
  { page: "deliveries", href: "/deliveries", title: "Недоставленные", role: "viewer" },
  { page: "audit", href: "/audit", title: "Журнал", role: "viewer" },
  { page: "kiosks", href: "/kiosks", title: "Управление киосками", role: "admin" },
  { page: "accounts", href: "/accounts", title: "Сотрудники", role: "admin" },
];

/** The signed-in console: the menu, who is signed in, and the page of the address. */
export function Shell({ route }: { route: Route }) {
  const { api, operator, signedOut } = useSession();
  const current = route.page === "payment" ? "payments" : route.page;
  const logout = () => {
    api.auth.logout.mutate().then(signedOut, (error: unknown) => window.alert(failureText(error)));
  };
  return (
    <div className="shell">
      <nav className="menu" aria-label="Разделы">
        <span className="brand">Автосервис · консоль</span>
        {menu
          .filter((item) => mayAct(operator, item.role))
          .map((item) => (
            <Link
              key={item.page}
              href={item.href}
              className={item.page === current ? "menu-item current" : "menu-item"}
            >
              {item.title}
            </Link>
          ))}
        <span className="who">
          <Link href="/account" className={current === "account" ? "who-email current" : "who-email"}>
            {operator.email}
          </Link>
          <span className="who-role">{roleNames[operator.role]}</span>
          <button type="button" className="link-button" onClick={logout}>
            Выйти
          </button>
        </span>
      </nav>
      <PageOf route={route} role={operator.role} />
    </div>
  );
}

function PageOf({ route, role }: { route: Route; role: Role }) {
  switch (route.page) {
    case "overview":
      return <Overview />;
    case "payments":
      return <Payments query={route.query} />;
    case "payment":
      return <Payment kioskId={route.kioskId} paymentId={route.paymentId} />;
    case "refunds":
      return <Refunds />;
    case "deliveries":
      return <Deliveries />;
    case "audit":
      return <Audit query={route.query} />;
    case "accounts":
      return role === "admin" ? <Accounts /> : <AdminsOnly name="accounts" title="Сотрудники" />;
    case "kiosks":
      return role === "admin" ? <Kiosks /> : <AdminsOnly name="kiosks" title="Управление киосками" />;
    case "account":
      return <Account />;
  }
}

/** What a person below admin sees at an admin's address: nothing to act on. */
const AdminsOnly = ({ name, title }: { name: PageName; title: string }) => (
  <Page name={name} title={title}>
    <Empty>Этот раздел доступен только администраторам.</Empty>
  </Page>
);
