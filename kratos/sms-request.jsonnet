// The body of every request Kratos's courier sends through its `sms` channel (courier.channels
// in kratos/kratos.yml). ctx holds recipient (the phone number, E.164), body (the rendered
// sms.body template), template_type (login_code_valid, verification_code, ...), template_data
// and message_type. This shape is what scripts/sms-gateway.mjs expects; docs/sms.md shows the
// body for a real provider.
function(ctx) {
  to: ctx.recipient,
  body: ctx.body,
  template_type: ctx.template_type,
}
