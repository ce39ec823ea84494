// The body Kratos posts to the UI's security notification endpoint (/api/notify/<hook>, see
// docs/notifications.md) after a settings change, a recovery or a sign-in. Only what a mail
// needs: the account's addresses, the page's language, the device. Never credentials, codes,
// cookies or tokens (ctx.request_cookies holds the session cookie: it is not read here).
local get(o, k, d) = if o != null && std.isObject(o) && std.objectHas(o, k) && o[k] != null then o[k] else d;
local addresses(i) = std.set(
  [a.value for a in get(i, 'verifiable_addresses', []) if get(a, 'via', 'email') == 'email'] +
  [a.value for a in get(i, 'recovery_addresses', []) if get(a, 'via', 'email') == 'email']
);
function(ctx)
  local headers = get(ctx, 'request_headers', {});
  local first(name) = local v = get(headers, name, []); if std.length(v) > 0 then v[0] else null;
  local session = get(ctx, 'session', null);
  local devices = get(session, 'devices', []);
  local device = if std.length(devices) > 0 then devices[std.length(devices) - 1] else null;
  local nodes = get(get(ctx.flow, 'ui', {}), 'nodes', []);
  {
    identity_id: ctx.identity.id,
    addresses: addresses(ctx.identity),
    // Settings flows: the identity as it was when the flow started (before this change).
    previous_addresses: if std.objectHas(ctx.flow, 'identity') then addresses(ctx.flow.identity) else null,
    locale: get(get(ctx.flow, 'transient_payload', {}), 'locale', null),
    accept_language: first('Accept-Language'),
    user_agent: if device != null then get(device, 'user_agent', first('User-Agent')) else first('User-Agent'),
    ip_address: get(device, 'ip_address', null),
    location: get(device, 'location', null),
    session: if session == null then null else {
      id: session.id,
      authenticated_at: get(session, 'authenticated_at', null),
      methods: [m.method for m in get(session, 'authentication_methods', [])],
    },
    // Settings flows: the page after the change (its buttons tell what is set up now), and
    // when each remaining security key or passkey was added.
    settings: if std.objectHas(ctx.flow, 'identity') then {
      buttons: std.set([n.attributes.name for n in nodes if get(n.attributes, 'type', '') == 'submit' && get(n.attributes, 'name', null) != null]),
      keys: [
        { group: n.group, added_at: get(get(get(n.meta, 'label', {}), 'context', {}), 'added_at', null) }
        for n in nodes
        if get(n.attributes, 'name', '') == 'webauthn_remove' || get(n.attributes, 'name', '') == 'passkey_remove'
      ],
    } else null,
  }
