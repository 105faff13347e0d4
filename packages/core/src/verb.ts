/**
 * The one shape of a domain verb's argument, as openstatus's services take it:
 * `createSession({ ctx, input })`. `ctx` is the package's deps and who is calling
 * (`SessionCtx`, `PaymentCtx`, `ReportingCtx`: `{ deps, actor }` alike); `input`
 * is what the caller sent, which the verb parses itself with the schema beside it.
 */
export interface VerbArgs<Ctx, Input> {
  ctx: Ctx;
  input: Input;
}
